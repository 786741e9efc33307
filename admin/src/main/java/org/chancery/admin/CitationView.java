package org.chancery.admin;

import java.util.List;
import org.chancery.domain.claim.Modality;
import org.jspecify.annotations.Nullable;

/**
 * A citation as a page shows it.
 *
 * @param source the source quoted
 * @param quote the words quoted
 * @param locator where in the source
 * @param attribution who the source says made the statement, outermost first
 * @param modality how the source presents it
 */
public record CitationView(
        SourceRef source,
        String quote,
        @Nullable String locator,
        List<AttributionView> attribution,
        Modality modality) {

    public CitationView {
        attribution = List.copyOf(attribution);
    }
}
