package org.chancery.domain.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.chancery.domain.Fixtures.ARTICLE_TEXT;
import static org.chancery.domain.Fixtures.EMBASSY_QUOTE;
import static org.chancery.domain.Fixtures.TASS_REPORT;
import static org.chancery.domain.Fixtures.VINDOBONA_ARTICLE;
import static org.chancery.domain.Fixtures.tassReport;
import static org.chancery.domain.Fixtures.tassReportDraft;
import static org.chancery.domain.Fixtures.vindobonaArticle;
import static org.chancery.domain.Fixtures.vindobonaArticleDraft;

import org.junit.jupiter.api.Test;

class SourceTests {

    @Test
    void aSourceWithTextKeepsTheSha256OfIt() {
        Source source = Source.of(VINDOBONA_ARTICLE, vindobonaArticleDraft());

        assertThat(source.text()).isEqualTo(ARTICLE_TEXT);
        assertThat(source.textSha256())
                .isEqualTo(SourceText.sha256(ARTICLE_TEXT))
                .hasSize(64);
        assertThat(source.content()).isEqualTo(vindobonaArticleDraft());
        assertThat(source.id()).isEqualTo(VINDOBONA_ARTICLE);
    }

    @Test
    void aSourceWithoutTextHasNoSha256() {
        Source source = Source.of(TASS_REPORT, tassReportDraft());

        assertThat(source.textSha256()).isNull();
        assertThat(source.content()).isEqualTo(tassReportDraft());
    }

    @Test
    void refusesATextWithoutItsSha256() {
        Source s = vindobonaArticle();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Source(
                        s.id(),
                        s.kind(),
                        s.title(),
                        s.url(),
                        s.archiveUrl(),
                        s.publisher(),
                        s.publishedAt(),
                        s.language(),
                        s.retrievedOn(),
                        s.text(),
                        null))
                .withMessage("S1 has a SHA-256 exactly when it has a text");
    }

    @Test
    void aCitedSourceWithTextFindsQuotesInTheNormalisedText() {
        CitedSource cited = CitedSource.of(vindobonaArticle());

        assertThat(cited.hasText()).isTrue();
        assertThat(cited.id()).isEqualTo(VINDOBONA_ARTICLE);
        assertThat(cited.normalisedText()).isEqualTo(SourceText.normalise(ARTICLE_TEXT));
        assertThat(cited.find(EMBASSY_QUOTE)).hasValue(103);
        assertThat(cited.find("Russia recognized Abkhazia")).isEmpty();
    }

    @Test
    void aCitedSourceWithoutTextFindsNothing() {
        CitedSource cited = CitedSource.of(tassReport());

        assertThat(cited.hasText()).isFalse();
        assertThat(cited.normalisedText()).isNull();
        assertThat(cited.find(EMBASSY_QUOTE)).isEmpty();
    }
}
