package org.chancery.domain.source;

import java.util.List;
import org.chancery.domain.SourceId;

/** The quotes that claims cite from a source, every one of which a new text of the source must keep. */
public interface CitedQuotes {

    /** The quotes that current claims cite from {@code source}. */
    List<String> quotesCiting(SourceId source);
}
