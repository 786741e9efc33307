package org.chancery.domain.vocabulary;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.Texts;
import org.chancery.domain.entity.EntityKind;
import org.jspecify.annotations.Nullable;

/**
 * A relation claims may state, such as {@code recognizes}.
 *
 * @param key its stable name in {@code snake_case}
 * @param label how it reads from subject to object: "recognizes"
 * @param inverseLabel how it reads from object to subject: "is recognized by"
 * @param description when to use it
 * @param subjectKinds the kinds of entity it may be said of; empty for any
 * @param objectType whether its object is an entity, a text or a date
 * @param objectKinds for entity objects, the kinds allowed; empty for any
 * @param symmetric whether it holds both ways whenever it holds one way
 * @param cameoCode the CAMEO event code it matches, if one does
 * @param wikidataProperty the Wikidata property it matches, if one does
 */
public record Predicate(
        String key,
        String label,
        String inverseLabel,
        @Nullable String description,
        Set<EntityKind> subjectKinds,
        ObjectType objectType,
        Set<EntityKind> objectKinds,
        boolean symmetric,
        @Nullable String cameoCode,
        @Nullable String wikidataProperty) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern CAMEO = Pattern.compile("[0-9]{2,4}");
    private static final Pattern PROPERTY = Pattern.compile("P[1-9][0-9]*");

    public Predicate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(objectType, "objectType");
        subjectKinds = Set.copyOf(subjectKinds);
        objectKinds = Set.copyOf(objectKinds);
    }

    /** This predicate once every rule holds; refuses naming the field otherwise. */
    public Predicate checked() {
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException("key", "Write the key in lower case with underscores, such as envoy_to");
        }
        if (objectType != ObjectType.ENTITY && !objectKinds.isEmpty()) {
            throw new InvalidInputException(
                    "objectKinds", "Only a predicate whose object is an entity has object kinds");
        }
        if (cameoCode != null && !CAMEO.matcher(cameoCode).matches()) {
            throw new InvalidInputException("cameoCode", "Write a CAMEO code of two to four digits, such as 054");
        }
        if (wikidataProperty != null && !PROPERTY.matcher(wikidataProperty).matches()) {
            throw new InvalidInputException("wikidataProperty", "Write a Wikidata property id such as P530");
        }
        return new Predicate(
                key,
                Texts.required("label", label, 200),
                Texts.required("inverseLabel", inverseLabel, 200),
                Texts.optional("description", description, 2000),
                subjectKinds,
                objectType,
                objectKinds,
                symmetric,
                cameoCode,
                wikidataProperty);
    }

    public boolean allowsSubject(EntityKind kind) {
        return subjectKinds.isEmpty() || subjectKinds.contains(kind);
    }

    public boolean allowsObject(EntityKind kind) {
        return objectType == ObjectType.ENTITY && (objectKinds.isEmpty() || objectKinds.contains(kind));
    }
}
