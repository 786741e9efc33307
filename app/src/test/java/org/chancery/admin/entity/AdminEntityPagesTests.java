package org.chancery.admin.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminClient.body;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.admin.AdminClient;
import org.chancery.admin.AdminTest;
import org.chancery.data.dataset.DatasetImport;
import org.chancery.data.dataset.Progress;
import org.chancery.domain.EntityId;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.AttributionLink;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.entity.Alias;
import org.chancery.domain.entity.EntityCuration;
import org.chancery.domain.entity.EntityDraft;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.source.SourceCuration;
import org.chancery.domain.source.SourceDraft;
import org.chancery.domain.source.SourceKind;
import org.chancery.domain.time.EdtfDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.StringUtils;

/** Entity search and the entity page, on the founding dataset and on entities made for the test. */
@AdminTest
class AdminEntityPagesTests {

    /** The Luhansk People's Republic in the founding dataset. */
    static final String LPR = "E3";

    @Autowired
    DatasetImport datasets;

    @Autowired
    EntityCuration entityCuration;

    @Autowired
    SourceCuration sourceCuration;

    @Autowired
    ClaimCuration claimCuration;

    @Autowired
    AdminClient client;

    Actor olga;

    Cookie session;

    @BeforeEach
    void signIn() {
        olga = client.user("entity-olga", Role.CURATOR);
        session = client.signIn("entity-olga");
    }

    @Test
    void searchFindsAnEntityByAnAliasIgnoringCaseAndAccents() {
        MvcTestResult found = client.get(session, "/admin/entities?q=LUGÁNSK");

        assertThat(found).hasStatusOk();
        assertThat(body(found))
                .contains("href=\"/admin/entities/E3\"", "Luhansk People&#39;s Republic")
                .contains("<title>Entities matching “LUGÁNSK” – Chancery</title>")
                .contains("value=\"LUGÁNSK\"");
    }

    @Test
    void theKindFilterKeepsOnlyThatKind() {
        assertThat(body(client.get(session, "/admin/entities?q=putin&kind=PERSON")))
                .contains("href=\"/admin/entities/E5\"")
                .contains("<option value=\"PERSON\" selected=\"selected\">Person</option>");
        assertThat(body(client.get(session, "/admin/entities?q=putin&kind=POLITY")))
                .doesNotContain("href=\"/admin/entities/E5\"")
                .contains("No entities found");
    }

    @Test
    void theListIsPagedByTheLastIdShown() {
        String first = body(client.get(session, "/admin/entities"));
        Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(first);
        assertThat(next.find()).isTrue();
        assertThat(next.group(1)).isEqualTo("/admin/entities?after=20");

        String second = body(client.get(session, next.group(1).replace("&amp;", "&")));

        assertThat(first).contains("href=\"/admin/entities/E20\"").doesNotContain("href=\"/admin/entities/E21\"");
        assertThat(second)
                .contains("href=\"/admin/entities/E21\"", "href=\"/admin/entities\">First page")
                .doesNotContain("href=\"/admin/entities/E20\"");
    }

    @Test
    void theEntityPageShowsNamesIdsClaimsBothWaysCitationsAndATimeline() {
        MvcTestResult page = client.get(session, "/admin/entities/" + LPR);

        assertThat(page).hasStatusOk();
        assertThat(body(page))
                .contains("<title>Luhansk People&#39;s Republic (E3) – Chancery</title>")
                .contains("<td lang=\"ru\">Луганская Народная Республика</td>", "<code>ru-Latn</code>")
                .contains("Claims about this entity", "Claims pointing to this entity")
                .contains("is recognized by", "href=\"/admin/entities/E1\"", "href=\"/admin/claims/C6\"")
                .contains("Russian President Vladimir Putin recognized the Donetsk and Lugansk People&#39;s Republics")
                .contains("href=\"/admin/sources/S1\"", "Stated", "according to", "href=\"/admin/entities/E13\"")
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

        assertThat(body(client.get(session, "/admin/entities/" + quiet)))
                .doesNotContain("href=\"#mentions\"", "id=\"mentions\"");
        assertThat(body(client.get(session, "/admin/entities/" + LPR))).contains("href=\"#mentions\"");
    }

