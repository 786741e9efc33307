package org.chancery.domain.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chancery.domain.Fixtures.ARTICLE_TEXT;
import static org.chancery.domain.Fixtures.EMBASSY_QUOTE;
import static org.chancery.domain.Fixtures.RECOGNITION_QUOTE;
import static org.chancery.domain.Fixtures.TASS_REPORT;
import static org.chancery.domain.Fixtures.VINDOBONA;
import static org.chancery.domain.Fixtures.VINDOBONA_ARTICLE;
import static org.chancery.domain.Fixtures.curator;
import static org.chancery.domain.Fixtures.russiaRecognizesDonetsk;
import static org.chancery.domain.Fixtures.tassReportDraft;
import static org.chancery.domain.Fixtures.vindobonaArticle;
import static org.chancery.domain.Fixtures.vindobonaArticleDraft;

import java.util.List;
import java.util.function.Consumer;
import org.chancery.domain.AccessRefusedException;
import org.chancery.domain.ClaimId;
import org.chancery.domain.ConflictException;
import org.chancery.domain.EntityId;
import org.chancery.domain.InMemoryRegistry;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Version;
import org.chancery.domain.security.Actor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceCurationTests {

    private final InMemoryRegistry registry = InMemoryRegistry.withFixtures();
    private final InMemorySources sources = registry.sources();
    private final SourceCuration curation = registry.sourceCuration();

    @Test
    void aCuratorAddsASourceAsRevisionOneWithTheSha256OfItsText() {
        Version<Source> created = curation.create(curator(), vindobonaArticleDraft());

        assertThat(created.number()).isEqualTo(1);
        assertThat(created.author()).isEqualTo("olga");
        assertThat(created.action()).isEqualTo(Action.CREATE);
        assertThat(created.state().id()).isEqualTo(new SourceId(3));
        assertThat(created.state().textSha256()).isEqualTo(SourceText.sha256(ARTICLE_TEXT));
        assertThat(sources.find(new SourceId(3))).contains(created);
    }

    @Test
    void aSourceIsStoredAsChecked() {
        SourceDraft d = tassReportDraft();
        SourceDraft draft = new SourceDraft(d.kind(), " " + d.title() + " ", null, null, null, null, null, null, null);

        assertThat(curation.create(curator(), draft).state().title()).isEqualTo(d.title());
    }

    @Test
    void aSourceThatBreaksARuleIsNotAdded() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.create(curator(), withUrl("vindobona.org")))
                .satisfies(e -> assertThat(e.field()).isEqualTo("url"));
        assertThat(sources.ids()).hasSize(2);
    }

    @Test
    void aSourceIsNotAddedWithAPublisherThatDoesNotExist() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.create(curator(), withPublisher(new EntityId(99))))
                .satisfies(e -> assertThat(e.field()).isEqualTo("publisher"))
                .withMessage("E99 does not exist");
        assertThat(sources.ids()).hasSize(2);
    }

    @Test
    void aCorrectionIsTheNextRevisionWithItsReason() {
        Version<Source> corrected =
                curation.correct(curator(), TASS_REPORT, 1, withPublisher(VINDOBONA), " Relayed by Vindobona ");

        assertThat(corrected.number()).isEqualTo(2);
        assertThat(corrected.action()).isEqualTo(Action.CORRECT);
        assertThat(corrected.summary()).isEqualTo("Relayed by Vindobona");
        assertThat(corrected.state().publisher()).isEqualTo(VINDOBONA);
        assertThat(corrected.state().id()).isEqualTo(TASS_REPORT);
    }

    @Test
    void aCorrectionMayStoreTextThatHoldsEveryCitedQuote() {
        cite(TASS_REPORT, "Russian President Vladimir Putin");

        Version<Source> corrected = curation.correct(curator(), TASS_REPORT, 1, withText(ARTICLE_TEXT), "Text found");

        assertThat(corrected.state().text()).isEqualTo(ARTICLE_TEXT);
        assertThat(corrected.state().textSha256()).isEqualTo(SourceText.sha256(ARTICLE_TEXT));
    }

    @Test
    void aNewTextThatDropsACitedQuoteIsRefused() {
        cite(VINDOBONA_ARTICLE, EMBASSY_QUOTE);
        String shorter = ARTICLE_TEXT.substring(0, ARTICLE_TEXT.indexOf("Russia is working"));
        SourceDraft draft = withText(vindobonaArticleDraft(), shorter);

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.correct(curator(), VINDOBONA_ARTICLE, 1, draft, "Shorter text"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("text"))
                .withMessageContaining(EMBASSY_QUOTE);
        assertThat(sources.history(VINDOBONA_ARTICLE)).hasSize(1);
    }

    @Test
    void aNewTextThatKeepsTheCitedQuotesIsAccepted() {
        cite(VINDOBONA_ARTICLE, RECOGNITION_QUOTE);
        String shorter = ARTICLE_TEXT.substring(0, ARTICLE_TEXT.indexOf("Russia is working"));

        Version<Source> corrected = curation.correct(
                curator(), VINDOBONA_ARTICLE, 1, withText(vindobonaArticleDraft(), shorter), "Shorter text");

        assertThat(corrected.state().text()).isEqualTo(shorter);
    }

    @Test
    void quotesAreRecheckedOnlyWhenTheTextChanges() {
        sources.store(TASS_REPORT, Source.of(TASS_REPORT, withText("An older text")));
        cite(TASS_REPORT, "cited before the text was stored");

        Version<Source> corrected =
                curation.correct(curator(), TASS_REPORT, 2, withText("An older text"), "Title unchanged, text same");

        assertThat(corrected.number()).isEqualTo(3);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void aCorrectionNeedsAReason(@Nullable String reason) {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.correct(curator(), TASS_REPORT, 1, tassReportDraft(), reason))
                .satisfies(e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(sources.history(TASS_REPORT)).hasSize(1);
    }

    @Test
    void aCorrectionThatBreaksARuleIsRefused() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> curation.correct(curator(), TASS_REPORT, 1, withUrl("tass.ru"), "Address"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("url"));
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(
                        () -> curation.correct(curator(), TASS_REPORT, 1, withPublisher(new EntityId(99)), "Publisher"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("publisher"));
        assertThat(sources.history(TASS_REPORT)).hasSize(1);
    }

    @Test
    void correctingFromStaleRevisionIsAConflict() {
        curation.correct(curator(), TASS_REPORT, 1, withPublisher(VINDOBONA), "Publisher");

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> curation.correct(curator(), TASS_REPORT, 1, tassReportDraft(), "Undo"))
                .satisfies(e -> {
                    assertThat(e.objectId()).isEqualTo("S2");
                    assertThat(e.currentRevision()).isEqualTo(2);
                });
        assertThat(sources.history(TASS_REPORT)).hasSize(2);
        assertThat(sources.find(TASS_REPORT).orElseThrow().state().publisher()).isEqualTo(VINDOBONA);
    }

    @Test
    void correctingASourceThatDoesNotExistIsNotFound() {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> curation.correct(curator(), new SourceId(99), 1, tassReportDraft(), "why"))
                .satisfies(e -> assertThat(e.id()).isEqualTo("S99"));
    }

    @ParameterizedTest
    @MethodSource("org.chancery.domain.Fixtures#actorsWhoMayNotCurate")
    void onlyCuratorsAddOrCorrectSourcesAndNothingIsWrittenOtherwise(Actor actor, boolean anonymous) {
        List<Consumer<Actor>> uses = List.of(
                a -> curation.create(a, vindobonaArticleDraft()),
                a -> curation.correct(a, TASS_REPORT, 1, withPublisher(VINDOBONA), "why"),
                a -> curation.correct(a, new SourceId(99), 1, withUrl("nonsense"), null));

        for (Consumer<Actor> use : uses) {
            assertThatExceptionOfType(AccessRefusedException.class)
                    .isThrownBy(() -> use.accept(actor))
                    .satisfies(e -> assertThat(e.anonymous()).isEqualTo(anonymous));
        }
        assertThat(sources.ids()).hasSize(2);
        assertThat(sources.history(TASS_REPORT)).hasSize(1);
        assertThat(sources.find(VINDOBONA_ARTICLE).orElseThrow().state()).isEqualTo(vindobonaArticle());
    }

    /** Stores a claim citing {@code quote} from {@code source}, as a claim asserted earlier would be. */
    private void cite(SourceId source, String quote) {
        ClaimDraft d = russiaRecognizesDonetsk();
        ClaimDraft draft = new ClaimDraft(
                d.subject(),
                d.predicate(),
                d.object(),
                d.validFrom(),
                d.validUntil(),
                d.qualifiers(),
                d.rank(),
                List.of(new Citation(source, quote, List.of(), Modality.STATED)));
        registry.claims().with(Claim.of(new ClaimId(1), draft));
    }

    private static SourceDraft withUrl(String url) {
        SourceDraft d = tassReportDraft();
        return new SourceDraft(d.kind(), d.title(), url, null, null, null, d.language(), null, null);
    }

    private static SourceDraft withPublisher(EntityId publisher) {
        SourceDraft d = tassReportDraft();
        return new SourceDraft(d.kind(), d.title(), null, null, publisher, null, d.language(), null, null);
    }

    private static SourceDraft withText(String text) {
        return withText(tassReportDraft(), text);
    }

    private static SourceDraft withText(SourceDraft d, String text) {
        return new SourceDraft(
                d.kind(),
                d.title(),
                d.url(),
                d.archiveUrl(),
                d.publisher(),
                d.publishedAt(),
                d.language(),
                d.retrievedOn(),
                text);
    }
}
