package org.chancery.domain.claim;

import java.util.List;
import java.util.Objects;
import org.chancery.domain.SourceId;
import org.jspecify.annotations.Nullable;

/**
 * What a claim rests on: a verbatim quote from a source.
 *
 * @param source the source quoted
 * @param quote the words of the source, verbatim
 * @param locator where in the source: a page, a paragraph, a timestamp
 * @param attribution who the source says made the statement, outermost first: the outlet, the agency
 *     it relays, the official it quotes
 * @param modality how the source presents the statement
 * @param quotePosition where the quote starts in the source's normalised stored text, when stored
 */
public record Citation(
        SourceId source,
        String quote,
        @Nullable String locator,
        List<AttributionLink> attribution,
        Modality modality,
        @Nullable Integer quotePosition) {

    public Citation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(modality, "modality");
        attribution = List.copyOf(attribution);
    }

    public Citation(SourceId source, String quote, List<AttributionLink> attribution, Modality modality) {
        this(source, quote, null, attribution, modality, null);
    }
}