    @Test
    void aWikidataIdLinksOut() {
        assertThat(body(client.get(session, "/admin/entities/E1")))
                .contains("href=\"https://www.wikidata.org/wiki/Q159\"");
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
            String body = body(client.get(session, uri));
            assertThat(body).as(uri).doesNotContain("<script>alert", "<b>alias", "<img src=x", "<i>someone");
        }
        assertThat(body(client.get(session, "/admin/entities/" + evil)))
                .contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; Republic")
                .contains("&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;", "&lt;i&gt;someone&lt;/i&gt;");
    }

    @Test
    void anEntityPageLoadsInTheSameStatementsWhateverItsNumberOfClaims() {
        datasets.importFile(entityWithClaims(951, 5), Actor.SYSTEM, Progress.NONE);
        datasets.importFile(entityWithClaims(952, 200), Actor.SYSTEM, Progress.NONE);
        client.get(session, "/admin/entities/E951");

        int few = client.statementsFor(session, "/admin/entities/E951");
        int many = client.statementsFor(session, "/admin/entities/E952");

        // 4 of them are the session's and the account's, 8 the page's own
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(12);
        String page = body(client.get(session, "/admin/entities/E952"));
        assertThat(claimsListed(page))
                .as("three groups, each showing its first claims")
                .isEqualTo(3 * EntityPageAssembler.SHOWN);
        assertThat(page)
                .contains("100 claims", "href=\"/admin/entities/E952/outgoing?predicate=recognizes\"")
                .contains("All 100 claims: recognizes", "The timeline draws the claims this page shows");
    }

    @Test
    void aGroupsOwnPageListsAllItsClaimsAPageAtATimeInTheSameStatements() {
        // ids far above those the tests' new entities take, so that no other test adds to these
        datasets.importFile(entityWithClaims(97001, 8), Actor.SYSTEM, Progress.NONE);
        datasets.importFile(entityWithClaims(97002, 200), Actor.SYSTEM, Progress.NONE);
        client.get(session, "/admin/entities/E97001/outgoing?predicate=recognizes");

        int few = client.statementsFor(session, "/admin/entities/E97001/outgoing?predicate=recognizes");
        int many = client.statementsFor(session, "/admin/entities/E97002/outgoing?predicate=recognizes");

        // 4 of them are the session's and the account's, 5 the page's own
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(9);
        Set<String> listed = new TreeSet<>();
        String uri = "/admin/entities/E97002/outgoing?predicate=recognizes";
        for (int pages = 1; ; pages++) {
            String page = body(client.get(session, uri));
            assertThat(page).contains("Test polity 97002: recognizes", "100 claims");
            Matcher ids = Pattern.compile("class=\"claim__id\" href=\"/admin/claims/(C\\d+)\"")
                    .matcher(page);
            while (ids.find()) {
                listed.add(ids.group(1));
            }
            Matcher next = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"").matcher(page);
            if (!next.find()) {
                assertThat(pages).isEqualTo(100 / EntityPageAssembler.PAGE);
                break;
            }
            uri = next.group(1).replace("&amp;", "&");
        }
        assertThat(listed).hasSize(100).contains("C97002000", "C97002001", "C97002196", "C97002197");
        assertThat(client.get(session, "/admin/entities/E97002/outgoing?predicate=no_such"))
                .hasStatus(404);
    }

    private static int claimsListed(String page) {
        return StringUtils.countOccurrencesOf(page, "<li class=\"claim\"");
    }

    /**
     * A dataset of one new polity with {@code claims} claims of many shapes: entity, text and date
     * objects, partial and open dates, qualifiers, attribution chains, citations of the founding article.
     */
    private static Resource entityWithClaims(int id, int claims) {
        StringBuilder file = new StringBuilder();
        file.append("{\"type\":\"entity\",\"id\":\"E%d\",\"kind\":\"POLITY\",\"name\":\"Test polity %d\"}\n"
                .formatted(id, id));
        for (int i = 0; i < claims; i++) {
            String claim = switch (i % 4) {
                case 0 ->
                    "\"predicate\":\"recognizes\",\"object\":{\"entity\":\"E1\"},\"validFrom\":\"2022-0%d\""
                            .formatted(1 + i % 9);
                case 1 ->
                    "\"predicate\":\"recognizes\",\"object\":{\"entity\":\"E2\"},\"validFrom\":\"[..2022-05-06]\","
                            + "\"validUntil\":\"[2022-05-06..]\"";
                case 2 -> "\"predicate\":\"inception\",\"object\":{\"date\":\"2014\"}";
                default ->
                    "\"predicate\":\"diplomatic_relations_with\",\"object\":{\"entity\":\"E4\"},"
                            + "\"validFrom\":\"2013\",\"validUntil\":\"2014-03\"";
            };
            file.append(("{\"type\":\"claim\",\"id\":\"C%d\",\"subject\":\"E%d\",%s,"
                            + "\"qualifiers\":[{\"predicate\":\"level\",\"value\":{\"text\":\"embassy\"}}],\"rank\":\"NORMAL\","
                            + "\"citations\":[{\"source\":\"S1\",\"quote\":\"Russia\",\"attribution\":[{\"entity\":\"E13\"},"
                            + "{\"entity\":\"E14\"},{\"text\":\"an official\"}],\"modality\":\"ATTRIBUTED\"}]}\n")
                    .formatted(id * 1000 + i, id, claim));
        }
        return new ByteArrayResource(file.toString().getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "entity-" + id + ".ndjson";
            }
        };
    }
}
