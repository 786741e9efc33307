package org.chancery.admin.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.chancery.admin.EntityPicker;
import org.chancery.admin.FormInput;
import org.chancery.domain.EntityId;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.AttributionLink;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Qualifier;
import org.chancery.domain.claim.Rank;
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
 * @param subject the subject's name or id, such as {@code Russia} or {@code E1}
 * @param predicate the predicate's key
 * @param object an entity's name or id, a text or an EDTF date, as the predicate takes
 * @param validFrom when it began, in EDTF
 * @param validUntil when it ended, in EDTF
 * @param rank the rank's name
 * @param qualifiers the details, one row each
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
        @Nullable List<QualifierForm> qualifiers,
        @Nullable List<CitationForm> citations,
        @Nullable String reason) {

    public ClaimForm {
        qualifiers = qualifiers == null ? List.of() : List.copyOf(qualifiers);
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /**
     * One detail row; a row left empty is no detail.
     *
     * @param predicate the qualifier's key, such as {@code role}
     * @param value an entity's name or id, a text or an EDTF date, as the qualifier takes
     */
    public record QualifierForm(
            @Nullable String predicate, @Nullable String value) {

        boolean blank() {
            return blankToNull(predicate) == null && blankToNull(value) == null;
        }
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
                null,
                subject,
                null,
                null,
                null,
                null,
                Rank.NORMAL.name(),
                List.of(new QualifierForm(null, null)),
                List.of(CitationForm.empty()),
                null);
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
                claim.qualifiers().stream()
                        .map(q -> new QualifierForm(q.predicate(), text(q.value())))
                        .toList(),
                rows,
                null);
    }

    /** The same form with one more, empty, citation row. */
    ClaimForm withAnotherCitation() {
        List<CitationForm> rows = new ArrayList<>(citations());
        rows.add(CitationForm.empty());
        return new ClaimForm(
                expectedRevision, subject, predicate, object, validFrom, validUntil, rank, qualifiers, rows, reason);
    }

    /** The same form with one more, empty, detail row. */
    ClaimForm withAnotherQualifier() {
        List<QualifierForm> rows = new ArrayList<>(qualifiers());
        rows.add(new QualifierForm(null, null));
        return new ClaimForm(
                expectedRevision, subject, predicate, object, validFrom, validUntil, rank, rows, citations, reason);
    }

    /**
     * The claim this form describes. The object and each detail are typed by {@code predicates}' entry for
     * their predicate; {@code entities} finds the entity a name or an id stands for.
     */
    ClaimDraft toDraft(Function<String, @Nullable Predicate> predicates, EntityPicker entities, FormInput formInput) {
        String key = predicate == null ? "" : predicate.strip();
        Predicate known = predicates.apply(key);
        List<Qualifier> details = new ArrayList<>();
        List<Integer> filled = qualifierRows();
        for (int i = 0; i < filled.size(); i++) {
            QualifierForm row = qualifiers().get(filled.get(i));
            String field = "qualifiers[%d]".formatted(i);
            String qualifier = row.predicate() == null ? "" : row.predicate().strip();
            details.add(new Qualifier(
                    qualifier, value(field + ".value", predicates.apply(qualifier), row.value(), entities, formInput)));
        }
        List<Citation> quotes = new ArrayList<>();
        List<CitationForm> rows = citations();
        for (int i = 0; i < rows.size(); i++) {
            CitationForm row = rows.get(i);
            String field = "citations[%d]".formatted(i);
            quotes.add(new Citation(
                    parse(field + ".source", row.source(), SourceId::parse, formInput),
                    row.quote() == null ? "" : row.quote(),
                    blankToNull(row.locator()),
                    attribution(field + ".attribution", row.attribution(), formInput),
                    formInput.choice(field + ".modality", row.modality(), Modality.class, "input.claim.modality"),
                    null));
        }
        return new ClaimDraft(
                entities.pick("subject", subject),
                key,
                value("object", known, object, entities, formInput),
                date("validFrom", validFrom, formInput),
                date("validUntil", validUntil, formInput),
                details,
                formInput.choice("rank", rank, Rank.class, "input.claim.rank"),
                quotes);
    }

    /** The indexes of the detail rows that are filled in: the domain numbers only those. */
    List<Integer> qualifierRows() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < qualifiers().size(); i++) {
            if (!qualifiers().get(i).blank()) {
                rows.add(i);
            }
        }
        return rows;
    }

    private static ClaimValue value(
            String field,
            @Nullable Predicate known,
            @Nullable String text,
            EntityPicker entities,
            FormInput formInput) {
        ObjectType type = known == null ? ObjectType.TEXT : known.objectType();
        return switch (type) {
            case ENTITY -> ClaimValue.entity(entities.pick(field, text));
            case DATE -> ClaimValue.date(parse(field, text, EdtfDate::parse, formInput));
            case TEXT -> ClaimValue.text(text == null ? "" : text.strip());
        };
    }

    private static List<AttributionLink> attribution(String field, @Nullable String lines, FormInput formInput) {
        List<AttributionLink> links = new ArrayList<>();
        if (lines == null) {
            return links;
        }
        for (String line :
                lines.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String at = "%s[%d]".formatted(field, links.size());
            links.add(
                    line.matches("[Ee]\\d+")
                            ? AttributionLink.of(parse(at + ".entity", line, EntityId::parse, formInput))
                            : AttributionLink.of(line));
        }
        return links;
    }

    private static @Nullable EdtfDate date(String field, @Nullable String text, FormInput formInput) {
        return blankToNull(text) == null ? null : parse(field, text, EdtfDate::parse, formInput);
    }

    /** The value {@code parser}, one of the domain's own, reads; it says in its words what is wrong with a malformed one. */
    private static <T> T parse(String field, @Nullable String text, Function<String, T> parser, FormInput formInput) {
        String given = text == null ? "" : text.strip();
        if (given.isEmpty()) {
            throw formInput.refusal(field, "input.blank");
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
