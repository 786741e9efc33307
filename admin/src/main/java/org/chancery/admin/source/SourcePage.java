package org.chancery.admin.source;

import java.util.List;
import org.chancery.admin.ClaimCard;
import org.chancery.admin.EntityRef;
import org.chancery.admin.Paging;
import org.chancery.admin.revision.RevisionRow;
import org.chancery.domain.source.Source;
import org.jspecify.annotations.Nullable;

/**
 * Everything the source page shows.
 *
 * @param source the source, as its current revision has it
 * @param revision its current revision number
 * @param url its address, when it is one a link may point to
 * @param archiveUrl its archived copy's address, likewise
 * @param publisher the entity that published it
 * @param claims the claims citing it that this page lists
 * @param paging where those stand among all that cite it
 * @param text its stored text with the cited quotes marked, when text is stored
 * @param history its revisions, newest first
 */
public record SourcePage(
        Source source,
        int revision,
        @Nullable String url,
        @Nullable String archiveUrl,
        @Nullable EntityRef publisher,
        List<ClaimCard> claims,
        Paging paging,
        Highlights.@Nullable Marked text,
        List<RevisionRow> history) {}
