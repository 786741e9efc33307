package org.chancery.admin.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminPages.body;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.chancery.domain.claim.Qualifier;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.entity.Alias;
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

/** Entity search and the entity page, on the fixtures and on entities and claims made for the test. */
@AdminSliceTest
class AdminEntityPagesTests {

    /** The Luhansk People's Republic. */
    static final String LPR = Fixtures.LUHANSK.toString();

    @Autowired
    EntityCuration entityCuration;

    @Autowired
    SourceCuration sourceCuration;

    @Autowired
    ClaimCuration claimCuration;

    @Autowired
    AdminPages pages;

    final Actor olga = Fixtures.curator();

    @Test
    void searchFindsAnEntityByAnAliasIgnoringCaseAndAccents() {
        MvcTestResult found = pages.get("/admin/entities?q=LUGÁNSK");

        assertThat(found).hasStatusOk();
        assertThat(body(found))
                .contains("href=\"/admin/entities/E3\"", "Luhansk People&#39;s Republic")
                .contains("<title>Entities matching “LUGÁNSK” – Chancery</title>")
                .contains("value=\"LUGÁNSK\"");
    }

    @Test
    void theKindFilterKeepsOnlyThatKind() {
        assertThat(body(pages.get("/admin/entities?q=pushilin&kind=PERSON")))
                .contains("href=\"/admin/entities/E5\"")
                .contains("<option value=\"PERSON\" selected=\"selected\">Person</option>");
        assertThat(body(pages.get("/admin/entities?q=pushilin&kind=POLITY")))
                .doesNotContain("href=\"/admin/entities/E5\"")
                .contains("No entities found");
    }

    @Test
    void searchShowsTheExactNameFirstAndPagesByRankThenId() {
        for (int i = 1; i <= 20; i++) {
            polity("Rankland Province " + i);
        }
        polity("Rankland");
        String first = body(pages.get("/admin/entities?q=rankland"));
        Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(first);
        assertThat(next.find()).isTrue();

        assertThat(first.indexOf(">Rankland<"))
                .as("the exact name before the names it starts")
                .isPositive()
                .isLessThan(first.indexOf(">Rankland Province 1<"));
        assertThat(next.group(1)).contains("q=rankland", "rank=1");
        String second = body(pages.get(next.group(1).replace("&amp;", "&")));
        assertThat(second).contains(">Rankland Province 20<").doesNotContain(">Rankland<");
    }

    @Test
    void theListIsPagedByTheLastIdShown() {
        for (int i = 1; i <= 20; i++) {
            polity("Polity " + i);
        }
        String first = body(pages.get("/admin/entities"));
        Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(first);
        assertThat(next.find()).isTrue();
        assertThat(next.group(1)).isEqualTo("/admin/entities?after=20");

        String second = body(pages.get(next.group(1).replace("&amp;", "&")));

        assertThat(first).contains("href=\"/admin/entities/E20\"").doesNotContain("href=\"/admin/entities/E21\"");
        assertThat(second)
                .contains("href=\"/admin/entities/E21\"", "href=\"/admin/entities\">First page")
                .doesNotContain("href=\"/admin/entities/E20\"");
    }

    @Test
    void theEntityPageShowsNamesIdsClaimsBothWaysCitationsAndATimeline() {
        ClaimId recognized = claimCuration
                .assertClaim(olga, draft(Fixtures.russiaRecognizesLuhansk(), "2022-02-21", "[2022-05-06..]"))
                .state()
                .id();
        claimCuration.assertClaim(olga, draft(luhanskRecognizesDonetsk(), "[..2022-05-06]", null));

        MvcTestResult page = pages.get("/admin/entities/" + LPR);

        assertThat(page).hasStatusOk();
        assertThat(body(page))
                .contains("<title>Luhansk People&#39;s Republic (E3) – Chancery</title>")
                .contains("<td lang=\"ru\">Луганская Народная Республика</td>", "<code>ru</code>")
                .contains("Claims about this entity", "Claims pointing to this entity")
                .contains(
                        "is recognized by", "href=\"/admin/entities/E1\"", "href=\"/admin/claims/" + recognized + "\"")
                .contains("Vladimir Putin recognized the Donetsk and Lugansk People&#39;s Republics")
                .contains("href=\"/admin/sources/S1\"", "Stated", "according to", "href=\"/admin/entities/E4\"")
                .contains("began on 21 February 2022, ended on or after 6 May 2022")
                .contains("<svg class=\"timeline\"", "<title id=\"timeline-title\">", "<desc id=\"timeline-desc\">")
                .contains("segment-fuzzy-start", "class=\"timeline__open\"")
                .contains("The timeline as text", "History");
    }

