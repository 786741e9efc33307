package org.chancery.admin.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminPages.body;

import java.util.List;
import org.chancery.admin.AdminPages;
import org.chancery.admin.AdminSliceTest;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.Fixtures;
import org.chancery.domain.PageRequest;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.entity.EntityCuration;
import org.chancery.domain.entity.EntityDraft;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard and the list of recent changes. */
@AdminSliceTest
class AdminDashboardTests {

    @Autowired
    EntityCuration entities;

    @Autowired
    AdminPages pages;

    @Autowired
    ClaimCuration claims;

    final Actor olga = Fixtures.curator();

    final Actor bruno = Actor.user("bruno", Role.CURATOR);

    @Test
    void anEditShowsAmongTheAuthorsOwnAndWaitsForSomeoneElsesReview() {
        EntityId made = entities.create(
                        olga, new EntityDraft(EntityKind.GROUP, "Dashboard observers", List.of(), null, List.of()))
                .state()
                .id();
        String link = "href=\"/admin/entities/" + made + "\"";

        String olgas = body(pages.as(olga).get("/admin"));
        String brunos = body(pages.as(bruno).get("/admin"));

        assertThat(section(olgas, "recent-heading")).contains(link, "Dashboard observers", "olga", "Created");
        assertThat(section(olgas, "mine-heading")).contains(link);
        assertThat(section(olgas, "unreviewed-heading")).doesNotContain(link);
        assertThat(section(brunos, "unreviewed-heading")).contains(link);
        assertThat(section(brunos, "mine-heading")).doesNotContain(link).contains("You have not changed anything yet.");
    }

    @Test
    void anotherCuratorsChangeWaitsForReviewHoweverManyChangesOfTheirOwnCameAfter() {
        Actor dora = Actor.user("dora", Role.CURATOR);
        Actor emil = Actor.user("emil", Role.CURATOR);
        EntityId older =
                entities.create(dora, observers("Observers by Dora")).state().id();
        EntityId renamed =
                entities.create(emil, observers("Observers by Emil 0")).state().id();
        for (int i = 1; i < 250; i++) {
            entities.correct(emil, renamed, i, observers("Observers by Emil " + i), "Renamed");
        }

        String emils = body(pages.as(emil).get("/admin"));

        assertThat(section(emils, "unreviewed-heading"))
                .contains("href=\"/admin/entities/" + older + "\"")
                .doesNotContain("Observers by Emil");
    }

    @Test
    void recentChangesAreFilteredByAuthorAndPagedByTheLastChangeShown() {
        Actor carla = Actor.user("carla", Role.CURATOR);
        entities.create(carla, new EntityDraft(EntityKind.GROUP, "Observers by Carla", List.of(), null, List.of()));

        String byCarla = body(pages.get("/admin/changes?author=carla"));
        assertThat(byCarla).contains("Observers by Carla").doesNotContain("<td>chancery</td>");

        for (int i = 0; i < PageRequest.DEFAULT_SIZE; i++) {
            entities.create(olga, observers("Observers " + i));
        }
        String all = body(pages.get("/admin/changes"));
        String next =
                all.replaceAll("(?s).*rel=\"next\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        assertThat(next).startsWith("/admin/changes?after=");
        assertThat(body(pages.get(next))).contains("First page", "Recent changes");
    }

    @Test
    void theChangesOfOneEntityCanBeListed() {
        ClaimId recognized = claims.assertClaim(olga, Fixtures.russiaRecognizesLuhansk())
                .state()
                .id();

        assertThat(body(pages.get("/admin/changes?entity=E3")))
                .contains("href=\"/admin/entities/E3\"", "href=\"/admin/claims/" + recognized + "?revision=1\"")
                .doesNotContain("href=\"/admin/sources/S1\"");
    }

    private static EntityDraft observers(String name) {
        return new EntityDraft(EntityKind.GROUP, name, List.of(), null, List.of());
    }

    /** The part of {@code page} from the heading with {@code id} to the next section. */
    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }
}
