package org.chancery.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Set;
import org.chancery.domain.revision.ChangeFilter;
import org.chancery.domain.revision.History;
import org.chancery.domain.revision.RecentChange;
import org.chancery.domain.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** No curator page changes anything when it is only looked at: every GET route, found from the mappings. */
@AdminTest
class AdminReadOnlyTests {

    @Autowired
    AdminClient client;

    @Autowired
    History history;

    @Autowired
    StatementLog log;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void visitingEveryCuratorPageWritesNothing() {
        client.user("readonly-ada", Role.ADMIN);
        Cookie session = client.signIn("readonly-ada");
        List<String> pages = pages();
        RecentChange before = latestChange();
        log.clear();

        for (String page : pages) {
            MvcTestResult result = client.get(session, page);
            assertThat(result).as(page).hasStatusOk();
        }

        // the session's last access time is the one thing a visit may write, in the session's own tables
        List<String> writes =
                log.statements().stream().filter(AdminRoutes::writes).toList();
        assertThat(pages)
                .contains(
                        "/admin",
                        "/admin/entities/E3",
                        "/admin/sources/S1",
                        "/admin/claims/C6",
                        "/admin/entities/E3/compare");
        assertThat(log.statements()).as("the pages were read from the database").isNotEmpty();
        assertThat(writes).as("statements that change the registry").isEmpty();
        assertThat(latestChange()).isEqualTo(before);
    }

    /** Every GET route of the curator pages. */
    private List<String> pages() {
        return AdminRoutes.answering(mappings, RequestMethod.GET, Set.of());
    }

    private RecentChange latestChange() {
        return history.recent(ChangeFilter.ALL, 1, null).items().get(0);
    }
}
