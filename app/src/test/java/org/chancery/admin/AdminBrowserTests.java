package org.chancery.admin;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The curator pages in a real browser, Debian's headless Chromium, with no JavaScript of their own: a
 * curator signs in, walks through each kind of page and signs out. A screenshot of each page type is
 * kept under {@code target/screenshots} for people to look at. Run with {@code ./mvnw -Pbrowser test}.
 */
@Tag("browser")
@SpringBootTest(classes = ChanceryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int WIDTH = 1280;

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
        browser = HeadlessChromium.start(WIDTH, 1600);
        wait = new WebDriverWait(browser, PATIENCE);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCuratorWalksThroughEveryKindOfPage() throws IOException {
        signIn(curator("browser-olga"));
        assertThat(browser.getTitle()).isEqualTo("Dashboard – Chancery");
        screenshot("admin-dashboard.png");

        open("/admin/entities?q=lugansk");
        browser.findElement(By.linkText("Luhansk People's Republic")).click();
        wait.until(ExpectedConditions.urlContains("/admin/entities/E3"));
        WebElement timeline = browser.findElement(By.cssSelector("svg.timeline"));
        assertThat(timeline.getSize().getWidth()).isGreaterThan(600);
        assertThat(timeline.getSize().getHeight()).isGreaterThan(100);
        assertThat(browser.findElements(By.cssSelector("svg.timeline .timeline__bar")))
                .hasSameSizeAs(browser.findElements(By.cssSelector(".timeline-list li")));
        screenshot("admin-entity.png");

        open("/admin/entities");
        screenshot("admin-entities.png");
        open("/admin/sources/S1");
        assertThat(browser.findElements(By.cssSelector(".source-text mark"))).hasSizeGreaterThan(10);
        screenshot("admin-source.png");
        open("/admin/sources");
        screenshot("admin-sources.png");
        open("/admin/claims/C6");
        screenshot("admin-claim.png");
        open("/admin/changes");
        screenshot("admin-changes.png");
        open("/admin/entities/E999999");
        assertThat(browser.getTitle()).isEqualTo("Page not found – Chancery");
        screenshot("admin-not-found.png");
        open("/admin/no-such-page");
        assertThat(browser.getTitle()).isEqualTo("Page not found – Chancery");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");

        browser.manage().window().setSize(new Dimension(390, 844));
        open("/admin/entities/E3");
        Long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow)
                .as("nothing but the timeline scrolls sideways on a phone")
                .isLessThanOrEqualTo(0);
        screenshot("admin-entity-phone.png", 390);

        browser.findElement(By.cssSelector(".account__sign-out button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        open("/admin");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(severeBrowserErrors()).isEmpty();
    }

    @Test
    void theKeyboardReachesTheMainContentFirstAndFocusIsVisible() {
        signIn(curator("browser-olga"));
        open("/admin/entities/E3");

        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();

        assertThat(skip.getText()).isEqualTo("Skip to main content");
        assertThat(skip.getCssValue("background-color")).isEqualTo("rgba(255, 221, 0, 1)");
    }

    private String curator(String username) {
        if (users.find(username).isEmpty()) {
            accounts.createUser(Actor.SYSTEM, username, Role.CURATOR, AdminClient.PASSWORD);
        }
        return username;
    }

    private void signIn(String username) {
        open("/admin");
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(AdminClient.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/admin"));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private List<String> severeBrowserErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("favicon.ico"))
                .filter(message -> !message.contains("E999999") && !message.contains("no-such-page"))
                .toList();
    }

    private void screenshot(String file) throws IOException {
        screenshot(file, WIDTH);
    }

    /** The whole page, however long, at {@code width}. */
    private void screenshot(String file, int width) throws IOException {
        Long height =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(8000, height + 100)));
        Files.createDirectories(SCREENSHOTS);
        Path taken =
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, SCREENSHOTS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(before);
    }
}
