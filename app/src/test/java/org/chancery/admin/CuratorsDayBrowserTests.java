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
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.revision.History;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.security.Users;
import org.chancery.domain.time.EdtfDate;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A curator's day in a real browser: Olga adds a source and two claims citing it, sees them on the entity
 * page and its timeline, corrects one and compares the revisions; Bruno's stale correction of the same
 * claim is shown as a conflict and changes nothing; Olga deprecates the other; Bruno reviews her changes;
 * Olga merges two duplicate entities and undoes it. And the assert-claim form is filled with the keyboard
 * only. A screenshot of each page type is kept under {@code target/screenshots/day}.
 */
@Tag("browser")
@SpringBootTest(classes = ChanceryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CuratorsDayBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "day");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int WIDTH = 1280;
    private static final String TEXT = "Moscow notes, 23 February 2022.\n\n"
            + "Russia recognized the Luhansk People's Republic on 21 February 2022. "
            + "A day later Russia and the Donetsk People's Republic established diplomatic relations "
            + "at the level of embassies.";

    @LocalServerPort
    int port;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    Users users;

    @Autowired
    Claims claims;

    @Autowired
    Entities entities;

    @Autowired
    History history;

    WebDriver olga;

    WebDriver bruno;

    @BeforeEach
    void startBrowsers() {
        olga = HeadlessChromium.start(WIDTH, 1000);
        bruno = HeadlessChromium.start(WIDTH, 1000);
    }

    @AfterEach
    void stopBrowsers() {
        olga.quit();
        bruno.quit();
    }

    @Test
    void aCuratorsDay() throws IOException {
        signIn(olga, curator("day-olga"));
        signIn(bruno, curator("day-bruno"));

        // a new source, with its text
        open(olga, "/admin/sources/new");
        fill(olga, "title", "Moscow notes on the recognitions");
        new Select(olga.findElement(By.id("kind"))).selectByValue("NEWS_ARTICLE");
        fill(olga, "url", "https://example.org/moscow-notes");
        fill(olga, "text", TEXT);
        screenshot(olga, "source-form.png");
        submit(olga, "Add the source");
        String source = idInPath(olga);
        assertThat(flash(olga)).isEqualTo("The source is added.");
        screenshot(olga, "source-page.png");

        // two claims citing it, the entities named as a curator knows them
        ClaimId recognition = assertClaim(
                "Russia", "recognizes", "LPR", "2022-02", source, "Russia recognized the Luhansk People's Republic");
        ClaimId relations = assertClaim(
                "Russian Federation",
                "diplomatic_relations_with",
                "DPR",
                "2022-02-22",
                source,
                "established diplomatic relations at the level of embassies");
        assertThat(claims.find(recognition).orElseThrow().state().object().toString())
                .contains("E3");

        // both on Russia's page and its timeline
        open(olga, "/admin/entities/E1");
        assertThat(olga.findElement(By.cssSelector("a[href='/admin/claims/" + recognition + "']")))
                .isNotNull();
        assertThat(olga.findElement(By.cssSelector("a[href='/admin/claims/" + relations + "']")))
                .isNotNull();
        assertThat(olga.findElement(By.id("timeline")).getText()).contains(recognition.toString());
        screenshot(olga, "entity-page.png");

        // Bruno opens the correction form of the same claim, and is slow
        open(bruno, "/admin/claims/" + recognition + "/correct");

        // Olga corrects the date with a reason, then compares the two revisions
        open(olga, "/admin/claims/" + recognition + "/correct");
        fill(olga, "validFrom", "2022-02-21");
        fill(olga, "reason", "The source gives the day");
        screenshot(olga, "claim-correct-form.png");
        submit(olga, "Save the correction");
        assertThat(flash(olga)).isEqualTo("The claim is corrected.");
        olga.findElement(By.cssSelector("a[aria-label='What revision 2 changed']"))
                .click();
        waitForTitle(olga, "Revisions 1 and 2 of " + recognition + " – Chancery");
        assertThat(olga.findElements(By.cssSelector("tr.changed th span")))
                .extracting(WebElement::getText)
                .containsExactly("Valid from");
        screenshot(olga, "compare.png");

        // Bruno's stale correction is a conflict, and changes nothing
        fill(bruno, "validFrom", "2022-03");
        fill(bruno, "reason", "I think it was March");
        submit(bruno, "Save the correction");
        assertThat(bruno.findElement(By.id("conflict-heading")).getText())
                .isEqualTo("Someone changed this claim meanwhile");
        assertThat(bruno.findElement(By.id("validFrom")).getAttribute("value")).isEqualTo("2022-03");
        screenshot(bruno, "claim-conflict.png");
        assertThat(claims.find(recognition).orElseThrow().number()).isEqualTo(2);
        assertThat(claims.find(recognition).orElseThrow().state().validFrom()).isEqualTo(EdtfDate.parse("2022-02-21"));

        // Olga deprecates the other claim, with a reason
        open(olga, "/admin/claims/" + relations);
        fill(olga, "deprecate-reason", "The source speaks of a plan, not of relations established");
        submit(olga, "Deprecate this claim");
        assertThat(flash(olga)).isEqualTo("The claim is deprecated.");
        screenshot(olga, "claim-deprecated.png");

        // Bruno reviews Olga's changes from his dashboard
        open(bruno, "/admin");
        screenshot(bruno, "dashboard.png");
        bruno.findElement(By.cssSelector("a[aria-label='What revision 2 of " + recognition + " changed']"))
                .click();
        submit(bruno, "Mark revision 2 as reviewed");
        assertThat(flash(bruno)).isEqualTo("The revision is marked as reviewed.");
        screenshot(bruno, "review.png");
        assertThat(history.reviews(List.of(new History.RevisionKey(recognition, 2))))
                .isNotEmpty();

        // two entities that are one: merge the duplicate, then undo it
        EntityId survivor = createEntity("Republic of Ruritania");
        EntityId duplicate = createEntity("Ruritania Republic");
        open(olga, "/admin/entities/" + duplicate);
        olga.findElement(By.linkText("Merge into another entity")).click();
        fill(olga, "q", "ruritania");
        submit(olga, "Search");
        olga.findElement(By.cssSelector("input[name=survivor][value='" + survivor + "']"))
                .click();
        submit(olga, "Preview the merge");
        screenshot(olga, "merge-preview.png");
        submit(olga, "Merge " + duplicate + " into " + survivor);
        assertThat(flash(olga)).isEqualTo("The entities are merged.");
        assertThat(entities.find(duplicate).orElseThrow().state().mergedInto()).isEqualTo(survivor);
        open(olga, "/admin/entities/" + duplicate);
        screenshot(olga, "entity-merged.png");
        submit(olga, "Undo the merge");
        assertThat(flash(olga)).isEqualTo("The merge is undone.");
        assertThat(entities.find(duplicate).orElseThrow().state().merged()).isFalse();

        open(olga, "/admin/account");
        screenshot(olga, "account.png");
        assertThat(claims.find(relations).orElseThrow().state().rank()).isEqualTo(Rank.DEPRECATED);
    }

    @Test
    void theAssertClaimFormIsFilledWithTheKeyboardOnly() {
        signIn(olga, curator("day-kim"));
        open(olga, "/admin/claims/new");
        Actions keys = new Actions(olga);

        tabTo("subject");
        type("Russia");
        tabTo("predicate");
        type("recognizes");
        tabTo("object");
        type("DPR");
        tabTo("validFrom");
        type("2022-02-21");
        tabTo("citations-0-source");
        type("S1");
        tabTo("citations-0-quote");
        type("Russian President Vladimir Putin recognized the Donetsk and Lugansk People's Republics");
        keys.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat(focused().getAttribute("id")).isEqualTo("citations-0-source");
        tabTo("citations-0-quote");
        WebElement submit = tabToButton("Add the claim");
        assertThat(submit.getCssValue("background-color")).isEqualTo("rgba(255, 221, 0, 1)");
        keys.sendKeys(Keys.ENTER).perform();

        new WebDriverWait(olga, PATIENCE).until(ExpectedConditions.urlMatches("/admin/claims/C[0-9]+$"));
        assertThat(flash(olga)).isEqualTo("The claim is added.");
        assertThat(olga.findElement(By.cssSelector(".claim__what")).getText())
                .contains("Russia", "recognizes", "Donetsk People's Republic");
    }

    private ClaimId assertClaim(
            String subject, String predicate, String object, String from, String source, String quote)
            throws IOException {
        open(olga, "/admin/claims/new");
        fill(olga, "subject", subject);
        new Select(olga.findElement(By.id("predicate"))).selectByValue(predicate);
        fill(olga, "object", object);
        fill(olga, "validFrom", from);
        fill(olga, "citations-0-source", source);
        fill(olga, "citations-0-quote", quote);
        screenshot(olga, "claim-form.png");
        submit(olga, "Add the claim");
        assertThat(flash(olga)).isEqualTo("The claim is added.");
        screenshot(olga, "claim-page.png");
        return ClaimId.parse(idInPath(olga));
    }

    private EntityId createEntity(String name) {
        open(olga, "/admin/entities/new");
        fill(olga, "name", name);
        new Select(olga.findElement(By.id("kind"))).selectByValue("POLITY");
        submit(olga, "Add the entity");
        return EntityId.parse(idInPath(olga));
    }

    private void tabTo(String id) {
        for (int i = 0; i < 80; i++) {
            new Actions(olga).sendKeys(Keys.TAB).perform();
            if (id.equals(focused().getAttribute("id"))) {
                return;
            }
        }
        throw new AssertionError("the Tab key never reached #" + id);
    }

    private WebElement tabToButton(String text) {
        for (int i = 0; i < 80; i++) {
            new Actions(olga).sendKeys(Keys.TAB).perform();
            WebElement at = focused();
            if (at.getTagName().equals("button") && at.getText().equals(text)) {
                return at;
            }
        }
        throw new AssertionError("the Tab key never reached the button " + text);
    }

    private void type(String text) {
        new Actions(olga).sendKeys(text).perform();
    }

    private WebElement focused() {
        return olga.switchTo().activeElement();
    }

    private String curator(String username) {
        if (users.find(username).isEmpty()) {
            accounts.createUser(Actor.SYSTEM, username, Role.CURATOR, AdminClient.PASSWORD);
        }
        return username;
    }

    private void signIn(WebDriver browser, String username) {
        open(browser, "/admin");
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(AdminClient.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.titleIs("Dashboard – Chancery"));
    }

    private void open(WebDriver browser, String path) {
        browser.get("http://localhost:" + port + path);
    }

    private static void fill(WebDriver browser, String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Presses the button showing {@code text} and waits for the next page. */
    private static void submit(WebDriver browser, String text) {
        WebElement button = browser.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
        button.click();
        HeadlessChromium.awaitLeaving(browser, button, PATIENCE);
    }

    private static String flash(WebDriver browser) {
        return browser.findElement(By.cssSelector(".flash")).getText();
    }

    private static String idInPath(WebDriver browser) {
        String url = browser.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1).replaceAll("[?#].*", "");
    }

    private static void waitForTitle(WebDriver browser, String title) {
        new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.titleIs(title));
    }

    /** The whole page, however long. */
    private static void screenshot(WebDriver browser, String file) throws IOException {
        Long height =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(8000, height + 100)));
        Files.createDirectories(SCREENSHOTS);
        Path taken =
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, SCREENSHOTS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(before);
    }
}
