package org.chancery.api.graphiql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.chancery.app.ChanceryApplication;
import org.chancery.app.HeadlessChromium;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.security.Users;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GraphiQL in a real browser, Debian's headless Chromium, which can resolve no host but this one: every
 * script must come from the application itself. Run with {@code ./mvnw -Pbrowser test}.
 */
@Tag("browser")
@SpringBootTest(classes = ChanceryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphiQlBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final String CURATOR_PASSWORD = "a long enough password";

    private static final String CREATE_ENTITY = """
            mutation AddEntity($input: CreateEntityInput!) {
              createEntity(input: $input) {
                entity { id name kind revision }
              }
            }
            """;

    @LocalServerPort
    int port;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    Users users;

    WebDriver browser;

    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start(1400, 1000);
        wait = new WebDriverWait(browser, PATIENCE);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theExampleQueryRunsAndShowsTheEntityPage() throws IOException {
        open("/graphiql");
        assertThat(browser.getTitle()).isEqualTo("GraphiQL – Chancery GraphQL API");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("viewer"), "Not signed in"));
        assertThat(editor(".graphiql-query-editor")).contains("query EntityPage");

        run();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.className("graphiql-response"), "Luhansk People's Republic"));
        assertThat(response()).contains("\"citations\"", "\"quote\"").doesNotContain("\"errors\"");
        screenshot("graphiql.png");
        assertThat(severeBrowserErrors()).isEmpty();
    }

    @Test
    void aCuratorSignedInMakesAChangeFromGraphiQl() throws IOException {
        String curator = curator("graphiql-curator");
        String name = "Mission of the browser test " + System.nanoTime();

        open("/login");
        browser.findElement(By.id("username")).sendKeys(curator);
        browser.findElement(By.id("password")).sendKeys(CURATOR_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        assertThat(browser.manage().getCookieNamed("SESSION")).isNotNull();

        open("/graphiql");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("viewer"), "Signed in as " + curator + " (curator)"));
        setEditor(".graphiql-query-editor", CREATE_ENTITY);
        // running sooner would send the example's operation name with this query
        wait.until(driver -> "AddEntity".equals(operationName()));
        setEditor(
                ".graphiql-editor-tool", "{\"input\": {\"kind\": \"ORGANISATION\", \"name\": \"%s\"}}".formatted(name));

        run();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("graphiql-response"), name));
        assertThat(response())
                .contains("\"createEntity\"", "\"kind\": \"ORGANISATION\"", "\"revision\": 1")
                .doesNotContain("\"errors\"");
        screenshot("graphiql-mutation.png");
    }

    /** A curator who signs in with {@link #CURATOR_PASSWORD}, added unless there already. */
    private String curator(String username) {
        if (users.find(username).isEmpty()) {
            accounts.createUser(Actor.SYSTEM, username, Role.CURATOR, CURATOR_PASSWORD);
        }
        return username;
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void run() {
        wait.until(ExpectedConditions.elementToBeClickable(By.className("graphiql-execute-button")))
                .click();
    }

    private String editor(String container) {
        return (String) wait.until(driver -> ((JavascriptExecutor) driver)
                .executeScript(
                        "var e = document.querySelector(arguments[0] + ' .CodeMirror');"
                                + " return e && e.CodeMirror.getValue();",
                        container));
    }

    private void setEditor(String container, String text) {
        editor(container);
        ((JavascriptExecutor) browser)
                .executeScript(
                        "document.querySelector(arguments[0] + ' .CodeMirror').CodeMirror.setValue(arguments[1]);",
                        container,
                        text);
    }

    /** The operation GraphiQL would run, which it reads from the query 100 ms after each change. */
    private @Nullable Object operationName() {
        return ((JavascriptExecutor) browser)
                .executeScript(
                        "return document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.operationName;");
    }

    private String response() {
        return editor(".graphiql-response");
    }

    private List<String> severeBrowserErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("favicon.ico"))
                .toList();
    }

    private void screenshot(String file) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path taken =
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, SCREENSHOTS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
}
