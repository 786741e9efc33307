package org.chancery.admin.revision;

import java.util.List;
import org.chancery.admin.CurrentCurator;
import org.chancery.domain.revision.ChangeFilter;
import org.chancery.domain.revision.History;
import org.chancery.domain.revision.RecentChange;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The curator's start page: what changed lately, what awaits a second curator, and their own edits. */
@Controller
class DashboardController {

    static final String VIEW = "admin/dashboard";

    /** Rows in each list of the dashboard. */
    static final int ROWS = 10;

    private final History history;
    private final ChangeRowAssembler rows;
    private final CurrentCurator curator;

    DashboardController(History history, ChangeRowAssembler rows, CurrentCurator curator) {
        this.history = history;
        this.rows = rows;
        this.curator = curator;
    }

    @GetMapping("/admin")
    String show(Model model) {
        String me = curator.actor().username();
        List<RecentChange> recent = history.recent(ChangeFilter.ALL, ROWS, null).items();
        // nobody reviews their own changes
        ChangeFilter unreviewed = new ChangeFilter(null, null, false);
        List<RecentChange> others = history.recent(me == null ? unreviewed : unreviewed.notBy(me), ROWS, null)
                .items();
        List<RecentChange> mine = me == null
                ? List.of()
                : history.recent(new ChangeFilter(me, null, null), ROWS, null).items();
        List<List<ChangeRow>> lists = rows.rows(List.of(recent, others, mine));
        model.addAttribute("recent", lists.get(0));
        model.addAttribute("unreviewed", lists.get(1));
        model.addAttribute("mine", lists.get(2));
        return VIEW;
    }
}
