package org.chancery.admin;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.domain.security.Actor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The curator pages as the signed-in user sees them: a page, a form's POST, and what a page holds. */
public final class AdminPages {

    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

    private final MockMvcTester mvc;
    private final SignedIn signedIn;

    AdminPages(MockMvcTester mvc, SignedIn signedIn) {
        this.mvc = mvc;
        this.signedIn = signedIn;
    }

    /** From now on the pages are used by {@code actor}. */
    public AdminPages as(Actor actor) {
        signedIn.as(actor);
        return this;
    }

    /** The page at {@code uri}. */
    public MvcTestResult get(String uri) {
        return mvc.get().uri(uri).exchange();
    }

    /** A form's POST to {@code uri}, with {@code params} as names and values, in turn. */
    public MvcTestResult post(String uri, String... params) {
        var request = mvc.post().uri(uri);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    /** The body of the page at {@code uri}. */
    public String body(String uri) {
        return body(get(uri));
    }

    /** The page's body. */
    public static String body(MvcTestResult page) {
        try {
            return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The attributes a redirect carries to the page it redirects to. */
    public static Map<String, Object> flash(MvcTestResult result) {
        return result.getMvcResult().getFlashMap();
    }

    /** The rows of the first table of {@code page} with the class {@code table compare}, each as its cells' text. */
    public static List<List<String>> comparedRows(MvcTestResult page) {
        String html = body(page);
        int start = html.indexOf("<table class=\"table compare\">");
        if (start < 0) {
            throw new AssertionError("no comparison in the page");
        }
        String table = html.substring(start, html.indexOf("</table>", start));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table.substring(table.indexOf("<tbody>")));
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1)
                        .replaceAll("<[^>]*>", " ")
                        .replaceAll("\\s+", " ")
                        .strip());
            }
            rows.add(cells);
        }
        return rows;
    }
}
