package org.chancery.domain.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chancery.domain.Fixtures.tassReportDraft;
import static org.chancery.domain.Fixtures.vindobonaArticleDraft;

import org.assertj.core.api.ThrowableAssertAlternative;
import org.chancery.domain.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceDraftTests {

    @Test
    void aDraftThatFollowsEveryRuleComesBackTrimmedButWithItsTextAsItIs() {
        SourceDraft d = vindobonaArticleDraft();
        SourceDraft draft = new SourceDraft(
                d.kind(),
                "  " + d.title() + " ",
                " " + d.url() + " ",
                " https://web.archive.org/web/2022/https://www.vindobona.org/ ",
                d.publisher(),
                d.publishedAt(),
                " en ",
                d.retrievedOn(),
                "  " + d.text());

        SourceDraft checked = draft.checked();

        assertThat(checked)
                .isEqualTo(new SourceDraft(
                        d.kind(),
                        d.title(),
                        d.url(),
                        "https://web.archive.org/web/2022/https://www.vindobona.org/",
                        d.publisher(),
                        d.publishedAt(),
                        "en",
                        d.retrievedOn(),
                        "  " + d.text()));
    }

    @Test
    void mostFieldsAreOptional() {
        assertThat(tassReportDraft().checked()).isEqualTo(tassReportDraft());
    }

    @Test
    void refusesADraftWithoutKind() {
        SourceDraft draft = new SourceDraft(null, "Title", null, null, null, null, null, null, null);

        refused(draft, "kind").withMessage("Choose what kind of document this is");
    }

    @Test
    void refusesABlankTitle() {
        refused(new SourceDraft(SourceKind.BOOK, " ", null, null, null, null, null, null, null), "title");
    }

    @Test
    void refusesATitleLongerThan500Characters() {
        refused(new SourceDraft(SourceKind.BOOK, "x".repeat(501), null, null, null, null, null, null, null), "title");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.vindobona.org/article/1",
                "http://tass.ru/politika/14012345",
                "https://xn--80aswg.xn--p1ai/",
                "https://tass.com:8443/path?q=1#top"
            })
    void acceptsAWebAddress(String url) {
        assertThat(withUrls(url, url).checked().url()).isEqualTo(url);
        assertThat(withUrls(url, url).checked().archiveUrl()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://tass.ru/file",
                "www.vindobona.org/article/1",
                "https://",
                "https:///article/1",
                "https://tass.ru/with space",
                "mailto:editor@vindobona.org",
                "javascript:alert(1)",
                "file:///etc/passwd"
            })
    void refusesAnythingButAFullWebAddress(String url) {
        refused(withUrls(url, null), "url").withMessage("Write a full web address starting with https:// or http://");
        refused(withUrls(null, url), "archiveUrl");
    }

    @Test
    void aBlankAddressIsNoAddress() {
        SourceDraft checked = withUrls("  ", "").checked();

        assertThat(checked.url()).isNull();
        assertThat(checked.archiveUrl()).isNull();
    }

    @Test
    void refusesALanguageLongerThan35Characters() {
        SourceDraft d = tassReportDraft();
        SourceDraft draft = new SourceDraft(d.kind(), d.title(), null, null, null, null, "x".repeat(36), null, null);

        refused(draft, "language");
    }

    @Test
    void refusesBlankText() {
        refused(withText(" \n "), "text").withMessage("Leave the text out rather than storing blank text");
    }

    @Test
    void storesAtMostAMillionCharactersOfText() {
        assertThat(withText("x".repeat(SourceDraft.MAX_TEXT)).checked().text()).hasSize(1_000_000);
        refused(withText("x".repeat(SourceDraft.MAX_TEXT + 1)), "text")
                .withMessage("Store at most 1000000 characters of text");
    }

    private static SourceDraft withUrls(@Nullable String url, @Nullable String archiveUrl) {
        SourceDraft d = tassReportDraft();
        return new SourceDraft(
                d.kind(), d.title(), url, archiveUrl, d.publisher(), d.publishedAt(), d.language(), null, null);
    }

    private static SourceDraft withText(String text) {
        SourceDraft d = tassReportDraft();
        return new SourceDraft(d.kind(), d.title(), null, null, null, null, null, null, text);
    }

    private static ThrowableAssertAlternative<InvalidInputException> refused(SourceDraft draft, String field) {
        return assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(draft::checked)
                .satisfies(e -> assertThat(e.field()).isEqualTo(field));
    }
}
