package org.chancery.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Consumer;
import org.chancery.app.Axe;
import org.chancery.app.ChanceryApplication;
import org.chancery.app.HeadlessChromium;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.security.Users;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of curator page, as it first shows and as it shows what went wrong, meets WCAG 2.1 A and AA
 * as far as axe-core can tell in Debian's headless Chromium. One curator stays signed in for the whole
 * class; the sign-in page and the admins' pages have a browser of their own. Run with
 * {@code ./mvnw -Pbrowser test}.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = ChanceryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminAccessibilityTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CURATOR = "axe-ada";
    private static final String ADMIN = "axe-root";
    private static final String STALE_REVISION = "99";
    private static final String NOT_FOUND = "Page not found – Chancery";
    private static final String ERROR = "Something went wrong – Chancery";

    @LocalServerPort
    int port;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    Users users;

    WebDriver browser;

    @BeforeAll
    void signInInABrowser() {
        browser = HeadlessChromium.start(1280, 1600);
        signIn(browser, user(CURATOR, Role.CURATOR), AdminClient.PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/admin");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/",
                "/admin",
                "/admin/changes",
                "/admin/entities",
                "/admin/entities?q=lugansk",
                "/admin/entities/E1",
                "/admin/entities/E1/outgoing?predicate=recognizes",
                "/admin/entities/E3/mentions",
                "/admin/entities/new",
                "/admin/entities/E1/edit",
                "/admin/entities/E1/compare",
                "/admin/entities/E2/merge",
                "/admin/entities/E2/merge?q=republic",
                "/admin/entities/E2/merge?survivor=E3",
                "/admin/entities/E2/merge?survivor=E99999",
                "/admin/sources",
                "/admin/sources/S1",
                "/admin/sources/new",
                "/admin/sources/S1/edit",
                "/admin/sources/S1/compare",
                "/admin/claims/C1",
                "/admin/claims/new",
                "/admin/claims/C1/correct",
                "/admin/claims/C1/compare",
                "/admin/account",
                "/admin/vocabulary",
            })
    void aPageMeetsWcag21AA(String path) {
        open(path);

        assertThat(browser.getTitle()).as("the page of %s", path).isNotIn(NOT_FOUND, ERROR);
        Axe.check(browser);
    }

    @Test
    void theNotFoundPageMeetsWcag21AA() {
        open("/admin/entities/E99999");

        assertThat(browser.getTitle()).isEqualTo(NOT_FOUND);
        Axe.check(browser);
    }

    /** Each form sent with {@code field} emptied, or as it is when no field is named. */
    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource({
        "/admin/entities/new,",
        "/admin/entities/E1/edit, name",
        "/admin/sources/new,",
        "/admin/sources/S1/edit, title",
        "/admin/claims/new,",
        "/admin/claims/C1/correct, subject",
        "/admin/account,",
    })
    void aFormShowingItsErrorsMeetsWcag21AA(String path, @Nullable String field) {
        open(path);
        if (field != null) {
            browser.findElement(By.id(field)).clear();
        }
        submit(browser, form(browser));

        assertShowsErrors(browser);
        Axe.check(browser);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/admin/entities/E1/edit", "/admin/sources/S1/edit", "/admin/claims/C1/correct"})
    void aFormShowingAConflictMeetsWcag21AA(String path) {
        open(path);
        WebElement form = form(browser);
        staleRevision(form);
        form.findElement(By.id("reason")).sendKeys("Checked against the source");
        submit(browser, form);

        assertThat(browser.findElements(By.cssSelector(".conflict"))).hasSize(1);
        Axe.check(browser);
    }

    @Test
    void theClaimPageInEachOfItsStatesMeetsWcag21AA() {
        open("/admin/claims/C2");
        submit(browser, deprecateForm());
        assertShowsErrors(browser);
        Axe.check(browser);

        deprecateForm().findElement(By.tagName("textarea")).sendKeys("Not in the cited text");
        submit(browser, deprecateForm());
        assertThat(browser.findElements(By.cssSelector(".flash"))).hasSize(1);
        Axe.check(browser);

        WebElement restore = browser.findElement(By.cssSelector("form[action$='/restore']"));
        restore.findElement(By.name("reason")).sendKeys("It is, on the second page");
        submit(browser, restore);
        open("/admin/claims/C2?revision=1");
        assertThat(browser.findElements(By.cssSelector(".notice"))).hasSize(1);
        Axe.check(browser);

        open("/admin/claims/C2/compare?from=1&to=2");
        assertThat(browser.findElements(By.cssSelector("table.compare tr.changed")))
                .isNotEmpty();
        Axe.check(browser);

        open("/admin/claims/C2");
        staleRevision(deprecateForm());
        deprecateForm().findElement(By.tagName("textarea")).sendKeys("Not in the cited text");
        submit(browser, deprecateForm());
        assertThat(browser.findElements(By.cssSelector(".conflict"))).hasSize(1);
        Axe.check(browser);
    }

    /** A stale merge and one of entities of different kinds; none is carried out. */
    @Test
    void aRefusedMergeMeetsWcag21AA() {
        open("/admin/entities/E2/merge?survivor=E3");
        staleRevision(mergeForm());
        submit(browser, mergeForm());
        assertThat(browser.findElements(By.cssSelector(".conflict"))).hasSize(1);
        Axe.check(browser);

        open("/admin/entities/E2/merge?survivor=E5");
        submit(browser, mergeForm());
        assertShowsErrors(browser);
        Axe.check(browser);
    }

    @Test
    void theAccountPageWithANewTokenMeetsWcag21AA() {
        open("/admin/account");
        browser.findElement(By.id("label")).sendKeys("Accessibility check");
        browser.findElement(By.id("password")).sendKeys(AdminClient.PASSWORD);
        submit(browser, browser.findElement(By.cssSelector("form[action$='/account/tokens']")));
        assertThat(browser.findElements(By.id("secret"))).hasSize(1);
        Axe.check(browser);

        submit(browser, browser.findElement(By.cssSelector("form[action$='/revoke']")));
        assertThat(browser.findElements(By.cssSelector(".flash"))).hasSize(1);
        Axe.check(browser);
    }

    @Test
    void theAdminsPagesMeetWcag21AA() {
        inAnotherBrowser(admin -> {
            signIn(admin, user(ADMIN, Role.ADMIN), AdminClient.PASSWORD);
            Axe.check(admin);

            admin.get(url("/admin/users"));
            assertThat(admin.getTitle()).isNotIn(NOT_FOUND, ERROR);
            Axe.check(admin);
            submit(admin, form(admin));
            assertShowsErrors(admin);
            Axe.check(admin);

            admin.get(url("/admin/users/" + CURATOR));
            assertThat(admin.getTitle()).isNotIn(NOT_FOUND, ERROR);
            Axe.check(admin);
            admin.findElement(By.id("password")).sendKeys("short");
            submit(admin, form(admin));
            assertShowsErrors(admin);
            Axe.check(admin);

            admin.get(url("/admin/vocabulary/recognizes/edit"));
            assertThat(admin.getTitle()).isNotIn(NOT_FOUND, ERROR);
            Axe.check(admin);
            admin.get(url("/admin/vocabulary/new"));
            Axe.check(admin);
            submit(admin, form(admin));
            assertShowsErrors(admin);
            Axe.check(admin);
        });
    }

    @Test
    void theSignInPageInEachOfItsStatesMeetsWcag21AA() {
        inAnotherBrowser(visitor -> {
            visitor.get(url("/login"));
            Axe.check(visitor);

            visitor.get(url("/login?logout"));
            Axe.check(visitor);

            signIn(visitor, "axe-nobody", "not the password");
            assertShowsErrors(visitor);
            Axe.check(visitor);
        });
    }

    private String user(String username, Role role) {
        if (users.find(username).isEmpty()) {
            accounts.createUser(Actor.SYSTEM, username, role, AdminClient.PASSWORD);
        }
        return username;
    }

    private void inAnotherBrowser(Consumer<WebDriver> steps) {
        WebDriver another = HeadlessChromium.start(1280, 1600);
        try {
            steps.accept(another);
        } finally {
            another.quit();
        }
    }

    /** The page's form that creates or edits, rather than one that searches or signs out. */
    private static WebElement form(WebDriver driver) {
        return driver.findElement(By.cssSelector("main form[novalidate]"));
    }

    private WebElement deprecateForm() {
        return browser.findElement(By.cssSelector("form[action$='/deprecate']"));
    }

    private WebElement mergeForm() {
        return browser.findElement(By.cssSelector("form[method=post][action$='/merge']"));
    }

    /** Makes {@code form} claim to be made from a revision that is not the current one. */
    private void staleRevision(WebElement form) {
        WebElement revision = form.findElement(By.name("expectedRevision"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", revision, STALE_REVISION);
    }

    private static void assertShowsErrors(WebDriver driver) {
        assertThat(driver.findElements(By.cssSelector(".error-summary"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("[aria-invalid=true], .field__error")))
                .isNotEmpty();
    }

    private void signIn(WebDriver driver, String username, String password) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        submit(driver, driver.findElement(By.cssSelector("main form")));
    }

    /**
     * Sends {@code form} with its last button, the one that sends it as it is (earlier ones may add a row),
     * and waits for the page that follows.
     */
    private static void submit(WebDriver driver, WebElement form) {
        form.findElement(By.xpath("(.//button[@type='submit'])[last()]")).click();
        HeadlessChromium.awaitLeaving(driver, form, PATIENCE);
    }

    private void open(String path) {
        browser.get(url(path));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
