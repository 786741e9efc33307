package org.chancery.admin.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminPages.body;

import java.util.List;
import org.chancery.admin.AdminPages;
import org.chancery.admin.AdminSliceTest;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.Fixtures;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.AttributionLink;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.entity.EntityCuration;
import org.chancery.domain.entity.EntityDraft;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.security.Actor;
import org.chancery.domain.source.SourceCuration;
import org.chancery.domain.source.SourceDraft;
import org.chancery.domain.source.SourceKind;
import org.chancery.domain.time.EdtfDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.StringUtils;

/** The list of sources and the source page with its text, each cited quote marked and linked. */
@AdminSliceTest
class AdminSourcePagesTests {

    @Autowired
    SourceCuration sources;

    @Autowired
    ClaimCuration claims;

    @Autowired
    AdminPages pages;

    @Autowired
    EntityCuration entities;

    final Actor olga = Fixtures.curator();

    @Test
    void theListShowsAndSearchesSourcesByTitle() {
        assertThat(body(pages.get("/admin/sources")))
                .contains("href=\"/admin/sources/S1\"", "News article", "href=\"/admin/entities/E4\">Vindobona");
        assertThat(body(pages.get("/admin/sources?q=kremlin building")))
                .contains("href=\"/admin/sources/S1\"", "One source found");
        assertThat(body(pages.get("/admin/sources?q=no such title"))).contains("No sources found");
    }

    @Test
    void theArticleShowsItsMetadataAndItsTextWithEveryCitedQuoteMarked() {
        ClaimId claim = claims.assertClaim(olga, Fixtures.russiaRecognizesDonetsk())
                .state()
                .id();

        MvcTestResult page = pages.get("/admin/sources/S1");

        assertThat(page).hasStatusOk();
        assertThat(body(page))
                .contains("href=\"https://www.vindobona.org/article/", "rel=\"external noopener noreferrer\"")
                .contains("6 May 2022 20:43 +02:00", "<code>en</code>", "7 May 2022")
                .contains("<div class=\"source-text\" lang=\"en\">")
                .contains("<a class=\"quote-ref\" id=\"quote-" + claim + "\" href=\"/admin/claims/" + claim
                        + "\" aria-label=\"Claim " + claim + ",")
                .contains("<mark>Vladimir Putin recognized the Donetsk and Lugansk People&#39;s"
                        + " Republics on February 21</mark>")
                .contains("Claims citing this source")
                .doesNotContain("Quotes not found in the text");
    }

    @Test
    void aSourceTextAndQuoteHoldingMarkupShowAsText() {
        String text = "First paragraph.\n\nThe minister said: <b>we recognize them</b> & more.\n";
        SourceId source = sources.create(
                        olga,
                        new SourceDraft(
                                SourceKind.PRESS_RELEASE,
                                "Release <i>one</i>",
                                "https://press.example/one",
                                null,
                                Fixtures.VINDOBONA,
                                null,
                                "en",
                                null,
                                text))
                .state()
                .id();
        ClaimId claim = recognizes(
                Fixtures.LUHANSK,
                new Citation(
                        source,
                        "<b>we recognize them</b>",
                        List.of(AttributionLink.of(Fixtures.VINDOBONA)),
                        Modality.ATTRIBUTED));

        String page = body(pages.get("/admin/sources/" + source));

        assertThat(page)
                .contains("<p>First paragraph.</p>")
                .contains("<mark>&lt;b&gt;we recognize them&lt;/b&gt;</mark><sup class=\"quote-refs\">")
                .contains("href=\"/admin/claims/" + claim + "\"")
                .contains(" &amp; more.</p>", "Release &lt;i&gt;one&lt;/i&gt;")
                .doesNotContain("<b>we", "<i>one");
    }

    @Test
    void aSourceCitedOftenMarksEveryQuoteAndListsItsClaimsAPageAtATime() {
        SourceId many = cited(120);

        String first = body(pages.get("/admin/sources/" + many));
        assertThat(StringUtils.countOccurrencesOf(first, "<a class=\"quote-ref\""))
                .as("every quote marked")
                .isEqualTo(120);
        assertThat(StringUtils.countOccurrencesOf(first, "<li class=\"claim\""))
                .as("claims listed")
                .isEqualTo(50);
        assertThat(first).contains("120 claims");
        int shown = 1;
        for (String page = first; page.contains("rel=\"next\""); shown++) {
            String next = page.replaceAll("(?s).*rel=\"next\" href=\"([^\"]+)\".*", "$1")
                    .replace("&amp;", "&");
            assertThat(next).endsWith("#claims");
            page = body(pages.get(next.substring(0, next.indexOf('#'))));
            assertThat(StringUtils.countOccurrencesOf(page, "<li class=\"claim\""))
                    .isEqualTo(shown < 2 ? 50 : 20);
        }
        assertThat(shown).isEqualTo(3);
    }

    /** A source whose text has {@code sentences} sentences, each cited by a claim of its own. */
    private SourceId cited(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append("Sentence number ").append(i).append(" of the dispatch. ");
        }
        SourceId source = sources.create(
                        olga,
                        new SourceDraft(
                                SourceKind.WIRE_REPORT,
                                "Dispatch " + sentences,
                                null,
                                null,
                                null,
                                null,
                                "en",
                                null,
                                text.toString()))
                .state()
                .id();
        // claims of an entity of their own, so that no other page of the registry grows with them
        EntityId recognized = entities.create(
                        olga, new EntityDraft(EntityKind.POLITY, "Recognized " + sentences, List.of(), null, List.of()))
                .state()
                .id();
        for (int i = 0; i < sentences; i++) {
            // each in a year of its own: the registry refuses a claim that states what another states
            recognizes(
                    recognized,
                    EdtfDate.parse(String.valueOf(1800 + i)),
                    new Citation(source, "Sentence number " + i + " of the dispatch.", List.of(), Modality.STATED));
        }
        return source;
    }

    /** Asserts that Russia recognizes {@code recognized}, resting on {@code citation}. */
    private ClaimId recognizes(EntityId recognized, Citation citation) {
        return recognizes(recognized, null, citation);
    }

    /** Asserts that Russia recognizes {@code recognized} from {@code from}, resting on {@code citation}. */
    private ClaimId recognizes(EntityId recognized, @Nullable EdtfDate from, Citation citation) {
        return claims.assertClaim(
                        olga,
                        new ClaimDraft(
                                Fixtures.RUSSIA,
                                "recognizes",
                                ClaimValue.entity(recognized),
                                from,
                                null,
                                List.of(),
                                Rank.NORMAL,
                                List.of(citation)))
                .state()
                .id();
    }
}
