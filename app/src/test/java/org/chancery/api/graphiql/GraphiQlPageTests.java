package org.chancery.api.graphiql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.app.ChanceryApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The GraphiQL page as the server hands it out; {@code GraphiQlBrowserTests} runs it in a browser. */
@SpringBootTest(classes = ChanceryApplication.class)
@AutoConfigureMockMvc
class GraphiQlPageTests {

    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>");
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Test
    void thePageSaysWhatItIs() {
        assertThat(mvc.get().uri("/graphiql"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
                .bodyText()
                .contains("<title>GraphiQL – Chancery GraphQL API</title>", "<h1>Chancery GraphQL API</h1>");
    }

    @Test
    void everyScriptIsAFileOfThisServerAndNoneIsInline() throws UnsupportedEncodingException {
        String page = page();
        Matcher scripts = SCRIPT.matcher(page);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).containsPattern(" src=\"/(webjars|js)/[^\"]+\"");
        }
        assertThat(count).isEqualTo(4);
        assertThat(page).doesNotContain("http://", "https://", "//cdn", "importmap");
    }

    @Test
    void everyScriptAndStylesheetThePageLoadsIsServed() throws UnsupportedEncodingException {
        List<String> assets =
                ASSET.matcher(page()).results().map(m -> m.group(1)).toList();

        assertThat(assets).hasSize(6);
        for (String asset : assets) {
            MvcTestResult result = mvc.get().uri(asset).exchange();
            assertThat(result).as(asset).hasStatusOk();
            assertThat(result.getResponse().getContentLength()).as(asset).isPositive();
        }
    }

    @Test
    void thePageHandsOutTheTokenItsScriptSendsWithChanges() {
        assertThat(mvc.get().uri("/graphiql")).cookies().containsCookie("XSRF-TOKEN");
    }

    private String page() throws UnsupportedEncodingException {
        return mvc.get().uri("/graphiql").exchange().getResponse().getContentAsString();
    }
}
