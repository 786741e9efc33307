package org.chancery.admin;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chancery.domain.EntityId;
import org.chancery.domain.PageRequest;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntitySearch;
import org.chancery.domain.entity.SearchKey;
import org.chancery.domain.revision.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds the entity a curator means by what they typed into a form: its id, or its name or an alias, in
 * any case and with or without accents. A name that fits several entities is refused with the candidates,
 * so that the curator can enter the id of the one they mean.
 */
@Component
public class EntityPicker {

    /** As many entities as a suggestion list or a refusal names. */
    public static final int CANDIDATES = 8;

    private static final Pattern ID = Pattern.compile("[Ee][0-9]+");

    private final Entities entities;
    private final FormInput formInput;

    EntityPicker(Entities entities, FormInput formInput) {
        this.entities = entities;
        this.formInput = formInput;
    }

    /**
     * The entity {@code text} names, for the input {@code field}: the one with that id, else the one with
     * exactly that name or alias, else the one whose names hold every word of it.
     */
    public EntityId pick(String field, @Nullable String text) {
        String given = text == null ? "" : text.strip();
        if (given.isEmpty()) {
            throw formInput.refusal(field, "input.entity.blank");
        }
        if (ID.matcher(given).matches()) {
            return EntityId.parse(given.toUpperCase(Locale.ROOT));
        }
        List<Entity> found = suggestions(given);
        String key = SearchKey.of(given);
        List<Entity> exact = found.stream().filter(e -> named(e, key)).toList();
        if (exact.size() == 1) {
            return exact.get(0).id();
        }
        if (found.size() == 1) {
            return found.get(0).id();
        }
        if (found.isEmpty()) {
            throw formInput.refusal(field, "input.entity.unknown", given);
        }
        throw formInput.refusal(
                field,
                "input.entity.ambiguous",
                given,
                found.stream().map(e -> e.id() + " " + e.name()).collect(Collectors.joining(", ")));
    }

    /** The entities whose names or aliases hold every word of {@code text}, by id. */
    public List<Entity> suggestions(String text) {
        return entities.search(new EntitySearch(text, Set.of(), null), new PageRequest(CANDIDATES, 0)).items().stream()
                .map(Version::state)
                .toList();
    }

    private static boolean named(Entity entity, String key) {
        return SearchKey.of(entity.name()).equals(key)
                || entity.aliases().stream()
                        .anyMatch(a -> SearchKey.of(a.name()).equals(key));
    }
}
