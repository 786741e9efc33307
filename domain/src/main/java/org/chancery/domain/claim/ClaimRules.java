package org.chancery.domain.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.chancery.domain.EntityId;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.Texts;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.source.CitedSource;
import org.chancery.domain.vocabulary.ObjectType;
import org.chancery.domain.vocabulary.Predicate;

/** The rules every claim follows, checked against what {@link ClaimContext} knows. */
public final class ClaimRules {

    public static final int MAX_QUOTE = 2000;
    public static final int MAX_TEXT_VALUE = 1000;
    public static final int MAX_LOCATOR = 200;

    private ClaimRules() {}

    /**
     * Returns {@code claim} with its text stripped and each quote's position in its source's text, once
     * every rule holds; refuses naming the first field that breaks one otherwise.
     */
    public static Claim check(Claim claim, ClaimContext context) {
        claim.content().bounded();
        Predicate predicate = context.predicate(claim.predicate())
                .orElseThrow(() -> new InvalidInputException(
                        "predicate", "'%s' is not in the vocabulary".formatted(claim.predicate())));
        EntityKind subjectKind = kind(context, "subject", claim.subject());
        if (!predicate.allowsSubject(subjectKind)) {
            throw new InvalidInputException(
                    "subject",
                    "'%s' is said of %s, not of a %s"
                            .formatted(predicate.key(), kinds(predicate.subjectKinds()), name(subjectKind)));
        }
        ClaimValue object = value(context, "object", predicate, claim.object());
        if (object.equals(ClaimValue.entity(claim.subject()))) {
            throw new InvalidInputException("object", "A claim cannot relate an entity to itself");
        }
        if (!claim.validTime().isConsistent()) {
            throw new InvalidInputException(
                    "validUntil",
                    "It ends (%s) before it starts (%s): check both dates"
                            .formatted(claim.validUntil(), claim.validFrom()));
        }
        List<Qualifier> qualifiers = new ArrayList<>();
        for (int i = 0; i < claim.qualifiers().size(); i++) {
            Qualifier q = claim.qualifiers().get(i);
            String field = "qualifiers[%d]".formatted(i);
            Predicate qualifier = context.predicate(q.predicate())
                    .orElseThrow(() -> new InvalidInputException(
                            field + ".predicate", "'%s' is not in the vocabulary".formatted(q.predicate())));
            qualifiers.add(new Qualifier(q.predicate(), value(context, field + ".value", qualifier, q.value())));
        }
        String reason = Texts.optional("deprecationReason", claim.deprecationReason(), Claim.MAX_REASON);
        if (claim.deprecated() != (reason != null)) {
            throw new InvalidInputException(
                    "deprecationReason",
                    claim.deprecated()
                            ? "Give the reason why the claim is deprecated"
                            : "Only a deprecated claim has a deprecation reason");
        }
        return new Claim(
                claim.id(),
                claim.subject(),
                claim.predicate(),
                object,
                claim.validFrom(),
                claim.validUntil(),
                qualifiers,
                claim.rank(),
                reason,
                citations(context, claim.citations()));
    }

    private static List<Citation> citations(ClaimContext context, List<Citation> citations) {
        if (citations.isEmpty()) {
            throw new InvalidInputException("citations", "Cite at least one source, with a quote");
        }
        List<Citation> checked = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            String field = "citations[%d]".formatted(i);
            String quote = Texts.required(field + ".quote", c.quote(), MAX_QUOTE);
            CitedSource source = context.source(c.source())
                    .orElseThrow(() ->
                            new InvalidInputException(field + ".source", "%s does not exist".formatted(c.source())));
            OptionalInt position = source.find(quote);
            if (source.hasText() && position.isEmpty()) {
                throw new InvalidInputException(
                        field + ".quote",
                        "The quote does not occur in the stored text of %s: copy it verbatim".formatted(c.source()));
            }
            List<AttributionLink> links = new ArrayList<>();
            for (int j = 0; j < c.attribution().size(); j++) {
                links.add(link(
                        context,
                        "%s.attribution[%d]".formatted(field, j),
                        c.attribution().get(j)));
            }
            if (links.isEmpty() && c.modality() == Modality.ATTRIBUTED) {
                throw new InvalidInputException(
                        field + ".attribution", "Say to whom the source attributes the statement");
            }
            checked.add(new Citation(
                    c.source(),
                    quote,
                    Texts.optional(field + ".locator", c.locator(), MAX_LOCATOR),
                    links,
                    c.modality(),
                    position.isPresent() ? position.getAsInt() : null));
        }
        return checked;
    }

    private static AttributionLink link(ClaimContext context, String field, AttributionLink link) {
        if ((link.entity() == null) == (link.text() == null)) {
            throw new InvalidInputException(field, "Give either an entity or a text for each link, not both");
        }
        if (link.entity() != null) {
            kind(context, field + ".entity", link.entity());
            return link;
        }
        return AttributionLink.of(Texts.required(field + ".text", link.text(), 300));
    }

    private static ClaimValue value(ClaimContext context, String field, Predicate predicate, ClaimValue value) {
        if (value instanceof ClaimValue.EntityValue e) {
            EntityKind kind = kind(context, field, e.entity());
            if (!predicate.allowsObject(kind)) {
                throw new InvalidInputException(field, expected(predicate, "a " + name(kind)));
            }
            return value;
        }
        if (value instanceof ClaimValue.TextValue t) {
            if (predicate.objectType() != ObjectType.TEXT) {
                throw new InvalidInputException(field, expected(predicate, "a text"));
            }
            return ClaimValue.text(Texts.required(field, t.text(), MAX_TEXT_VALUE));
        }
        if (predicate.objectType() != ObjectType.DATE) {
            throw new InvalidInputException(field, expected(predicate, "a date"));
        }
        return value;
    }

    private static String expected(Predicate predicate, String given) {
        String wanted = switch (predicate.objectType()) {
            case ENTITY -> kinds(predicate.objectKinds());
            case TEXT -> "a text";
            case DATE -> "a date";
        };
        return "'%s' takes %s, not %s".formatted(predicate.key(), wanted, given);
    }

    private static EntityKind kind(ClaimContext context, String field, EntityId id) {
        return context.entityKind(id)
                .orElseThrow(() -> new InvalidInputException(
                        field, "%s does not exist, or was merged into another entity".formatted(id)));
    }

    private static String kinds(Set<EntityKind> kinds) {
        if (kinds.isEmpty()) {
            return "any entity";
        }
        return kinds.stream()
                .sorted()
                .map(k -> "a " + name(k))
                .reduce((a, b) -> a + " or " + b)
                .orElseThrow();
    }

    private static String name(EntityKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
