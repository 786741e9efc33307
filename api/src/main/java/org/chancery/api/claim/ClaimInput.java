package org.chancery.api.claim;

import java.util.ArrayList;
import java.util.List;
import org.chancery.api.Ids;
import org.chancery.domain.claim.AttributionLink;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Qualifier;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.time.EdtfDate;
import org.jspecify.annotations.Nullable;

/**
 * A claim's content as the mutations take it. Read by hand rather than by a mapper, so that a malformed
 * id is refused with its exact place in the input, such as {@code citations[1].attribution[0].entity}.
 */
record ClaimInput(
        String subject,
        String predicate,
        ValueInput object,
        @Nullable EdtfDate validFrom,
        @Nullable EdtfDate validUntil,
        @Nullable List<QualifierInput> qualifiers,
        @Nullable Rank rank,
        List<CitationInput> citations) {

    record ValueInput(
            @Nullable String entity,
            @Nullable String text,
            @Nullable EdtfDate date) {}

    record QualifierInput(String predicate, ValueInput value) {}

    record AttributionInput(
            @Nullable String entity, @Nullable String text) {}

    record CitationInput(
            String source,
            String quote,
            @Nullable String locator,
            @Nullable List<AttributionInput> attribution,
            Modality modality) {}

    ClaimDraft toDraft() {
        List<Qualifier> details = new ArrayList<>();
        List<QualifierInput> given = qualifiers == null ? List.of() : qualifiers;
        for (int i = 0; i < given.size(); i++) {
            QualifierInput q = given.get(i);
            details.add(new Qualifier(q.predicate(), value("qualifiers[%d].value".formatted(i), q.value())));
        }
        List<Citation> quotes = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            CitationInput c = citations.get(i);
            String field = "citations[%d]".formatted(i);
            List<AttributionLink> links = new ArrayList<>();
            List<AttributionInput> chain = c.attribution() == null ? List.of() : c.attribution();
            for (int j = 0; j < chain.size(); j++) {
                AttributionInput link = chain.get(j);
                links.add(new AttributionLink(
                        Ids.entityOrNull("%s.attribution[%d].entity".formatted(field, j), link.entity()), link.text()));
            }
            quotes.add(new Citation(
                    Ids.source(field + ".source", c.source()), c.quote(), c.locator(), links, c.modality(), null));
        }
        return new ClaimDraft(
                Ids.entity("subject", subject),
                predicate,
                value("object", object),
                validFrom,
                validUntil,
                details,
                rank == null ? Rank.NORMAL : rank,
                quotes);
    }

    private static ClaimValue value(String field, ValueInput value) {
        if (value.entity() != null) {
            return ClaimValue.entity(Ids.entity(field + ".entity", value.entity()));
        }
        if (value.date() != null) {
            return ClaimValue.date(value.date());
        }
        return ClaimValue.text(value.text() == null ? "" : value.text());
    }
}
