package org.chancery.admin.entity;

import java.util.ArrayList;
import java.util.List;
import org.chancery.admin.FormInput;
import org.chancery.domain.entity.Alias;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntityDraft;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.entity.ExternalId;
import org.jspecify.annotations.Nullable;

/**
 * The entity form as the curator filled it in. Aliases are one a line as {@code name|language} (the
 * language may be left out), external ids one a line as {@code scheme:value}.
 *
 * @param expectedRevision the revision an edit started from
 * @param kind the kind's name
 * @param name the shown name
 * @param aliases the other names, one a line
 * @param description a few words on who or what it is
 * @param externalIds ids in other registries, one a line
 * @param reason why an edit is made
 */
public record EntityForm(
        @Nullable Integer expectedRevision,
        @Nullable String kind,
        @Nullable String name,
        @Nullable String aliases,
        @Nullable String description,
        @Nullable String externalIds,
        @Nullable String reason) {

    static EntityForm empty() {
        return new EntityForm(null, null, null, null, null, null, null);
    }

    static EntityForm of(Entity entity, int revision) {
        return new EntityForm(
                revision,
                entity.kind().name(),
                entity.name(),
                String.join(
                        "\n",
                        entity.aliases().stream()
                                .map(a -> a.language() == null ? a.name() : a.name() + "|" + a.language())
                                .toList()),
                entity.description(),
                String.join(
                        "\n",
                        entity.externalIds().stream()
                                .map(x -> x.scheme() + ":" + x.value())
                                .toList()),
                null);
    }

    EntityDraft toDraft(FormInput formInput) {
        EntityKind chosen = formInput.optionalChoice("kind", kind, EntityKind.class, "input.entity.kind");
        List<Alias> names = new ArrayList<>();
        for (String line : lines(aliases)) {
            int bar = line.lastIndexOf('|');
            names.add(
                    bar < 0
                            ? new Alias(line, null)
                            : new Alias(line.substring(0, bar).strip(), blankToNull(line.substring(bar + 1))));
        }
        List<ExternalId> ids = new ArrayList<>();
        for (String line : lines(externalIds)) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw formInput.refusal("externalIds[%d].scheme".formatted(ids.size()), "input.entity.externalId");
            }
            ids.add(new ExternalId(
                    line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
        }
        return new EntityDraft(chosen, name == null ? "" : name, names, blankToNull(description), ids);
    }

    private static List<String> lines(@Nullable String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
