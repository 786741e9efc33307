package org.chancery.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core's WCAG 2.1 A and AA rules on the page a browser shows. The script comes from the axe-core
 * webjar on the test classpath and is injected through WebDriver, which the pages' Content-Security-Policy
 * does not govern, so neither the pages nor the test load anything from elsewhere.
 */
public final class Axe {

    private static final String WEBJAR = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
              .then(results => done(results.violations.map(v => ({
                rule: v.id, impact: String(v.impact), help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary || ''}))
              }))))
              .catch(error => done(String(error)));
            """;

    private static final String SCRIPT = load();

    private Axe() {}

    /** A rule the page breaks, and where. */
    public record Violation(String rule, String impact, String help, String helpUrl, List<Node> nodes) {}

    /** An element that breaks a rule: its CSS selector and what axe found wrong with it. */
    public record Node(String target, String summary) {}

    /** Fails, listing each rule broken and where, unless the page in {@code browser} breaks none. */
    public static void check(WebDriver browser) {
        List<Violation> violations = violations(browser);
        assertThat(violations)
                .withFailMessage(() -> report(browser.getCurrentUrl(), violations))
                .isEmpty();
    }

    /** The WCAG 2.1 A and AA rules that the page in {@code browser} breaks. */
    public static List<Violation> violations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(SCRIPT);
        Object result = js.executeAsyncScript(RUN);
        if (!(result instanceof List<?> found)) {
            throw new IllegalStateException("axe could not check " + browser.getCurrentUrl() + ": " + result);
        }
        return found.stream().map(v -> violation((Map<?, ?>) v)).toList();
    }

    private static Violation violation(Map<?, ?> v) {
        List<?> found = (List<?>) v.get("nodes");
        List<Node> nodes = found.stream().map(n -> node((Map<?, ?>) n)).toList();
        return new Violation(
                (String) v.get("rule"),
                (String) v.get("impact"),
                (String) v.get("help"),
                (String) v.get("helpUrl"),
                nodes);
    }

    private static Node node(Map<?, ?> n) {
        return new Node((String) n.get("target"), (String) n.get("summary"));
    }

    private static String report(String url, List<Violation> violations) {
        StringBuilder report = new StringBuilder()
                .append(violations.size())
                .append(" WCAG 2.1 A/AA rule(s) broken on ")
                .append(url)
                .append(':');
        for (Violation v : violations) {
            report.append("\n- ")
                    .append(v.rule())
                    .append(" (")
                    .append(v.impact())
                    .append("): ")
                    .append(v.help())
                    .append(" <")
                    .append(v.helpUrl())
                    .append('>');
            for (Node n : v.nodes()) {
                report.append("\n    ").append(n.target()).append("\n      ").append(summary(n.summary()));
            }
        }
        return report.toString();
    }

    /** axe's summary less its "Fix any of the following:" headings, on one line. */
    private static String summary(String summary) {
        return summary.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("Fix "))
                .collect(Collectors.joining("; "));
    }

    private static String load() {
        ClassLoader loader = Axe.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream(WEBJAR)) {
            if (pom == null) {
                throw new IllegalStateException("the axe-core webjar is not on the test classpath");
            }
            Properties webjar = new Properties();
            webjar.load(pom);
            String path = "META-INF/resources/webjars/axe-core/" + webjar.getProperty("version") + "/axe.min.js";
            try (InputStream script = loader.getResourceAsStream(path)) {
                if (script == null) {
                    throw new IllegalStateException("no " + path + " in the axe-core webjar");
                }
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
