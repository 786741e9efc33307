package org.chancery.admin.claim;

import java.util.List;
import java.util.function.Supplier;
import org.chancery.admin.ClaimCardAssembler;
import org.chancery.admin.CurrentCurator;
import org.chancery.admin.FormError;
import org.chancery.admin.FormErrors;
import org.chancery.admin.revision.RevisionRow;
import org.chancery.admin.revision.RevisionRowAssembler;
import org.chancery.domain.ClaimId;
import org.chancery.domain.ConflictException;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.revision.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The claim page: the claim as it stands, or as one of its revisions left it, and its history; and the
 * actions on it (deprecate, restore, revert), each a POST that redirects back with a message, or
 * shows the page again with what was refused.
 */
@Controller("adminClaimController")
class ClaimController {

    static final String PAGE_VIEW = "admin/claim/page";

    private final Claims claims;
    private final ClaimCardAssembler cards;
    private final RevisionRowAssembler revisions;
    private final ClaimCuration curation;
    private final CurrentCurator curator;

    ClaimController(
            Claims claims,
            ClaimCardAssembler cards,
            RevisionRowAssembler revisions,
            ClaimCuration curation,
            CurrentCurator curator) {
        this.claims = claims;
        this.cards = cards;
        this.revisions = revisions;
        this.curation = curation;
        this.curator = curator;
    }

    @GetMapping("/admin/claims/{id}")
    String show(@PathVariable ClaimId id, @RequestParam(required = false) @Nullable String revision, Model model) {
        return page(id, revision, model);
    }

    @PostMapping("/admin/claims/{id}/deprecate")
    String deprecate(@PathVariable ClaimId id, ClaimForms.Reason form, Model model, RedirectAttributes redirect) {
        ClaimId claimId = id;
        return act(
                claimId,
                "deprecate",
                "claim.action.deprecate",
                "claim.flash.deprecate",
                form.expectedRevision(),
                form.reason(),
                model,
                redirect,
                () -> curation.deprecate(curator.actor(), claimId, form.expectedRevision(), form.reason()));
    }

    @PostMapping("/admin/claims/{id}/restore")
    String restore(@PathVariable ClaimId id, ClaimForms.Reason form, Model model, RedirectAttributes redirect) {
        ClaimId claimId = id;
        return act(
                claimId,
                "restore",
                "claim.action.restore",
                "claim.flash.restore",
                form.expectedRevision(),
                form.reason(),
                model,
                redirect,
                () -> curation.restore(curator.actor(), claimId, form.expectedRevision(), form.reason()));
    }

    @PostMapping("/admin/claims/{id}/revert")
    String revert(@PathVariable ClaimId id, ClaimForms.Revert form, Model model, RedirectAttributes redirect) {
        ClaimId claimId = id;
        return act(
                claimId,
                "revert",
                "claim.action.revert",
                "claim.flash.revert",
                form.expectedRevision(),
                form.summary(),
                model,
                redirect,
                () -> curation.revert(
                        curator.actor(), claimId, form.expectedRevision(), form.toRevision(), form.summary()));
    }

    /** Runs one use case; a refused input or a conflict shows the page again, with what the curator sent. */
    private String act(
            ClaimId id,
            String action,
            String actionKey,
            String flashKey,
            int expectedRevision,
            @Nullable String text,
            Model model,
            RedirectAttributes redirect,
            Supplier<?> useCase) {
        try {
            useCase.get();
        } catch (InvalidInputException refused) {
            model.addAttribute(
                    "errors", FormErrors.of(new FormError(action + "-" + refused.field(), refused.getMessage())));
            model.addAttribute("failed", action);
            model.addAttribute("entered", text);
            return page(id, null, model);
        } catch (ConflictException conflict) {
            model.addAttribute("conflict", new Conflict(expectedRevision, conflict.currentRevision(), actionKey, text));
            return page(id, null, model);
        }
        redirect.addFlashAttribute("flash", flashKey);
        return redirectTo(id);
    }

    private static String redirectTo(ClaimId id) {
        return "redirect:/admin/claims/" + id;
    }

    private String page(ClaimId claimId, @Nullable String revision, Model model) {
        List<Version<Claim>> versions = claims.history(claimId);
        if (versions.isEmpty()) {
            throw new NotFoundException(claimId);
        }
        Version<Claim> current = versions.get(versions.size() - 1);
        int wanted = revision == null ? current.number() : number(claimId, revision);
        Version<Claim> shown = versions.stream()
                .filter(v -> v.number() == wanted)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(claimId + " revision " + wanted));
        List<RevisionRow> history = revisions.rows(claimId, versions);
        RevisionRow shownRow =
                history.stream().filter(r -> r.number() == wanted).findFirst().orElseThrow();
        ClaimCardAssembler.Batch batch = cards.load(List.of(shown.state()), List.of(), List.of());
        model.addAttribute("page", new ClaimPage(batch.card(shown.state()), shownRow, current.number(), history));
        return PAGE_VIEW;
    }

    private static int number(ClaimId id, String revision) {
        try {
            return Integer.parseInt(revision);
        } catch (NumberFormatException e) {
            throw new NotFoundException(id + " revision " + revision);
        }
    }
}
