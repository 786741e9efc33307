package org.chancery.domain.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.chancery.domain.Bounds;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.Texts;
import org.jspecify.annotations.Nullable;

/**
 * What a curator says an entity is: the content of a create or an update.
 *
 * @param kind what the entity is
 * @param name the name the registry shows
 * @param aliases other names, each at most once per language
 * @param description a line that tells it apart from others of the same name
 * @param externalIds its ids in other registries
 */
public record EntityDraft(
        EntityKind kind,
        String name,
        List<Alias> aliases,
        @Nullable String description,
        List<ExternalId> externalIds) {

    public static final int MAX_NAME = 300;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_ALIASES = 100;
    public static final int MAX_EXTERNAL_IDS = 20;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public EntityDraft {
        aliases = List.copyOf(aliases);
        externalIds = List.copyOf(externalIds);
    }

    /** The same content, with text stripped, once every rule holds; refuses naming the field otherwise. */
    public EntityDraft checked() {
        if (kind == null) {
            throw new InvalidInputException("kind", "Choose what kind of entity this is");
        }
        Bounds.atMost("aliases", aliases, MAX_ALIASES);
        Bounds.atMost("externalIds", externalIds, MAX_EXTERNAL_IDS);
        String checkedName = Texts.required("name", name, MAX_NAME);
        Set<String> seen = new HashSet<>();
        seen.add(SearchKey.of(checkedName) + "|");
        List<Alias> checkedAliases = new ArrayList<>();
        for (int i = 0; i < aliases.size(); i++) {
            Alias alias = aliases.get(i);
            String field = "aliases[%d]".formatted(i);
            String aliasName = Texts.required(field + ".name", alias.name(), MAX_NAME);
            String language = Texts.optional(field + ".language", alias.language(), 35);
            if (language != null && !LANGUAGE.matcher(language).matches()) {
                throw new InvalidInputException(
                        field + ".language", "Write a language tag such as en, ru or uk-Latn, or leave it empty");
            }
            if (!seen.add(SearchKey.of(aliasName) + "|" + Objects.requireNonNullElse(language, ""))) {
                throw new InvalidInputException(
                        field + ".name", "'%s' is already a name of this entity".formatted(aliasName));
            }
            checkedAliases.add(new Alias(aliasName, language));
        }
        Set<ExternalId> seenIds = new HashSet<>();
        for (int i = 0; i < externalIds.size(); i++) {
            ExternalId id = externalIds.get(i);
            String field = "externalIds[%d]".formatted(i);
            if (!SCHEME.matcher(id.scheme()).matches()) {
                throw new InvalidInputException(
                        field + ".scheme", "Write the registry in lower case, such as wikidata");
            }
            Texts.required(field + ".value", id.value(), 100);
            if (id.scheme().equals(ExternalId.WIKIDATA)
                    && !QID.matcher(id.value()).matches()) {
                throw new InvalidInputException(field + ".value", "Write a Wikidata item id such as Q159");
            }
            if (!seenIds.add(id)) {
                throw new InvalidInputException(field + ".value", "%s is listed twice".formatted(id.value()));
            }
        }
        return new EntityDraft(
                kind,
                checkedName,
                checkedAliases,
                Texts.optional("description", description, MAX_DESCRIPTION),
                externalIds.stream()
                        .map(x -> new ExternalId(x.scheme(), x.value().strip()))
                        .toList());
    }
}
