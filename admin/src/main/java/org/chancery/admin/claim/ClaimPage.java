package org.chancery.admin.claim;

import java.util.List;
import org.chancery.admin.ClaimCard;
import org.chancery.admin.revision.RevisionRow;

/**
 * Everything the claim page shows.
 *
 * @param claim the claim as the revision shown left it
 * @param shown the revision shown
 * @param current the claim's current revision
 * @param history its revisions, newest first
 */
public record ClaimPage(ClaimCard claim, RevisionRow shown, int current, List<RevisionRow> history) {

    public boolean showsCurrent() {
        return shown.number() == current;
    }
}
