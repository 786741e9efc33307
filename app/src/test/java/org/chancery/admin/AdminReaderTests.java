package org.chancery.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminClient.body;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.ApiToken;
import org.chancery.domain.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A reader on the curator pages: every page they may open offers them no link or form that would refuse
 * them, and they manage their own API tokens.
 */
@AdminTest
class AdminReaderTests {

    private static final Pattern LINK = Pattern.compile("<a [^>]*href=\"(/admin[^\"#]*)[\"#]");
    private static final Pattern POST_FORM =
            Pattern.compile("<form\\b(?=[^>]*method=\"post\")[^>]*action=\"([^\"]+)\"");

    @Autowired
    AdminClient client;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noPageOffersAReaderALinkOrAFormThatWouldRefuseThem() {
        client.user("reader-rosa", Role.READER);
        Cookie session = client.signIn("reader-rosa");
        Set<String> links = new LinkedHashSet<>();
        Set<String> forms = new LinkedHashSet<>();
        int shown = 0;

        for (String page : AdminRoutes.answering(mappings, RequestMethod.GET, Set.of())) {
            MvcTestResult result = client.get(session, page);
            if (result.getResponse().getStatus() == 403) {
                continue;
            }
            shown++;
            String html = body(result);
            collect(LINK, html, links);
            collect(POST_FORM, html, forms);
        }

        assertThat(shown).as("pages a reader may open").isGreaterThan(10);
        assertThat(forms).as("the forms a reader is offered").contains("/admin/account/tokens", "/logout");
        for (String link : links) {
            assertThat(client.get(session, link.replace("&amp;", "&"))
                            .getResponse()
                            .getStatus())
                    .as("GET " + link)
                    .isNotEqualTo(403);
        }
        for (String form : forms.stream().filter(f -> !f.equals("/logout")).toList()) {
            assertThat(client.post(session, form, "label", "from the form walk", "password", AdminClient.PASSWORD)
                            .getResponse()
                            .getStatus())
                    .as("POST " + form)
                    .isNotEqualTo(403);
        }
    }

    @Test
    void aReaderCreatesAndRevokesTheirOwnToken() {
        Actor rita = client.user("reader-rita", Role.READER);
        Cookie session = client.signIn("reader-rita");

        MvcTestResult created = client.post(
                session, "/admin/account/tokens", "label", "my dashboard", "password", AdminClient.PASSWORD);

        assertThat(created.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(created)).contains(AccountAdministration.TOKEN_PREFIX);
        List<ApiToken> tokens = accounts.tokens(rita);
        assertThat(tokens).extracting(ApiToken::label).containsExactly("my dashboard");
        assertThat(client.post(session, "/admin/tokens/" + tokens.get(0).id() + "/revoke"))
                .hasRedirectedUrl("/admin/account");
        assertThat(accounts.tokens(rita).get(0).revoked()).isTrue();
    }

    private static void collect(Pattern pattern, String html, Set<String> into) {
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
