package org.chancery.admin.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminPages.body;
import static org.chancery.admin.AdminPages.flash;

import java.util.List;
import org.chancery.admin.AdminPages;
import org.chancery.admin.AdminSliceTest;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.Fixtures;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.entity.EntityCuration;
import org.chancery.domain.entity.EntityDraft;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.security.Actor;
import org.chancery.domain.time.EdtfDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The actions of the claim page: deprecate, restore and revert, each a POST that redirects back. */
@AdminSliceTest
class AdminClaimActionsTests {

    @Autowired
    ClaimCuration curation;

    @Autowired
    Claims claims;

    @Autowired
    EntityCuration entities;

    @Autowired
    AdminPages pages;

    final Actor olga = Fixtures.curator();

    /** The object of this test's claims, a polity of its own. */
    EntityId partner;

    @BeforeEach
    void aPartner() {
        partner = polity("Partnerland");
    }

    @Test
    void deprecatingWithAReasonRedirectsToTheClaimWithAMessage() {
        ClaimId id = asserted();

        MvcTestResult done = post(id, "deprecate", "expectedRevision", "1", "reason", "The article says <b>no</b>");

        assertThat(done).hasStatus3xxRedirection().hasRedirectedUrl("/admin/claims/" + id);
        assertThat(flash(done)).containsEntry("flash", "claim.flash.deprecate");
        assertThat(rank(id)).isEqualTo(Rank.DEPRECATED);
        assertThat(body(pages.get("/admin/claims/" + id)))
                .contains("The article says &lt;b&gt;no&lt;/b&gt;", "Restore this claim");
    }

    @Test
    void deprecatingWithoutAReasonShowsTheErrorNextToTheField() {
        ClaimId id = asserted();

        MvcTestResult refused = post(id, "deprecate", "expectedRevision", "1", "reason", " ");

        assertThat(refused).hasStatusOk();
        assertThat(body(refused))
                .contains("<title>Error: Claim " + id + " – Chancery</title>")
                .contains("role=\"alert\"", "There is a problem", "href=\"#deprecate-reason\"")
                .contains("id=\"deprecate-reason-error\"", "aria-invalid=\"true\"")
                .contains("aria-describedby=\"deprecate-reason-hint deprecate-reason-error\"");
        assertThat(claims.find(id).orElseThrow().number()).isEqualTo(1);
    }

    @Test
    void aStaleDeprecationIsAConflictAndChangesNothing() {
        ClaimId id = asserted();
        curation.correct(olga, id, 1, draft("2022-02-22"), "The article says 22 February");

        MvcTestResult conflict = post(id, "deprecate", "expectedRevision", "1", "reason", "My stale reason");

        assertThat(conflict).hasStatusOk();
        assertThat(body(conflict))
                .contains("Someone changed this claim meanwhile", "revision 2", "My stale reason")
                .contains("The article says 22 February");
        assertThat(claims.find(id).orElseThrow().number()).isEqualTo(2);
        assertThat(rank(id)).isEqualTo(Rank.NORMAL);
    }

    @Test
    void restoringTakesTheDeprecationBack() {
        ClaimId id = asserted();
        curation.deprecate(olga, id, 1, "Wrong");

        MvcTestResult done = post(id, "restore", "expectedRevision", "2", "reason", "");

        assertThat(done).hasStatus3xxRedirection();
        assertThat(rank(id)).isEqualTo(Rank.NORMAL);
    }

    @Test
    void revertingMakesAnEarlierRevisionCurrentAgain() {
        ClaimId id = asserted();
        curation.correct(olga, id, 1, draft("2022-02-22"), "The article says 22 February");

        MvcTestResult done = post(id, "revert", "expectedRevision", "2", "toRevision", "1", "summary", "");

        assertThat(done).hasStatus3xxRedirection();
        assertThat(flash(done)).containsEntry("flash", "claim.flash.revert");
        assertThat(claims.find(id).orElseThrow().number()).isEqualTo(3);
        assertThat(claims.find(id).orElseThrow().state().validFrom()).isEqualTo(EdtfDate.parse("2022-02-21"));
    }

    private MvcTestResult post(ClaimId id, String action, String... params) {
        return pages.post("/admin/claims/" + id + "/" + action, params);
    }

    private Rank rank(ClaimId id) {
        return claims.find(id).orElseThrow().state().rank();
    }

    private ClaimId asserted() {
        Claim claim = curation.assertClaim(olga, draft("2022-02-21")).state();
        return claim.id();
    }

    private ClaimDraft draft(String from) {
        return new ClaimDraft(
                EntityId.parse("E1"),
                "diplomatic_relations_with",
                ClaimValue.entity(partner),
                EdtfDate.parse(from),
                null,
                List.of(),
                Rank.NORMAL,
                List.of(new Citation(
                        Fixtures.TASS_REPORT,
                        "it was agreed to establish diplomatic contacts at the embassy level",
                        List.of(),
                        Modality.STATED)));
    }

    /** A new polity of its own, the object of this test's claims. */
    private EntityId polity(String name) {
        return entities.create(olga, new EntityDraft(EntityKind.POLITY, name, List.of(), null, List.of()))
                .state()
                .id();
    }
}
