package org.chancery.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.domain.revision.ChangeFilter;
import org.chancery.domain.revision.History;
import org.chancery.domain.revision.RecentChange;
import org.chancery.domain.security.Accounts;
import org.chancery.domain.security.Role;
import org.chancery.domain.security.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** No curator page changes anything when it is only looked at: every GET route, found from the mappings. */
@AdminTest
class AdminReadOnlyTests {

    /** An id of each kind in the founding dataset, for the routes that take one. */
    private static final Map<String, String> SAMPLE_IDS = Map.of("entities", "E3", "sources", "S1", "claims", "C6");

    private static final Pattern VARIABLE = Pattern.compile("/(\\w+)/\\{(\\w+)}");
    private static final Pattern WRITE =
            Pattern.compile("^\\s*(INSERT|UPDATE|DELETE|MERGE|CREATE|ALTER|DROP|TRUNCATE)\\b");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Users users;

    @Autowired
    History history;

    @Autowired
    StatementLog log;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void visitingEveryCuratorPageWritesNothing() {
        AdminClient client = new AdminClient(mvc, accounts, users);
        client.user("readonly-olga", Role.CURATOR);
        Cookie session = client.signIn("readonly-olga");
        List<String> pages = pages();
        RecentChange before = latestChange();
        log.clear();

        for (String page : pages) {
            MvcTestResult result = client.get(session, page);
            assertThat(result).as(page).hasStatusOk();
        }

        List<String> writes = log.statements().stream()
                .filter(sql -> WRITE.matcher(sql.toUpperCase(Locale.ROOT)).find())
                // the session's last access time is the one thing a visit may write, in the session's own tables
                .filter(sql -> !sql.toUpperCase(Locale.ROOT).contains("SPRING_SESSION"))
                .toList();
        assertThat(pages).contains("/admin", "/admin/entities/E3", "/admin/sources/S1", "/admin/claims/C6");
        assertThat(log.statements()).as("the pages were read from the database").isNotEmpty();
        assertThat(writes).as("statements that change the registry").isEmpty();
        assertThat(latestChange()).isEqualTo(before);
    }

    /** Every GET route of the curator pages, with a sample id where the route takes one. */
    private List<String> pages() {
        List<String> pages = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            Class<?> controller = mapping.getValue().getBeanType();
            if (!controller.getPackageName().startsWith("org.chancery.admin")
                    || controller.equals(AdminFrameTests.FailingPage.class)) {
                continue;
            }
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                pages.add(expand(pattern));
            }
        }
        return pages;
    }

    private static String expand(String pattern) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder page = new StringBuilder();
        while (variable.find()) {
            String id = SAMPLE_IDS.get(variable.group(1));
            assertThat(id).as("a sample id for " + pattern).isNotNull();
            variable.appendReplacement(page, "/" + variable.group(1) + "/" + id);
        }
        variable.appendTail(page);
        assertThat(page.toString()).as(pattern).doesNotContain("{");
        return page.toString();
    }

    private RecentChange latestChange() {
        return history.recent(ChangeFilter.ALL, 1, null).items().get(0);
    }
}
