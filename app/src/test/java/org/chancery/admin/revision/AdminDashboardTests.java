package org.chancery.admin.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminClient.body;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.chancery.admin.AdminClient;
import org.chancery.admin.AdminTest;
import org.chancery.domain.EntityId;
import org.chancery.domain.entity.EntityCuration;
import org.chancery.domain.entity.EntityDraft;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard and the list of recent changes. */
@AdminTest
class AdminDashboardTests {

    @Autowired
    EntityCuration entities;

    @Autowired
    AdminClient client;

    Actor olga;

    Actor bruno;

    @BeforeEach
    void users() {
        olga = client.user("dash-olga", Role.CURATOR);
        bruno = client.user("dash-bruno", Role.CURATOR);
    }

    @Test
    void anEditShowsAmongTheAuthorsOwnAndWaitsForSomeoneElsesReview() {
        EntityId made = entities.create(
                        olga, new EntityDraft(EntityKind.GROUP, "Dashboard observers", List.of(), null, List.of()))
                .state()
                .id();
        String link = "href=\"/admin/entities/" + made + "\"";

        String olgas = body(client.get(client.signIn("dash-olga"), "/admin"));
        String brunos = body(client.get(client.signIn("dash-bruno"), "/admin"));

        assertThat(section(olgas, "recent-heading")).contains(link, "Dashboard observers", "dash-olga", "Created");
        assertThat(section(olgas, "mine-heading")).contains(link);
        assertThat(section(olgas, "unreviewed-heading")).doesNotContain(link);
        assertThat(section(brunos, "unreviewed-heading")).contains(link);
        assertThat(section(brunos, "mine-heading")).doesNotContain(link).contains("You have not changed anything yet.");
    }

    @Test
    void anotherCuratorsChangeWaitsForReviewHoweverManyChangesOfTheirOwnCameAfter() {
        Actor dora = client.user("dash-dora", Role.CURATOR);
        Actor emil = client.user("dash-emil", Role.CURATOR);
        EntityId older =
                entities.create(dora, observers("Observers by Dora")).state().id();
        EntityId renamed =
                entities.create(emil, observers("Observers by Emil 0")).state().id();
        for (int i = 1; i < 250; i++) {
            entities.correct(emil, renamed, i, observers("Observers by Emil " + i), "Renamed");
        }

        String emils = body(client.get(client.signIn("dash-emil"), "/admin"));

        assertThat(section(emils, "unreviewed-heading"))
                .contains("href=\"/admin/entities/" + older + "\"")
                .doesNotContain("Observers by Emil");
    }

    @Test
    void recentChangesAreFilteredByAuthorAndPagedByTheLastChangeShown() {
        Actor carla = client.user("dash-carla", Role.CURATOR);
        entities.create(carla, new EntityDraft(EntityKind.GROUP, "Observers by Carla", List.of(), null, List.of()));
        Cookie session = client.signIn("dash-olga");

        String byCarla = body(client.get(session, "/admin/changes?author=dash-carla"));
        assertThat(byCarla).contains("Observers by Carla").doesNotContain("<td>chancery</td>");

        String all = body(client.get(session, "/admin/changes"));
        String next =
                all.replaceAll("(?s).*rel=\"next\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        assertThat(next).startsWith("/admin/changes?after=");
        assertThat(body(client.get(session, next))).contains("First page", "Recent changes");
    }

    @Test
    void theChangesOfOneEntityCanBeListed() {
        Cookie session = client.signIn("dash-olga");

        assertThat(body(client.get(session, "/admin/changes?entity=E3")))
                .contains("href=\"/admin/entities/E3\"", "href=\"/admin/claims/C6?revision=1\"")
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
