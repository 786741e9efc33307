package org.chancery.admin.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminPages.body;

import java.util.List;
import org.chancery.admin.AdminPages;
import org.chancery.admin.AdminSliceTest;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.Fixtures;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.EntityCuration;
import org.chancery.domain.entity.EntityDraft;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.security.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Merging a duplicate entity: find the survivor, preview what moves, confirm; and undo it. */
@AdminSliceTest
class AdminMergeTests {

    @Autowired
    EntityCuration entityCuration;

    @Autowired
    ClaimCuration claimCuration;

    @Autowired
    Entities entities;

    @Autowired
    Claims claims;

    @Autowired
    AdminPages pages;

    final Actor olga = Fixtures.curator();

    EntityId survivor;

    EntityId duplicate;

    ClaimId claim;

    @BeforeEach
    void twoDuplicates() {
        survivor = polity("Grand Fenwick");
        duplicate = polity("Duchy of Grand Fenwick");
        claim = claimCuration
                .assertClaim(
                        olga,
                        new ClaimDraft(
                                duplicate,
                                "recognizes",
                                ClaimValue.entity(Fixtures.LUHANSK),
                                null,
                                null,
                                List.of(),
                                Rank.NORMAL,
                                List.of(new Citation(
                                        Fixtures.VINDOBONA_ARTICLE,
                                        Fixtures.RECOGNITION_QUOTE,
                                        List.of(),
                                        Modality.STATED))))
                .state()
                .id();
    }

    @Test
    void theSurvivorIsFoundAmongEntitiesOfTheSameKindAndThePreviewListsWhatMoves() {
        String search = body(pages.get("/admin/entities/" + duplicate + "/merge?q=fenwick"));
        String preview = body(pages.get("/admin/entities/" + duplicate + "/merge?survivor=" + survivor));

        assertThat(search).contains("value=\"" + survivor + "\"").doesNotContain("value=\"" + duplicate + "\"");
        assertThat(preview)
                .contains("One claim refers to " + duplicate + " and moves to " + survivor)
                .contains("href=\"/admin/claims/" + claim + "\"", "Merge " + duplicate + " into " + survivor);
        assertThat(entities.find(duplicate).orElseThrow().state().merged()).isFalse();
    }

    @Test
    void confirmingMergesAndTheMergeIsUndoneFromTheMergedEntitysHistory() {
        MvcTestResult merged =
                post("merge", "survivor", survivor.toString(), "expectedRevision", "1", "summary", "Same duchy");

        assertThat(merged).hasStatus3xxRedirection().hasRedirectedUrl("/admin/entities/" + survivor);
        assertThat(claims.find(claim).orElseThrow().state().subject()).isEqualTo(survivor);
        assertThat(body(pages.get("/admin/entities/" + duplicate)))
                .contains("This entity was merged into", "<form class=\"action\" id=\"unmerge\"")
                .as("the merge in the history links to its undoing")
                .contains("<a href=\"#unmerge\">Undo the merge</a>");

        MvcTestResult undone = post("unmerge", "expectedRevision", "2", "summary", "Two duchies after all");

        assertThat(undone).hasStatus3xxRedirection().hasRedirectedUrl("/admin/entities/" + duplicate);
        assertThat(entities.find(duplicate).orElseThrow().state().merged()).isFalse();
        assertThat(claims.find(claim).orElseThrow().state().subject()).isEqualTo(duplicate);
    }

    @Test
    void aSurvivorOfAnotherKindIsRefusedNextToTheChoice() {
        MvcTestResult refused =
                post("merge", "survivor", Fixtures.VINDOBONA.toString(), "expectedRevision", "1", "summary", "");

        assertThat(refused).hasStatusOk();
        assertThat(body(refused))
                .contains("There is a problem", "href=\"#merged\"", "different kinds")
                .contains("id=\"merged-error\"");
        assertThat(entities.find(duplicate).orElseThrow().state().merged()).isFalse();
    }

    @Test
    void noSurvivorIsRefused() {
        MvcTestResult refused = post("merge", "expectedRevision", "1");

        assertThat(body(refused)).contains("href=\"#survivor\"", "Choose the entity that survives the merge");
        assertThat(entities.find(duplicate).orElseThrow().number()).isEqualTo(1);
    }

    @Test
    void aStaleMergeIsAConflictAndMergesNothing() {
        entityCuration.correct(
                olga,
                duplicate,
                1,
                new EntityDraft(EntityKind.POLITY, "Duchy of Grand Fenwick", List.of(), "Edited meanwhile", List.of()),
                "description");

        MvcTestResult conflict = post("merge", "survivor", survivor.toString(), "expectedRevision", "1");

        assertThat(body(conflict)).contains("Someone changed this entity meanwhile", "revision 2");
        assertThat(entities.find(duplicate).orElseThrow().state().merged()).isFalse();
    }

    private MvcTestResult post(String action, String... params) {
        return pages.post("/admin/entities/" + duplicate + "/" + action, params);
    }

    private EntityId polity(String name) {
        return entityCuration
                .create(olga, new EntityDraft(EntityKind.POLITY, name, List.of(), null, List.of()))
                .state()
                .id();
    }
}
