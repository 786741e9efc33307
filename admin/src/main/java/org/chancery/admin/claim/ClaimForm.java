package org.chancery.admin.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.claim.AttributionLink;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Qualifier;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.entity.EntityId;
import org.chancery.domain.source.SourceId;
import org.chancery.domain.time.EdtfDate;
import org.chancery.domain.vocabulary.ObjectType;
import org.chancery.domain.vocabulary.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The claim form as the curator filled it in: texts only, so that whatever was entered can be shown again.
 * It becomes a {@link ClaimDraft} field by field, and a malformed id or date is refused with its place in
 * the form, as the domain's own rules are.
 *
 * @param expectedRevision the revision a correction started from
 * @param subject the subject's id, such as {@code E1}
 * @param predicate the predicate's key
 * @param object an entity id, a text or an EDTF date, as the predicate takes
 * @param validFrom when it began, in EDTF
 * @param validUntil when it ended, in EDTF
 * @param rank the rank's name
 * @param citations the citations, one row each
 * @param reason why a correction is made
 */
public record ClaimForm(
        @Nullable Integer expectedRevision,
        @Nullable String subject,
        @Nullable String predicate,
        @Nullable String object,
        @Nullable String validFrom,
        @Nullable String validUntil,
        @Nullable String rank,
        @Nullable List<CitationForm> citations,
        @Nullable String reason) {

    public ClaimForm {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /**
     * One citation row.
     *
     * @param source the source's id, such as {@code S1}
     * @param quote the words quoted
     * @param locator where in the source
     * @param modality the modality's name
     * @param attribution who the source says said it, one link a line: an entity id or a text
     */
    public record CitationForm(
            @Nullable String source,
            @Nullable String quote,
            @Nullable String locator,
            @Nullable String modality,
            @Nullable String attribution) {

        static CitationForm empty() {
            return new CitationForm(null, null, null, Modality.STATED.name(), null);
        }
    }

    /** An empty form with one citation row, about {@code subject} when given. */
    static ClaimForm empty(@Nullable String subject) {
        return new ClaimForm(
                null, subject, null, null, null, null, Rank.NORMAL.name(), List.of(CitationForm.empty()), null);
    }

    /** The form filled with {@code claim} as revision {@code revision} left it. */
    static ClaimForm of(Claim claim, int revision) {
        List<CitationForm> rows = claim.citations().stream()
                .map(c -> new CitationForm(
                        c.source().toString(),
                        c.quote(),
                        c.locator(),
                        c.modality().name(),
                        String.join(
                                "\n",
                                c.attribution().stream()
                                        .map(l ->
                                                l.entity() != null ? l.entity().toString() : String.valueOf(l.text()))
                                        .toList())))
                .toList();
        return new ClaimForm(
                revision,
                claim.subject().toString(),
                claim.predicate(),
                text(claim.object()),
                claim.validFrom() == null ? null : claim.validFrom().toString(),
                claim.validUntil() == null ? null : claim.validUntil().toString(),
                claim.rank().name(),
                rows,
                null);
    }

    /** The same form with one more, empty, citation row. */
    ClaimForm withAnotherCitation() {
        List<CitationForm> rows = new ArrayList<>(citations());
        rows.add(CitationForm.empty());
        return new ClaimForm(expectedRevision, subject, predicate, object, validFrom, validUntil, rank, rows, reason);
    }

    /** The claim this form describes; the object is typed by {@code predicates}' entry for the predicate. */
    ClaimDraft toDraft(Function<String, @Nullable Predicate> predicates, List<Qualifier> qualifiers) {
        String key = predicate == null ? "" : predicate.strip();
        Predicate known = predicates.apply(key);
        List<Citation> quotes = new ArrayList<>();
        List<CitationForm> rows = citations();
        for (int i = 0; i < rows.size(); i++) {
            CitationForm row = rows.get(i);
            String field = "citations[%d]".formatted(i);
            quotes.add(new Citation(
                    parse(field + ".source", row.source(), SourceId::parse),
                    row.quote() == null ? "" : row.quote(),
                    blankToNull(row.locator()),
                    attribution(field + ".attribution", row.attribution()),
                    parse(field + ".modality", row.modality(), m -> Modality.valueOf(m.toUpperCase(Locale.ROOT))),
                    null));
        }
        return new ClaimDraft(
                parse("subject", subject, EntityId::parse),
                key,
                value(known),
                date("validFrom", validFrom),
                date("validUntil", validUntil),
                qualifiers,
                parse("rank", rank, r -> Rank.valueOf(r.toUpperCase(Locale.ROOT))),
                quotes);
    }

    private ClaimValue value(@Nullable Predicate known) {
        ObjectType type = known == null ? ObjectType.TEXT : known.objectType();
        return switch (type) {
            case ENTITY -> ClaimValue.entity(parse("object", object, EntityId::parse));
            case DATE -> ClaimValue.date(parse("object", object, EdtfDate::parse));
            case TEXT -> ClaimValue.text(object == null ? "" : object.strip());
        };
    }

    private static List<AttributionLink> attribution(String field, @Nullable String lines) {
        List<AttributionLink> links = new ArrayList<>();
        if (lines == null) {
            return links;
        }
        for (String line :
                lines.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String at = "%s[%d]".formatted(field, links.size());
            links.add(
                    line.matches("[Ee]\\d+")
                            ? AttributionLink.of(parse(at + ".entity", line, EntityId::parse))
                            : AttributionLink.of(line));
        }
        return links;
    }

    private static @Nullable EdtfDate date(String field, @Nullable String text) {
        return blankToNull(text) == null ? null : parse(field, text, EdtfDate::parse);
    }

    private static <T> T parse(String field, @Nullable String text, Function<String, T> parser) {
        String given = text == null ? "" : text.strip();
        if (given.isEmpty()) {
            throw new InvalidInputException(field, "Enter a value");
        }
        try {
            return parser.apply(given);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidInputException(field, String.valueOf(malformed.getMessage()));
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String text(ClaimValue value) {
        if (value instanceof ClaimValue.EntityValue e) {
            return e.entity().toString();
        }
        if (value instanceof ClaimValue.TextValue t) {
            return t.text();
        }
        return ((ClaimValue.DateValue) value).date().toString();
    }
}