    @Test
    void anEntityNamedInNoOtherClaimHasNoMentionsSectionNorLinkToOne() {
        EntityId quiet = entityCuration
                .create(olga, new EntityDraft(EntityKind.GROUP, "Quiet observers", List.of(), null, List.of()))
                .state()
                .id();
        // the LPR named in an attribution only
        claimCuration.assertClaim(
                olga,
                new ClaimDraft(
                        Fixtures.RUSSIA,
                        "recognizes",
                        ClaimValue.entity(Fixtures.DONETSK),
                        null,
                        null,
                        List.of(),
                        Rank.NORMAL,
                        List.of(new Citation(
                                Fixtures.TASS_REPORT,
                                "recognition",
                                List.of(AttributionLink.of(Fixtures.LUHANSK)),
                                Modality.ATTRIBUTED))));

        assertThat(body(pages.get("/admin/entities/" + quiet))).doesNotContain("href=\"#mentions\"", "id=\"mentions\"");
        assertThat(body(pages.get("/admin/entities/" + LPR))).contains("href=\"#mentions\"");
    }

    @Test
    void aWikidataIdLinksOut() {
        assertThat(body(pages.get("/admin/entities/E1"))).contains("href=\"https://www.wikidata.org/wiki/Q159\"");
    }

    @Test
    void namesQuotesAndTitlesHoldingMarkupShowAsText() {
        EntityId evil = entityCuration
                .create(
                        olga,
                        new EntityDraft(
                                EntityKind.POLITY,
                                "<script>alert('name')</script> Republic",
                                List.of(new Alias("<b>alias</b>", "en")),
                                "<img src=x onerror=alert(1)>",
                                List.of()))
                .state()
                .id();
        SourceId source = sourceCuration
                .create(
                        olga,
                        new SourceDraft(
                                SourceKind.WEB_PAGE,
                                "<script>alert('title')</script>",
                                null,
                                null,
                                null,
                                null,
                                "en",
                                null,
                                null))
                .state()
                .id();
        claimCuration.assertClaim(
                olga,
                new ClaimDraft(
                        evil,
                        "recognizes",
                        ClaimValue.entity(EntityId.parse("E1")),
                        EdtfDate.parse("2020"),
                        null,
                        List.of(),
                        Rank.NORMAL,
                        List.of(new Citation(
                                source,
                                "<script>alert('quote')</script>",
                                List.of(AttributionLink.of("<i>someone</i>")),
                                Modality.ATTRIBUTED))));

        for (String uri :
                List.of("/admin/entities/" + evil, "/admin/entities?q=republic&kind=POLITY", "/admin/entities/E1")) {
            String body = body(pages.get(uri));
            assertThat(body).as(uri).doesNotContain("<script>alert", "<b>alias", "<img src=x", "<i>someone");
        }
        assertThat(body(pages.get("/admin/entities/" + evil)))
                .contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; Republic")
                .contains("&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;", "&lt;i&gt;someone&lt;/i&gt;");
    }

    @Test
    void anEntityPageShowsTheFirstClaimsOfEachGroupAndLinksToAllOfThem() {
        EntityId many = entityWithClaims("Test polity", 200);

        String page = body(pages.get("/admin/entities/" + many));

        assertThat(claimsListed(page))
                .as("three groups, each showing its first claims")
                .isEqualTo(3 * EntityPageAssembler.SHOWN);
        assertThat(page)
                .contains("100 claims", "href=\"/admin/entities/" + many + "/outgoing?predicate=recognizes\"")
                .contains("All 100 claims: recognizes", "The timeline draws the claims this page shows");
    }

