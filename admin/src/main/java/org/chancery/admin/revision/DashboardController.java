package org.chancery.admin.revision;

import java.util.ArrayList;
import java.util.List;
import org.chancery.admin.CurrentCurator;
import org.chancery.domain.Slice;
import org.chancery.domain.revision.ChangeFilter;
import org.chancery.domain.revision.History;
import org.chancery.domain.revision.RecentChange;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The curator's start page: what changed lately, what awaits a second curator, and their own edits. */
@Controller
class DashboardController {

    static final String VIEW = "admin/dashboard";

    /** Rows in each list of the dashboard. */
    static final int ROWS = 10;

    /** How many unreviewed changes are looked through for others' before the list stops short. */
    private static final int LOOK_THROUGH = 200;

    private final History history;
    private final ChangeRows rows;
    private final CurrentCurator curator;

    DashboardController(History history, ChangeRows rows, CurrentCurator curator) {
        this.history = history;
        this.rows = rows;
        this.curator = curator;
    }

    @GetMapping("/admin")
    String show(Model model) {
        String me = curator.actor().username();
        List<RecentChange> recent = history.recent(ChangeFilter.ALL, ROWS, null).items();
        List<RecentChange> unreviewed = unreviewedByOthers(me);
        List<RecentChange> mine = me == null
                ? List.of()
                : history.recent(new ChangeFilter(me, null, null), ROWS, null).items();
        List<List<ChangeRow>> lists = rows.rows(List.of(recent, unreviewed, mine));
        model.addAttribute("recent", lists.get(0));
        model.addAttribute("unreviewed", lists.get(1));
        model.addAttribute("mine", lists.get(2));
        return VIEW;
    }

    /** The newest unreviewed changes made by someone else, for nobody reviews their own. */
    private List<RecentChange> unreviewedByOthers(@Nullable String me) {
        ChangeFilter unreviewed = new ChangeFilter(null, null, false);
        List<RecentChange> found = new ArrayList<>();
        RecentChange after = null;
        for (int seen = 0; found.size() < ROWS && seen < LOOK_THROUGH; ) {
            Slice<RecentChange> slice = history.recent(unreviewed, 50, after);
            for (RecentChange change : slice.items()) {
                if (found.size() < ROWS && !change.author().equals(me)) {
                    found.add(change);
                }
            }
            seen += slice.items().size();
            if (!slice.hasNext() || slice.items().isEmpty()) {
                break;
            }
            after = slice.items().get(slice.items().size() - 1);
        }
        return found;
    }
}
