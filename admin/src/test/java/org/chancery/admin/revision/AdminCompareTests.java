package org.chancery.admin.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminPages.body;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chancery.admin.AdminPages;
import org.chancery.admin.AdminSliceTest;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.Fixtures;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.entity.Alias;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.EntityCuration;
import org.chancery.domain.entity.EntityDraft;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.revision.History;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.time.EdtfDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Two revisions side by side, field by field, and the review a second curator gives from there. */
@AdminSliceTest
class AdminCompareTests {

    @Autowired
    ClaimCuration claimCuration;

    @Autowired
    EntityCuration entityCuration;

    @Autowired
    Entities entities;

    @Autowired
    History history;

    @Autowired
    AdminPages pages;

    final Actor olga = Fixtures.curator();

    /** The object of this test's claims, a polity of its own. */
    EntityId partner;

    @BeforeEach
    void aPartner() {
        partner = entityCuration
                .create(olga, new EntityDraft(EntityKind.POLITY, "Partnerland", List.of(), null, List.of()))
                .state()
                .id();
    }

    @Test
    void aCorrectionShowsWhatChangedAndWhatDidNot() {
        ClaimId id = asserted();
        claimCuration.correct(olga, id, 1, draft("2022-02-22", "diplomatic contacts"), "The article says 22 February");

        MvcTestResult page = pages.get("/admin/claims/" + id + "/compare?from=1&to=2");

        assertThat(page).hasStatusOk();
        String html = body(page);
        assertThat(html)
                .contains("<title>Revisions 1 and 2 of " + id + " – Chancery</title>")
                .contains("2 fields changed.", "The article says 22 February");
        assertThat(changedRows(html)).containsExactly("Valid from", "Citation 1");
        assertThat(html).contains("<code>2022-02-21</code>", "<code>2022-02-22</code>");
    }

    @Test
    void withoutRevisionsTheLatestChangeIsShown() {
        ClaimId id = asserted();
        claimCuration.deprecate(olga, id, 1, "Not what the <b>article</b> says");

        String html = body(pages.get("/admin/claims/" + id + "/compare"));

        assertThat(html).contains("Revisions 1 and 2 of " + id, "Not what the &lt;b&gt;article&lt;/b&gt; says");
        assertThat(changedRows(html)).containsExactly("Rank", "Why deprecated");
    }

    @Test
    void anEntityEditIsComparedFieldByField() {
        EntityId id = entityCuration
                .create(olga, new EntityDraft(EntityKind.POLITY, "Ruritania", List.of(), null, List.of()))
                .state()
                .id();
        entityCuration.correct(
                olga,
                id,
                1,
                new EntityDraft(
                        EntityKind.POLITY, "Ruritania", List.of(new Alias("Ruritanien", "de")), null, List.of()),
                "German name");

        String html = body(pages.get("/admin/entities/" + id + "/compare"));

        assertThat(changedRows(html)).containsExactly("Other names");
        assertThat(html).contains("Ruritanien");
    }

    @Test
    void theFirstRevisionIsShownAloneAndTheHistoryLinksToEachChange() {
        ClaimId id = asserted();
        claimCuration.correct(olga, id, 1, draft("2022-02-22", "diplomatic contacts"), "22 February");

        assertThat(body(pages.get("/admin/claims/" + id + "/compare?from=1&to=1")))
                .contains("Revision 1 of " + id)
                .doesNotContain("fields changed");
        assertThat(body(pages.get("/admin/claims/" + id)))
                .contains("/admin/claims/" + id + "/compare?from=1&amp;to=2")
                .contains("/admin/claims/" + id + "/compare?from=1&amp;to=1");
    }

    @Test
    void unknownObjectsAndRevisionsAreNotFound() {
        ClaimId id = asserted();

        assertThat(pages.get("/admin/claims/" + id + "/compare?from=1&to=9")).hasStatus(404);
        assertThat(pages.get("/admin/claims/C999999/compare")).hasStatus(404);
        assertThat(pages.get("/admin/entities/nonsense/compare")).hasStatus(404);
    }

    @Test
    void aCuratorCannotReviewTheirOwnRevision() {
        ClaimId id = asserted();

        String html = body(pages.get("/admin/claims/" + id + "/compare"));
        MvcTestResult refused = review(id, 1);

        assertThat(html).contains("You made this revision").doesNotContain("Mark revision 1 as reviewed");
        assertThat(refused).hasStatus3xxRedirection();
        assertThat(refused.getMvcResult().getFlashMap().get("refusal"))
                .asString()
                .contains("Nobody reviews their own revision");
        assertThat(history.reviews(List.of(new History.RevisionKey(id, 1)))).isEmpty();
    }

    @Test
    void anotherCuratorReviewsFromTheComparison() {
        ClaimId id = asserted();
        pages.as(Actor.user("bruno", Role.CURATOR));

        MvcTestResult done = review(id, 1);

        assertThat(done).hasStatus3xxRedirection().hasRedirectedUrl("/admin/claims/" + id + "/compare?from=1&to=1");
        assertThat((Map<String, Object>) done.getMvcResult().getFlashMap()).containsEntry("flash", "review.flash");
        assertThat(body(pages.get("/admin/claims/" + id + "/compare?from=1&to=1")))
                .contains("Reviewed by", "bruno", "You have reviewed this revision");
    }

    private MvcTestResult review(ClaimId id, int revision) {
        String number = String.valueOf(revision);
        return pages.post("/admin/claims/" + id + "/review", "revision", number, "from", number);
    }

    /** The labels of the rows marked as changed. */
    private static List<String> changedRows(String html) {
        return Pattern.compile("<tr class=\"changed\">\\s*<th scope=\"row\"><span>([^<]+)</span>")
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    private ClaimId asserted() {
        return claimCuration
                .assertClaim(olga, draft("2022-02-21", "diplomatic contacts at the embassy level"))
                .state()
                .id();
    }

    private ClaimDraft draft(String from, String quote) {
        return new ClaimDraft(
                EntityId.parse("E1"),
                "diplomatic_relations_with",
                ClaimValue.entity(partner),
                EdtfDate.parse(from),
                null,
                List.of(),
                Rank.NORMAL,
                List.of(new Citation(
                        Fixtures.TASS_REPORT, "it was agreed to establish " + quote, List.of(), Modality.STATED)));
    }
}