    @Test
    void aGroupsOwnPageListsAllItsClaimsAPageAtATime() {
        EntityId many = entityWithClaims("Test polity", 200);
        Set<String> listed = new TreeSet<>();
        String uri = "/admin/entities/" + many + "/outgoing?predicate=recognizes";
        for (int shown = 1; ; shown++) {
            String page = body(pages.get(uri));
            assertThat(page).contains("Test polity: recognizes", "100 claims");
            Matcher ids = Pattern.compile("class=\"claim__id\" href=\"/admin/claims/(C\\d+)\"")
                    .matcher(page);
            while (ids.find()) {
                listed.add(ids.group(1));
            }
            Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(page);
            if (!next.find()) {
                assertThat(shown).isEqualTo(100 / EntityPageAssembler.PAGE);
                break;
            }
            uri = next.group(1).replace("&amp;", "&");
        }
        assertThat(listed).hasSize(100).contains("C1", "C2", "C197", "C198");
        assertThat(pages.get("/admin/entities/" + many + "/outgoing?predicate=no_such"))
                .hasStatus(404);
    }

    private static int claimsListed(String page) {
        return StringUtils.countOccurrencesOf(page, "<li class=\"claim\"");
    }

    /**
     * A new polity, named {@code name}, with {@code claims} claims of many shapes: two groups of entity
     * objects and one with a text detail, partial and open dates, attribution chains, citations of the
     * article. Each claim starts in a year of its own: the registry refuses a claim that states what another
     * states.
     */
    private EntityId entityWithClaims(String name, int claims) {
        EntityId subject = polity(name);
        for (int i = 0; i < claims; i++) {
            String from = String.valueOf(1700 + i);
            ClaimDraft claim = switch (i % 4) {
                case 0 -> claim(subject, "recognizes", Fixtures.RUSSIA, from, null, List.of());
                case 1 ->
                    claim(subject, "recognizes", Fixtures.DONETSK, "[.." + from + "]", "[" + from + "..]", List.of());
                case 2 ->
                    claim(
                            subject,
                            "head_of",
                            Fixtures.VINDOBONA,
                            from,
                            null,
                            List.of(new Qualifier("role", ClaimValue.text("chair"))));
                default ->
                    claim(subject, "diplomatic_relations_with", Fixtures.LUHANSK, from, (1701 + i) + "-03", List.of());
            };
            claimCuration.assertClaim(olga, claim);
        }
        return subject;
    }

    private static ClaimDraft claim(
            EntityId subject,
            String predicate,
            EntityId object,
            String from,
            @Nullable String until,
            List<Qualifier> qualifiers) {
        return new ClaimDraft(
                subject,
                predicate,
                ClaimValue.entity(object),
                EdtfDate.parse(from),
                until == null ? null : EdtfDate.parse(until),
                qualifiers,
                Rank.NORMAL,
                List.of(new Citation(
                        Fixtures.VINDOBONA_ARTICLE,
                        "Russia",
                        List.of(
                                AttributionLink.of(Fixtures.PUSHILIN),
                                AttributionLink.of(Fixtures.VINDOBONA),
                                AttributionLink.of("an official")),
                        Modality.ATTRIBUTED)));
    }

    /** The Luhansk People's Republic recognizes the Donetsk People's Republic, citing the article. */
    private static ClaimDraft luhanskRecognizesDonetsk() {
        return new ClaimDraft(
                Fixtures.LUHANSK,
                "recognizes",
                ClaimValue.entity(Fixtures.DONETSK),
                null,
                null,
                List.of(),
                Rank.NORMAL,
                List.of(Fixtures.recognitionCitation()));
    }

    /** {@code draft} valid from {@code from} until {@code until}. */
    private static ClaimDraft draft(ClaimDraft draft, String from, @Nullable String until) {
        return new ClaimDraft(
                draft.subject(),
                draft.predicate(),
                draft.object(),
                EdtfDate.parse(from),
                until == null ? null : EdtfDate.parse(until),
                draft.qualifiers(),
                draft.rank(),
                draft.citations());
    }

    private EntityId polity(String name) {
        return entityCuration
                .create(olga, new EntityDraft(EntityKind.POLITY, name, List.of(), null, List.of()))
                .state()
                .id();
    }
}
