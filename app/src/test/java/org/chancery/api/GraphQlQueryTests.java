package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.api.GraphQlErrors.only;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.chancery.app.ChanceryApplication;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Every query of the schema as a front end asks it, anonymously, over the founding dataset and over
 * entities, sources and claims each test makes for itself.
 */
@SpringBootTest(classes = ChanceryApplication.class)
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class GraphQlQueryTests {

    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

    /** Entities, a source and claims of the founding dataset (see docs/founding-dataset.md). */
    static final String RUSSIA = "E1";

    static final String DPR = "E2";
    static final String LPR = "E3";
    static final String UKRAINE = "E4";
    static final String PUTIN = "E5";
    static final String PERESADA = "E10";
    static final String LAVROV = "E12";
    static final String VINDOBONA = "E13";
    static final String PRESIDENT_OF_RUSSIA = "E20";
    static final String ARTICLE = "S1";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    AccountAdministration accounts;

    ApiUsers users;
    Curator curator;

    @BeforeEach
    void curator() {
        users = new ApiUsers(graphQl, accounts);
        curator = new Curator(users.as("quentin", Role.CURATOR));
    }

    @Test
    void nodeResolvesAnEntityASourceAndAClaimByTheirIds() {
        node(RUSSIA).path("node.__typename").entity(String.class).isEqualTo("Entity");
        node(RUSSIA).path("node.name").entity(String.class).isEqualTo("Russia");
        node(ARTICLE).path("node.__typename").entity(String.class).isEqualTo("Source");
        node(ARTICLE)
                .path("node.title")
                .entity(String.class)
                .satisfies(t -> assertThat(t).startsWith("The Kremlin Building Up Diplomatic Ties"));
        GraphQlTester.Response claim = node("C6");
        claim.path("node.__typename").entity(String.class).isEqualTo("Claim");
        claim.path("node.subject.id").entity(String.class).isEqualTo(RUSSIA);
        claim.path("node.predicate.key").entity(String.class).isEqualTo("recognizes");
    }

    @Test
    void aMalformedNodeIdIsABadRequestNamingTheId() {
        for (String id : List.of("X1", "E", "C1x", "S-1", "")) {
            graphQl.documentName("node").variable("id", id).execute().errors().satisfy(only("BAD_REQUEST", "id"));
        }
    }

    @Test
    void aNodeIdOfNothingIsNotFound() {
        graphQl.documentName("node")
                .variable("id", "C999999")
                .execute()
                .errors()
                .satisfy(only("NOT_FOUND")
                        .andThen(errors ->
                                assertThat(errors.get(0).getExtensions()).containsEntry("id", "C999999")));
    }

    @Test
    void aMergedAwayIdResolvesToTheSurvivorWhichListsIt() {
        String survivor = curator.entity("GROUP", "Observers of the war");
        String merged = curator.entity("GROUP", "Many observers of the war");
        curator.graphQl()
                .documentName("mergeEntities")
                .variable("input", Map.of("survivor", survivor, "merged", merged, "expectedRevision", 1))
                .execute()
                .path("mergeEntities.merged.mergedInto.id")
                .entity(String.class)
                .isEqualTo(survivor);

        GraphQlTester.Response entity = entity(merged);
        entity.path("entity.id").entity(String.class).isEqualTo(survivor);
        entity.path("entity.name").entity(String.class).isEqualTo("Observers of the war");
        entity.path("entity.mergedIds").entityList(String.class).containsExactly(merged);
        entity.path("entity.mergedInto").valueIsNull();
        entity(survivor).path("entity.mergedIds").entityList(String.class).containsExactly(merged);
        entity(RUSSIA).path("entity.mergedIds").entityList(String.class).hasSize(0);
    }

    @Test
    void anEntitysHistoryHoldsEveryRevisionWithItsState() {
        String id = curator.polity("Republic of Testing");
        curator.graphQl()
                .documentName("updateEntity")
                .variable(
                        "input",
                        Map.of(
                                "id", id,
                                "expectedRevision", 1,
                                "reason", "The name in the source",
                                "kind", "POLITY",
                                "name", "Testing Republic"))
                .execute()
                .path("updateEntity.entity.revision")
                .entity(Integer.class)
                .isEqualTo(2);

        List<Map<String, Object>> history =
                entity(id).path("entity.history").entity(LIST).get();
        assertThat(history).extracting(r -> r.get("number")).containsExactly(1, 2);
        assertThat(history).extracting(r -> r.get("action")).containsExactly("CREATE", "CORRECT");
        assertThat(history).extracting(r -> r.get("author")).containsOnly("quentin");
        assertThat(history.get(1)).containsEntry("summary", "The name in the source");
        assertThat(state(history.get(0))).containsEntry("id", id).containsEntry("name", "Republic of Testing");
        assertThat(state(history.get(1))).containsEntry("kind", "POLITY").containsEntry("name", "Testing Republic");
    }

    @Test
    void entitiesAreOnlyOfTheKindsAskedFor() {
        List<Map<String, Object>> people = entities(Map.of("kinds", List.of("PERSON")));
        assertThat(people).extracting(e -> e.get("kind")).containsOnly("PERSON");
        assertThat(people).extracting(e -> e.get("id")).contains(PUTIN, LAVROV).doesNotContain(PRESIDENT_OF_RUSSIA);

        List<Map<String, Object>> peopleAndOffices = entities(Map.of("kinds", List.of("PERSON", "POSITION")));
        assertThat(peopleAndOffices).extracting(e -> e.get("kind")).containsOnly("PERSON", "POSITION");
        assertThat(peopleAndOffices).extracting(e -> e.get("id")).contains(PUTIN, PRESIDENT_OF_RUSSIA);

        List<Map<String, Object>> polities = entities(Map.of("search", "luhansk", "kinds", List.of("POLITY")));
        assertThat(polities).extracting(e -> e.get("id")).containsExactly(LPR);
    }

    @Test
    void aClaimStatedByOneCitationAndDeniedByAnotherIsContestedAndFilteredSo() {
        String polity = curator.polity("Contested Republic");
        Map<String, Object> input = Curator.claim(polity, "recognizes", LPR);
        Map<String, Object> denial = new HashMap<>(Curator.citation(
                ARTICLE, "The Donetsk People's Republic and Luhansk People's Republic formed in 2014"));
        denial.put("modality", "DENIED");
        input.put("citations", List.of(Curator.citation(ARTICLE, Curator.RECOGNITION_QUOTE), denial));
        String contested = curator.claim(input);
        String plain = curator.claim(Curator.claim(polity, "recognizes", DPR));

        assertThat(ids(Map.of("subject", polity, "contested", true))).containsExactly(contested);
        assertThat(ids(Map.of("subject", polity, "contested", false))).containsExactly(plain);
        assertThat(ids(Map.of("subject", polity))).containsExactlyInAnyOrder(contested, plain);
        graphQl.document("query($id: ID!) { claim(id: $id) { contested } }")
                .variable("id", contested)
                .execute()
                .path("claim.contested")
                .entity(Boolean.class)
                .isEqualTo(true);
    }

    @Test
    void searchPutsTheExactNameFirstAndItsCursorsCarryTheRank() {
        List<String> all = entities(Map.of("search", "russia")).stream()
                .map(e -> (String) e.get("name"))
                .toList();
        assertThat(all).first().isEqualTo("Russia");

        List<String> walked = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            GraphQlTester.Response page = graphQl.documentName("searchEntities")
                    .variable("search", "russia")
                    .variable("first", 2)
                    .variable("after", after)
                    .execute();
            walked.addAll(page.path("entities.edges[*].node.name")
                    .entityList(String.class)
                    .get());
            after = page.path("entities.pageInfo.endCursor")
                    .entity(String.class)
                    .get();
            more = page.path("entities.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
        }
        assertThat(walked).as("two at a time, as on one page").isEqualTo(all);
    }

    @Test
    void aClaimRevisionIsAPermalinkAndKnownAtGivesTheStateOfThatMoment() {
        String polity = curator.polity("Permalink Republic");
        String claim = curator.claim(Curator.claim(polity, "recognizes", LPR));
        String recorded = graphQl.documentName("claimHistory")
                .variable("id", claim)
                .execute()
                .path("claim.history[0].recordedAt")
                .entity(String.class)
                .get();
        Map<String, Object> corrected = Curator.claim(polity, "recognizes", LPR);
        corrected.put("validFrom", "2022-02-22");
        curator.graphQl()
                .documentName("correctClaim")
                .variable("input", Curator.correction(claim, 1, corrected, "The decree took effect a day later"))
                .execute()
                .path("correctClaim.claim.revision")
                .entity(Integer.class)
                .isEqualTo(2);

        GraphQlTester.Response first = claim(claim, 1, null);
        first.path("claim.revision").entity(Integer.class).isEqualTo(1);
        first.path("claim.validFrom.edtf").entity(String.class).isEqualTo("2022-02-21");
        GraphQlTester.Response then = claim(claim, null, recorded);
        then.path("claim.revision").entity(Integer.class).isEqualTo(1);
        then.path("claim.validFrom.edtf").entity(String.class).isEqualTo("2022-02-21");
        GraphQlTester.Response now = claim(claim, null, null);
        now.path("claim.revision").entity(Integer.class).isEqualTo(2);
        now.path("claim.validFrom.edtf").entity(String.class).isEqualTo("2022-02-22");
        now.path("claim.validFrom.earliest").entity(String.class).isEqualTo("2022-02-22");
        now.path("claim.validFrom.precision").entity(String.class).isEqualTo("DAY");

        graphQl.documentName("claim")
                .variable("id", claim)
                .variable("revision", 3)
                .execute()
                .errors()
                .satisfy(only("NOT_FOUND"));
    }

    @Test
    void askingForARevisionAndAMomentAtOnceIsABadRequest() {
        graphQl.documentName("claim")
                .variable("id", "C6")
                .variable("revision", 1)
                .variable("knownAt", "2026-01-01T00:00:00Z")
                .execute()
                .errors()
                .satisfy(only("BAD_REQUEST", "revision"));
    }

    @Test
    void claimsAboutASubjectPointingToAnObjectOrInvolvingAnEntity() {
        List<Map<String, Object>> about = claims(Map.of("subject", LAVROV));
        assertThat(about).extracting(GraphQlQueryTests::subject).containsOnly(LAVROV);
        assertThat(about).extracting(GraphQlQueryTests::id).contains("C38").doesNotContain("C39", "C40");

        List<Map<String, Object>> pointing = claims(Map.of("object", LAVROV));
        assertThat(pointing).extracting(GraphQlQueryTests::object).containsOnly(LAVROV);
        assertThat(pointing)
                .extracting(GraphQlQueryTests::id)
                .contains("C39", "C40")
                .doesNotContain("C38");

        List<Map<String, Object>> involving = claims(Map.of("involving", LAVROV));
        assertThat(involving)
                .allSatisfy(c -> assertThat(List.of(subject(c), String.valueOf(object(c))))
                        .contains(LAVROV));
        assertThat(involving).extracting(GraphQlQueryTests::id).contains("C38", "C39", "C40");
    }

    @Test
    void claimsStateOneOfThePredicatesAskedFor() {
        List<Map<String, Object>> found = claims(Map.of("predicates", List.of("spoke_with", "envoy_to")));
        assertThat(found).extracting(GraphQlQueryTests::predicate).containsOnly("spoke_with", "envoy_to");
        assertThat(found).extracting(GraphQlQueryTests::id).contains("C19", "C24", "C39", "C40");
    }

    @Test
    void validAtADayAMonthOrAYearSaysHowSurelyEachClaimHeld() {
        // C39: Peresada spoke with Lavrov on 2022-02-25, that day only
        Map<String, Object> talks = Map.of("subject", PERESADA, "predicates", List.of("spoke_with"));
        assertThat(certainties(talks, "2022-02-25")).containsEntry("C39", "CERTAIN");
        assertThat(certainties(talks, "2022-02")).containsEntry("C39", "POSSIBLE");
        assertThat(certainties(talks, "2022")).containsEntry("C39", "POSSIBLE");
        assertThat(certainties(talks, "2022-02-24")).doesNotContainKey("C39");
        assertThat(certainties(talks, "2022-02-26")).doesNotContainKey("C39");

        // C3: Russia invades Ukraine from some day of 2022-02 to some day on or after 2022-05-06
        Map<String, Object> invasion = Map.of("subject", RUSSIA, "object", UKRAINE, "predicates", List.of("invades"));
        assertThat(certainties(invasion, "2022-03")).containsEntry("C3", "CERTAIN");
        assertThat(certainties(invasion, "2022-05-06")).containsEntry("C3", "CERTAIN");
        assertThat(certainties(invasion, "2022-02-15")).containsEntry("C3", "POSSIBLE");
        assertThat(certainties(invasion, "2022")).containsEntry("C3", "POSSIBLE");
        assertThat(certainties(invasion, "2030")).containsEntry("C3", "POSSIBLE");
        assertThat(certainties(invasion, "2021")).doesNotContainKey("C3");
        assertThat(certainties(invasion, "2022-01-31")).doesNotContainKey("C3");
    }

    @Test
    void validAtAnOpenSpanMatchesUpToItsLastOrFromItsFirstDay() {
        // C6: Russia recognizes the LPR from 2022-02-21 to some day on or after 2022-05-06
        Map<String, Object> recognition = Map.of("subject", RUSSIA, "object", LPR, "predicates", List.of("recognizes"));
        assertThat(certainties(recognition, "[..2022-02-20]")).doesNotContainKey("C6");
        assertThat(certainties(recognition, "[..2022-02-21]")).containsEntry("C6", "POSSIBLE");
        assertThat(certainties(recognition, "[2022-05-07..]")).containsEntry("C6", "POSSIBLE");
        assertThat(certainties(recognition, "[2022-02-22..2022-05-06]")).containsEntry("C6", "CERTAIN");
        assertThat(certainties(recognition, "[2022-02-20..2022-05-06]")).containsEntry("C6", "POSSIBLE");

        // C39: a talk on 2022-02-25 only
        Map<String, Object> talks = Map.of("subject", PERESADA, "predicates", List.of("spoke_with"));
        assertThat(certainties(talks, "[2022-02-25..]")).containsEntry("C39", "POSSIBLE");
        assertThat(certainties(talks, "[2022-02-26..]")).doesNotContainKey("C39");
        assertThat(certainties(talks, "[..2022-02-24]")).doesNotContainKey("C39");

        // C2: the LPR's inception, a claim without valid time, holds on every day there is
        Map<String, Object> inception = Map.of("subject", LPR, "predicates", List.of("inception"));
        assertThat(certainties(inception, "[..2022-02-20]")).containsEntry("C2", "CERTAIN");
        assertThat(certainties(inception, "[2022-05-07..]")).containsEntry("C2", "CERTAIN");

        // a recognition from 2022-02-21 that still holds
        String polity = curator.polity("Open-ended Republic");
        String still = curator.claim(Curator.claim(polity, "recognizes", LPR));
        Map<String, Object> mine = Map.of("subject", polity);
        assertThat(certainties(mine, "[2022-02-21..]")).containsExactly(Map.entry(still, "CERTAIN"));
        assertThat(certainties(mine, "[2022-03-01..]")).containsExactly(Map.entry(still, "CERTAIN"));
        assertThat(certainties(mine, "[2022-02-20..]")).containsExactly(Map.entry(still, "POSSIBLE"));
        assertThat(certainties(mine, "[..2022-02-21]")).containsExactly(Map.entry(still, "POSSIBLE"));
        assertThat(certainties(mine, "[..2022-02-20]")).isEmpty();
    }

    @Test
    void deprecatedClaimsAreLeftOutUnlessAskedFor() {
        String polity = curator.polity("Republic of Second Thoughts");
        String kept = curator.claim(Curator.claim(polity, "recognizes", LPR));
        String wrong = curator.claim(Curator.claim(polity, "recognizes", DPR));
        curator.graphQl()
                .documentName("deprecateClaim")
                .variable("input", Map.of("id", wrong, "expectedRevision", 1, "reason", "Misread the article"))
                .execute()
                .path("deprecateClaim.claim.rank")
                .entity(String.class)
                .isEqualTo("DEPRECATED");

        assertThat(ids(Map.of("subject", polity))).containsExactly(kept);
        assertThat(ids(Map.of("subject", polity, "ranks", List.of("DEPRECATED"))))
                .containsExactly(wrong);
        assertThat(ids(Map.of("subject", polity, "ranks", List.of("NORMAL", "DEPRECATED"))))
                .containsExactly(kept, wrong);
        assertThat(entityClaimIds(polity, Map.of())).containsExactly(kept);
        assertThat(entityClaimIds(polity, Map.of("ranks", List.of("DEPRECATED"))))
                .containsExactly(wrong);
    }

    @Test
    void bestRankLeavesOutTheNormalClaimsOfASubjectAndPredicateThatHasAPreferredOne() {
        String polity = curator.polity("Republic of Preferences");
        String normal = curator.claim(Curator.claim(polity, "recognizes", LPR));
        Map<String, Object> input = Curator.claim(polity, "recognizes", DPR);
        input.put("rank", "PREFERRED");
        input.put("validFrom", "2023-01-01");
        String preferred = curator.claim(input);
        String later = curator.claim(Curator.claim(polity, "recognizes", UKRAINE));
        Map<String, Object> relations = Curator.claim(polity, "diplomatic_relations_with", RUSSIA);
        relations.remove("validFrom");
        String otherPredicate = curator.claim(relations);

        assertThat(ids(Map.of("subject", polity))).containsExactly(normal, preferred, later, otherPredicate);
        List<Map<String, Object>> best = claims(Map.of("subject", polity, "bestRank", true));
        assertThat(best).extracting(GraphQlQueryTests::id).containsExactly(preferred, otherPredicate);
        assertThat(best).extracting(c -> c.get("rank")).containsExactly("PREFERRED", "NORMAL");
        assertThat(entityClaimIds(polity, Map.of("bestRank", true))).containsExactly(preferred, otherPredicate);

        // the other filters come first: in 2022 the preferred claim did not hold yet
        assertThat(ids(Map.of("subject", polity, "bestRank", true, "validAt", "2022-06")))
                .containsExactly(normal, later, otherPredicate);
    }

    @Test
    void claimsCitingASourceAreThoseOfThatSourceAlone() {
        String source = curator.source("Testland and the republics", null);
        String polity = curator.polity("Republic of Citations");
        Map<String, Object> first = Curator.claim(polity, "recognizes", LPR);
        first.put("citations", List.of(Curator.citation(source, "Testland recognizes the LPR.")));
        String one = curator.claim(first);
        Map<String, Object> second = Curator.claim(polity, "recognizes", DPR);
        second.put("citations", List.of(Curator.citation(source, "Testland recognizes the DPR.")));
        String two = curator.claim(second);
        curator.claim(Curator.claim(polity, "recognizes", UKRAINE));

        assertThat(ids(Map.of("source", source))).containsExactly(one, two);
        GraphQlTester.Response sourced =
                graphQl.documentName("source").variable("id", source).execute();
        sourced.path("source.claims.edges[*].node.id").entityList(String.class).containsExactly(one, two);
        sourced.path("source.claims.totalCount").entity(Integer.class).isEqualTo(2);
        assertThat(ids(Map.of("source", ARTICLE))).contains("C1", "C42").doesNotContain(one, two);
    }

    @Test
    void modalitiesFindWhatRussianSourcesAllegeAndWhatObserversBelieve() {
        List<Map<String, Object>> alleged = claims(Map.of("modalities", List.of("ALLEGED")));
        assertThat(alleged)
                .extracting(GraphQlQueryTests::id)
                .contains("C11", "C12")
                .doesNotContain("C41");
        assertThat(alleged).allSatisfy(c -> assertThat(modalities(c)).contains("ALLEGED"));
        assertThat(quotes(alleged, "C11")).singleElement().asString().startsWith("According to Russian sources");

        List<Map<String, Object>> speculative = claims(Map.of("modalities", List.of("SPECULATIVE")));
        assertThat(speculative)
                .extracting(GraphQlQueryTests::id)
                .contains("C41")
                .doesNotContain("C11");
        assertThat(speculative).allSatisfy(c -> assertThat(modalities(c)).contains("SPECULATIVE"));
        assertThat(quotes(speculative, "C41")).singleElement().asString().startsWith("Many observers believe");

        assertThat(ids(Map.of("modalities", List.of("ALLEGED", "SPECULATIVE")))).contains("C11", "C12", "C41");
    }

    @Test
    void claimsArePagedByKeysetWithNoClaimTwiceAndNoneLost() {
        Map<String, Object> filter = Map.of("source", ARTICLE);
        List<String> all = ids(filter);
        int total = all.size();
        assertThat(total).isGreaterThan(25);

        List<String> paged = new ArrayList<>();
        String after = null;
        for (int page = 0; ; page++) {
            GraphQlTester.Response response = graphQl.documentName("claims")
                    .variable("filter", filter)
                    .variable("first", 10)
                    .variable("after", after)
                    .execute();
            response.path("claims.totalCount").entity(Integer.class).isEqualTo(total);
            response.path("claims.pageInfo.hasPreviousPage")
                    .entity(Boolean.class)
                    .isEqualTo(page > 0);
            List<String> ids = response.path("claims.edges[*].node.id")
                    .entityList(String.class)
                    .get();
            assertThat(ids).hasSizeLessThanOrEqualTo(10);
            paged.addAll(ids);
            boolean more = response.path("claims.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            if (!more) {
                assertThat(ids).isNotEmpty();
                break;
            }
            assertThat(ids).hasSize(10);
            after = response.path("claims.pageInfo.endCursor")
                    .entity(String.class)
                    .get();
            assertThat(page).isLessThan(total);
        }
        assertThat(paged).doesNotHaveDuplicates().containsExactlyElementsOf(all);
    }

    @Test
    void anAfterThatIsNotACursorOfTheListIsABadRequestNamingAfter() {
        String entityCursor = graphQl.documentName("searchEntities")
                .variable("first", 1)
                .execute()
                .path("entities.pageInfo.endCursor")
                .entity(String.class)
                .get();
        for (String after : List.of("not a cursor", "!!!", entityCursor)) {
            graphQl.documentName("claims")
                    .variable("after", after)
                    .execute()
                    .errors()
                    .satisfy(only("BAD_REQUEST", "after"));
        }
        graphQl.documentName("claims").variable("first", 101).execute().errors().satisfy(only("BAD_REQUEST", "first"));
    }

    @Test
    void aSourceShowsItsPublisherAndHistoryAndItsTextToCuratorsOnly() {
        GraphQlTester.Response article =
                graphQl.documentName("source").variable("id", ARTICLE).execute();
        article.path("source.kind").entity(String.class).isEqualTo("NEWS_ARTICLE");
        article.path("source.publisher.id").entity(String.class).isEqualTo(VINDOBONA);
        article.path("source.publisher.name").entity(String.class).isEqualTo("Vindobona");
        article.path("source.publishedAt").entity(String.class).isEqualTo("2022-05-06T20:43:00+02:00");
        article.path("source.history[0].action").entity(String.class).isEqualTo("IMPORT");
        article.path("source.text").valueIsNull();
        article.path("source.claims.edges[*].node.id").entityList(String.class).contains("C1", "C20");

        curator.graphQl()
                .documentName("source")
                .variable("id", ARTICLE)
                .execute()
                .path("source.text")
                .entity(String.class)
                .satisfies(text -> assertThat(text).contains(Curator.RECOGNITION_QUOTE));
    }

    @Test
    void sourcesAreFoundByWordsOfTheirTitleAndByTheirPublisher() {
        String outlet = curator.entity("ORGANISATION", "The Test Gazette");
        String title = "Gazette reports on " + ApiUsers.unique("recognition");
        String source = curator.graphQl()
                .documentName("createSource")
                .variable("input", Curator.source(title, null, outlet))
                .execute()
                .path("createSource.source.id")
                .entity(String.class)
                .get();

        assertThat(sourceIds(Map.of("title", title.toUpperCase(Locale.ROOT)))).containsExactly(source);
        assertThat(sourceIds(Map.of("publisher", outlet))).containsExactly(source);
        assertThat(sourceIds(Map.of("title", title, "publisher", VINDOBONA))).isEmpty();
        assertThat(sourceIds(Map.of("title", "kremlin building")))
                .contains(ARTICLE)
                .doesNotContain(source);
        assertThat(sourceIds(Map.of("title", "Kremlin  separatist TIES"))).contains(ARTICLE);
        assertThat(sourceIds(Map.of("title", "%"))).isEmpty();
        assertThat(sourceIds(Map.of("publisher", VINDOBONA))).contains(ARTICLE).doesNotContain(source);
    }

    @Test
    void predicatesAreTheVocabularyWithWhatEachMeans() {
        List<Map<String, Object>> predicates = graphQl.documentName("predicates")
                .execute()
                .path("predicates")
                .entity(LIST)
                .get();
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        predicates.forEach(p -> byKey.put((String) p.get("key"), p));

        assertThat(byKey.get("recognizes"))
                .containsEntry("label", "recognizes")
                .containsEntry("inverseLabel", "is recognized by")
                .containsEntry("cameoCode", "054")
                .containsEntry("objectType", "ENTITY")
                .containsEntry("symmetric", false);
        assertThat(byKey.get("diplomatic_relations_with"))
                .containsEntry("symmetric", true)
                .containsEntry("wikidataProperty", "P530");
        assertThat(byKey.get("holds_position"))
                .containsEntry("objectKinds", List.of("POSITION"))
                .containsEntry("subjectKinds", List.of("PERSON"));
        assertThat(byKey.get("inception")).containsEntry("objectType", "DATE");
    }

    @Test
    void recentChangesAreNewestFirstFilteredByAuthorEntityAndReviewAndPagedAcrossPages() {
        String author = ApiUsers.unique("clerk");
        Curator clerk = new Curator(users.as(author, Role.CURATOR));
        String polity = clerk.polity("Republic of Changes");
        clerk.graphQl()
                .documentName("renameEntity")
                .variable("id", polity)
                .variable("expectedRevision", 1)
                .variable("name", "Republic of Many Changes")
                .variable("kind", "POLITY")
                .execute()
                .path("updateEntity.entity.revision")
                .entity(Integer.class)
                .isEqualTo(2);
        String claim = clerk.claim(Curator.claim(polity, "recognizes", LPR));
        clerk.graphQl()
                .documentName("deprecateClaim")
                .variable("input", Map.of("id", claim, "expectedRevision", 1, "reason", "Too early to say"))
                .execute()
                .path("deprecateClaim.claim.revision")
                .entity(Integer.class)
                .isEqualTo(2);
        String other = clerk.polity("Unrelated Republic");
        curator.graphQl()
                .documentName("reviewRevision")
                .variable("objectId", polity)
                .variable("revision", 1)
                .execute()
                .path("reviewRevision.review.reviewer")
                .entity(String.class)
                .isEqualTo("quentin");

        List<Map<String, Object>> changes = new ArrayList<>();
        String after = null;
        int pages = 0;
        boolean more = true;
        while (more) {
            GraphQlTester.Response page = graphQl.documentName("recentChanges")
                    .variable("author", author)
                    .variable("first", 2)
                    .variable("after", after)
                    .execute();
            changes.addAll(page.path("recentChanges.edges[*].node").entity(LIST).get());
            more = page.path("recentChanges.pageInfo.hasNextPage")
                    .entity(Boolean.class)
                    .get();
            after = page.path("recentChanges.pageInfo.endCursor")
                    .entity(String.class)
                    .get();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(changes)
                .extracting(c -> c.get("objectId") + "/" + c.get("number"))
                .containsExactly(other + "/1", claim + "/2", claim + "/1", polity + "/2", polity + "/1");
        assertThat(changes).extracting(c -> c.get("author")).containsOnly(author);
        assertThat(changes)
                .extracting(c -> Instant.parse((String) c.get("recordedAt")))
                .isSortedAccordingTo(Comparator.reverseOrder());

        assertThat(changes(Map.of("entity", polity)))
                .contains(claim + "/2", claim + "/1", polity + "/2", polity + "/1")
                .doesNotContain(other + "/1");
        assertThat(changes(Map.of("author", author, "reviewed", true))).containsExactly(polity + "/1");
        assertThat(changes(Map.of("author", author, "reviewed", false)))
                .containsExactly(other + "/1", claim + "/2", claim + "/1", polity + "/2");
    }

    @Test
    void theViewerIsNobodyWithoutATokenAndTheTokensOwnerWithOne() {
        GraphQlTester.Response nobody = graphQl.documentName("viewer").execute();
        nobody.path("viewer.username").valueIsNull();
        nobody.path("viewer.role").entity(String.class).isEqualTo("READER");
        nobody.path("viewer.signedIn").entity(Boolean.class).isEqualTo(false);
        nobody.path("viewer.apiTokens").entityList(Map.class).hasSize(0);

        String username = ApiUsers.unique("viewer");
        GraphQlTester.Response someone =
                users.as(username, Role.CURATOR).documentName("viewer").execute();
        someone.path("viewer.username").entity(String.class).isEqualTo(username);
        someone.path("viewer.role").entity(String.class).isEqualTo("CURATOR");
        someone.path("viewer.signedIn").entity(Boolean.class).isEqualTo(true);
        List<Map<String, Object>> tokens =
                someone.path("viewer.apiTokens").entity(LIST).get();
        assertThat(tokens)
                .singleElement()
                .satisfies(token -> assertThat(token)
                        .containsEntry("owner", username)
                        .containsEntry("label", "tests")
                        .containsEntry("revokedAt", null)
                        .containsKeys("id", "createdAt"));
    }

    @Test
    void anEntitysClaimsGoOutOfItComeIntoItOrBoth() {
        List<String> outgoing = entityClaimIds(LAVROV, Map.of("direction", "OUTGOING"));
        List<String> incoming = entityClaimIds(LAVROV, Map.of("direction", "INCOMING"));
        List<String> both = entityClaimIds(LAVROV, Map.of("direction", "BOTH"));

        assertThat(outgoing).contains("C38").doesNotContain("C39", "C40");
        assertThat(incoming).contains("C39", "C40").doesNotContain("C38");
        assertThat(both).containsExactlyInAnyOrderElementsOf(concat(outgoing, incoming));
        assertThat(entityClaimIds(LAVROV, Map.of())).isEqualTo(both);

        GraphQlTester.Response talks = entityClaims(
                LAVROV, Map.of("direction", "INCOMING", "predicates", List.of("spoke_with"), "validAt", "2022-02-25"));
        assertThat(talks.path("entity.claims.edges[*].node.object.id")
                        .entityList(String.class)
                        .get())
                .containsOnly(LAVROV);
        talks.path("entity.claims.edges[*].node.id").entityList(String.class).contains("C39", "C40");
        assertThat(talks.path("entity.claims.edges[*].certainty")
                        .entityList(String.class)
                        .get())
                .containsOnly("CERTAIN");
    }

    @Test
    void aClaimsHistoryHoldsEachRevisionsStateAndItsReviews() {
        String polity = curator.polity("Republic of Records");
        String claim = curator.claim(Curator.claim(polity, "recognizes", LPR));
        Map<String, Object> corrected = Curator.claim(polity, "recognizes", LPR);
        corrected.put("validFrom", "2022-02-22");
        curator.graphQl()
                .documentName("correctClaim")
                .variable("input", Curator.correction(claim, 1, corrected, "The decree took effect a day later"))
                .execute()
                .path("correctClaim.claim.revision")
                .entity(Integer.class)
                .isEqualTo(2);
        users.as("rosa", Role.CURATOR)
                .documentName("reviewRevision")
                .variable("objectId", claim)
                .variable("revision", 1)
                .execute()
                .path("reviewRevision.review.reviewer")
                .entity(String.class)
                .isEqualTo("rosa");

        List<Map<String, Object>> history = graphQl.documentName("claimHistory")
                .variable("id", claim)
                .execute()
                .path("claim.history")
                .entity(LIST)
                .get();
        assertThat(history).extracting(r -> r.get("action")).containsExactly("CREATE", "CORRECT");
        assertThat(history.get(1)).containsEntry("summary", "The decree took effect a day later");
        assertThat(history.get(0).get("recordedUntil")).isEqualTo(history.get(1).get("recordedAt"));
        assertThat(history.get(1).get("recordedUntil")).isNull();

        Map<String, Object> first = state(history.get(0));
        assertThat(first)
                .containsEntry("id", claim)
                .containsEntry("subject", polity)
                .containsEntry("predicate", "recognizes")
                .containsEntry("object", Map.of("entity", LPR))
                .containsEntry("validFrom", "2022-02-21")
                .containsEntry("validUntil", null)
                .containsEntry("rank", "NORMAL");
        assertThat(first.get("citations"))
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .singleElement(InstanceOfAssertFactories.map(String.class, Object.class))
                .satisfies(c -> assertThat(c)
                        .containsEntry("source", ARTICLE)
                        .containsEntry("quote", Curator.RECOGNITION_QUOTE)
                        .containsEntry("modality", "STATED"));
        assertThat(state(history.get(1))).containsEntry("validFrom", "2022-02-22");

        assertThat(history.get(0).get("reviews")).isEqualTo(List.of(Map.of("reviewer", "rosa")));
        assertThat(history.get(1).get("reviews")).isEqualTo(List.of());
    }

    private GraphQlTester.Response node(String id) {
        return graphQl.documentName("node").variable("id", id).execute();
    }

    private GraphQlTester.Response entity(String id) {
        return graphQl.documentName("entity").variable("id", id).execute();
    }

    private GraphQlTester.Response claim(String id, Integer revision, String knownAt) {
        return graphQl.documentName("claim")
                .variable("id", id)
                .variable("revision", revision)
                .variable("knownAt", knownAt)
                .execute();
    }

    private List<Map<String, Object>> entities(Map<String, Object> filter) {
        return graphQl.documentName("searchEntities")
                .variable("search", filter.get("search"))
                .variable("kinds", filter.get("kinds"))
                .variable("first", 100)
                .execute()
                .path("entities.edges[*].node")
                .entity(LIST)
                .get();
    }

    /** The claims of the filter, all on one page, as maps of the fields the {@code claims} document asks. */
    private List<Map<String, Object>> claims(Map<String, Object> filter) {
        GraphQlTester.Response response = graphQl.documentName("claims")
                .variable("filter", filter)
                .variable("first", 100)
                .execute();
        response.path("claims.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        return response.path("claims.edges[*].node").entity(LIST).get();
    }

    private List<String> ids(Map<String, Object> filter) {
        return claims(filter).stream().map(GraphQlQueryTests::id).toList();
    }

    /** The claims of the filter that may have held during {@code validAt}, each with how surely. */
    private Map<String, String> certainties(Map<String, Object> filter, String validAt) {
        Map<String, Object> during = new HashMap<>(filter);
        during.put("validAt", validAt);
        List<Map<String, Object>> edges = graphQl.documentName("claims")
                .variable("filter", during)
                .variable("first", 100)
                .execute()
                .path("claims.edges")
                .entity(LIST)
                .get();
        Map<String, String> found = new LinkedHashMap<>();
        edges.forEach(e -> found.put(id(node(e)), (String) e.get("certainty")));
        return found;
    }

    private GraphQlTester.Response entityClaims(String entity, Map<String, Object> arguments) {
        GraphQlTester.Request<?> request =
                graphQl.documentName("entityClaims").variable("id", entity).variable("first", 100);
        arguments.forEach(request::variable);
        return request.execute();
    }

    private List<String> entityClaimIds(String entity, Map<String, Object> arguments) {
        return entityClaims(entity, arguments)
                .path("entity.claims.edges[*].node.id")
                .entityList(String.class)
                .get();
    }

    private List<String> sourceIds(Map<String, Object> filter) {
        return graphQl.documentName("sources")
                .variable("title", filter.get("title"))
                .variable("publisher", filter.get("publisher"))
                .variable("first", 100)
                .execute()
                .path("sources.edges[*].node.id")
                .entityList(String.class)
                .get();
    }

    private List<String> changes(Map<String, Object> filter) {
        GraphQlTester.Request<?> request = graphQl.documentName("recentChanges").variable("first", 100);
        filter.forEach(request::variable);
        return request.execute().path("recentChanges.edges[*].node").entity(LIST).get().stream()
                .map(c -> c.get("objectId") + "/" + c.get("number"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(Map<String, Object> edge) {
        return (Map<String, Object>) edge.get("node");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Map<String, Object> revision) {
        return (Map<String, Object>) revision.get("state");
    }

    private static String id(Map<String, Object> claim) {
        return (String) claim.get("id");
    }

    @SuppressWarnings("unchecked")
    private static String subject(Map<String, Object> claim) {
        return (String) ((Map<String, Object>) claim.get("subject")).get("id");
    }

    @SuppressWarnings("unchecked")
    private static Object object(Map<String, Object> claim) {
        return ((Map<String, Object>) claim.get("object")).get("id");
    }

    @SuppressWarnings("unchecked")
    private static String predicate(Map<String, Object> claim) {
        return (String) ((Map<String, Object>) claim.get("predicate")).get("key");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> modalities(Map<String, Object> claim) {
        return ((List<Map<String, Object>>) claim.get("citations"))
                .stream().map(c -> c.get("modality")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> quotes(List<Map<String, Object>> claims, String id) {
        return claims.stream()
                .filter(c -> id.equals(c.get("id")))
                .flatMap(c -> ((List<Map<String, Object>>) c.get("citations")).stream())
                .map(c -> c.get("quote"))
                .toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
