package org.chancery.admin.revision;

import org.chancery.admin.AdminPaths;
import org.chancery.admin.CurrentCurator;
import org.chancery.domain.AccessRefusedException;
import org.chancery.domain.NodeId;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.revision.Reviewing;
import org.chancery.domain.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Any two revisions of a claim, an entity or a source, side by side; and the review of a revision, which
 * a curator gives after looking at what it changed.
 */
@Controller
class CompareController {

    static final String VIEW = "admin/revision/compare";

    private final ComparisonAssembler comparisons;
    private final Reviewing reviewing;
    private final CurrentCurator curator;

    CompareController(ComparisonAssembler comparisons, Reviewing reviewing, CurrentCurator curator) {
        this.comparisons = comparisons;
        this.reviewing = reviewing;
        this.curator = curator;
    }

    @GetMapping("/admin/{kind}/{id}/compare")
    String compare(
            @PathVariable String kind,
            @PathVariable NodeId id,
            @RequestParam(required = false) @Nullable Integer from,
            @RequestParam(required = false) @Nullable Integer to,
            Model model) {
        model.addAttribute("comparison", comparisons.compare(at(kind, id), from, to));
        return VIEW;
    }

    @PostMapping("/admin/{kind}/{id}/review")
    String review(
            @PathVariable String kind,
            @PathVariable NodeId id,
            @RequestParam int revision,
            @RequestParam(required = false) @Nullable Integer from,
            RedirectAttributes redirect) {
        Actor actor = curator.actor();
        try {
            reviewing.review(actor, at(kind, id), revision);
            redirect.addFlashAttribute("flash", "review.flash");
        } catch (AccessRefusedException refused) {
            if (!actor.curates()) {
                throw refused;
            }
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        redirect.addAttribute("from", from == null ? revision : from);
        redirect.addAttribute("to", revision);
        return "redirect:" + AdminPaths.page(id) + "/compare";
    }

    /** The object {@code id} names, if it is of the kind whose pages {@code kind} is the segment of. */
    private static NodeId at(String kind, NodeId id) {
        if (!AdminPaths.segment(id.kind()).equals(kind)) {
            throw new NotFoundException(kind + "/" + id);
        }
        return id;
    }
}
