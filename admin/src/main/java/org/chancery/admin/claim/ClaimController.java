package org.chancery.admin.claim;

import java.util.List;
import org.chancery.admin.AdminIds;
import org.chancery.admin.ClaimCards;
import org.chancery.admin.revision.RevisionRow;
import org.chancery.admin.revision.Revisions;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimId;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.revision.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The claim page: the claim as it stands, or as one of its revisions left it, and its history. */
@Controller("adminClaimController")
class ClaimController {

    static final String PAGE_VIEW = "admin/claim/page";

    private final Claims claims;
    private final ClaimCards cards;
    private final Revisions revisions;

    ClaimController(Claims claims, ClaimCards cards, Revisions revisions) {
        this.claims = claims;
        this.cards = cards;
        this.revisions = revisions;
    }

    @GetMapping("/admin/claims/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) @Nullable String revision, Model model) {
        ClaimId claimId = AdminIds.claim(id);
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
        List<RevisionRow> history = revisions.rows(claimId.toString(), versions);
        RevisionRow shownRow =
                history.stream().filter(r -> r.number() == wanted).findFirst().orElseThrow();
        ClaimCards.Batch batch = cards.load(List.of(shown.state()), List.of(), List.of());
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
