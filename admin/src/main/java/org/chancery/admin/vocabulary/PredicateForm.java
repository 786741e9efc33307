package org.chancery.admin.vocabulary;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.chancery.admin.FormInput;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.vocabulary.ObjectType;
import org.chancery.domain.vocabulary.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The predicate form as the admin filled it in: texts only, so that whatever was entered can be shown again.
 * An edit also carries, in hidden fields, the predicate as the form first showed it: the change is checked
 * against it, since predicates have no revisions. Line breaks come back from browsers as CR LF; they are
 * read as LF, as they are stored.
 *
 * @param key the predicate's key, such as {@code envoy_to}
 * @param label how it reads from subject to object
 * @param inverseLabel how it reads from object to subject
 * @param description when to use it
 * @param subjectKinds the names of the kinds of entity it may be said of
 * @param objectType the name of its object type
 * @param objectKinds the names of the kinds of entity its object may be
 * @param symmetric whether it holds both ways; a box left unticked sends nothing
 * @param cameoCode the CAMEO event code it matches
 * @param wikidataProperty the Wikidata property it matches
 * @param original on an edit, the predicate as the form first showed it
 */
public record PredicateForm(
        @Nullable String key,
        @Nullable String label,
        @Nullable String inverseLabel,
        @Nullable String description,
        @Nullable List<String> subjectKinds,
        @Nullable String objectType,
        @Nullable List<String> objectKinds,
        @Nullable Boolean symmetric,
        @Nullable String cameoCode,
        @Nullable String wikidataProperty,
        @Nullable PredicateForm original) {

    public PredicateForm {
        subjectKinds = subjectKinds == null ? List.of() : List.copyOf(subjectKinds);
        objectKinds = objectKinds == null ? List.of() : List.copyOf(objectKinds);
    }

    static PredicateForm empty() {
        return new PredicateForm(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** {@code predicate}'s values as the form shows them, kinds in their usual order. */
    static PredicateForm of(Predicate predicate) {
        return new PredicateForm(
                predicate.key(),
                predicate.label(),
                predicate.inverseLabel(),
                predicate.description(),
                names(predicate.subjectKinds()),
                predicate.objectType().name(),
                names(predicate.objectKinds()),
                predicate.symmetric(),
                predicate.cameoCode(),
                predicate.wikidataProperty(),
                null);
    }

    /** This form, carrying {@code shown} as the predicate it was made from. */
    PredicateForm withOriginal(PredicateForm shown) {
        return new PredicateForm(
                key,
                label,
                inverseLabel,
                description,
                subjectKinds,
                objectType,
                objectKinds,
                symmetric,
                cameoCode,
                wikidataProperty,
                shown);
    }

    /** The predicate the form describes, under {@code key}; a choice that is not one of the options is refused. */
    Predicate toPredicate(@Nullable String key, FormInput formInput) {
        return new Predicate(
                key == null ? "" : key.strip(),
                text(label),
                text(inverseLabel),
                optional(description),
                kinds("subjectKinds", subjectKinds, formInput),
                formInput.choice("objectType", objectType, ObjectType.class, "input.predicate.objectType"),
                kinds("objectKinds", objectKinds, formInput),
                Boolean.TRUE.equals(symmetric),
                optional(cameoCode),
                optional(wikidataProperty));
    }

    /**
     * The predicate {@code key} as the admin saw it. A form that names none, or a garbled one, names a
     * predicate with blank labels, which no stored predicate has: the change is then a conflict.
     */
    Predicate expected(String key, FormInput formInput) {
        if (original != null) {
            try {
                return original.toPredicate(key, formInput);
            } catch (InvalidInputException garbled) {
                // falls through to the predicate nobody has
            }
        }
        return new Predicate(key, "", "", null, Set.of(), ObjectType.TEXT, Set.of(), false, null, null);
    }

    private static Set<EntityKind> kinds(String field, List<String> names, FormInput formInput) {
        Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
        for (String name : names) {
            kinds.add(formInput.choice(field, name, EntityKind.class, "input.predicate.entityKinds"));
        }
        return kinds;
    }

    private static List<String> names(Set<EntityKind> kinds) {
        return kinds.stream().sorted().map(Enum::name).toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.replace("\r\n", "\n");
    }

    private static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : text(value).strip();
    }
}
