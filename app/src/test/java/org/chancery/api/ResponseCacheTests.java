package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.chancery.app.ChanceryApplication;
import org.chancery.app.RegistryVersionGuard;
import org.chancery.app.StatementCounter;
import org.chancery.domain.RegistryVersion;
import org.chancery.domain.security.AccountAdministration;
import org.chancery.domain.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Answers kept between changes: a repeated query costs one statement, and any change to the registry,
 * through whichever use case, is in the very next answer. Mutations, answers about the asker, answers
 * with errors and answers for someone else are never served from it.
 */
@SpringBootTest(classes = ChanceryApplication.class)
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
@Import({StatementCounter.class, RegistryVersionGuard.class})
class ResponseCacheTests {

    @Autowired
    HttpGraphQlTester anonymous;

    @Autowired
    AccountAdministration accounts;

    @Autowired
    StatementCounter statements;

    @Autowired
    RegistryVersion registry;

    @Autowired
    MockMvcTester mvc;

    Curator curator;

    @BeforeEach
    void curator() {
        ApiUsers users = new ApiUsers(anonymous, accounts);
        curator = new Curator(users.as(users.user(ApiUsers.unique("cache"), Role.CURATOR), Role.CURATOR));
    }

    @Test
    void aRepeatedQueryIsAnsweredWithTheSameJsonForOneStatement() {
        String id = curator.polity("Kept polity");
        String first = entityJson(anonymous, id);
        String second = entityJson(anonymous, id);
        statements.reset();
        String third = entityJson(anonymous, id);

        assertThat(statements.count()).isEqualTo(1);
        assertThat(third).isEqualTo(second).isEqualTo(first).contains("Kept polity");
    }

    @Test
    void aChangeIsInTheVeryNextAnswer() {
        String id = curator.polity("Before the change");
        for (int i = 0; i < 3; i++) {
            assertThat(entityJson(anonymous, id)).contains("Before the change");
        }
        long before = registry.current();

        rename(id, 1, "After the change");

        assertThat(registry.current()).isEqualTo(before + 1);
        assertThat(entityJson(anonymous, id)).contains("name=After the change, revision=2");
    }

    @Test
    void aChangeElsewhereLeavesTheAnswerKept() {
        String kept = curator.polity("Kept through changes elsewhere");
        String other = curator.polity("Changed meanwhile");
        String first = entityJson(anonymous, kept);
        entityJson(anonymous, kept);

        rename(other, 1, "Changed once");
        curator.claim(Curator.claim(other, "recognizes", "E1"));
        statements.reset();
        String after = entityJson(anonymous, kept);

        // the version, and the keys of the changes this instance had not read
        assertThat(statements.count()).isEqualTo(2);
        assertThat(after).isEqualTo(first);
        assertThat(entityJson(anonymous, other)).contains("name=Changed once");
    }

    @Test
    void anAnswerNamesWhatItReadForACdnToPurgeBy() {
        String id = curator.polity("Purged by key");
        for (int i = 0; i < 3; i++) {
            assertThat(mvc.get()
                            .uri(
                                    "/graphql?query={q}&variables={v}",
                                    "query($id: ID!) { entity(id: $id) { name } }",
                                    "{\"id\":\"" + id + "\"}"))
                    .hasStatusOk()
                    .headers()
                    .hasValue("Surrogate-Key", id)
                    .hasValue("Cache-Tag", id);
        }
    }

    @Test
    void aPurgerReadsTheKeysEachChangeTouched() {
        String id = curator.polity("Purged after renaming");
        long before = registry.current();
        rename(id, 1, "Renamed for the purger");

        for (int i = 0; i < 3; i++) {
            anonymous
                    .document(
                            "query($after: Int!) { invalidations(after: $after) { version changes { version keys } } }")
                    .variable("after", (int) before)
                    .execute()
                    .path("invalidations.version")
                    .entity(Long.class)
                    .isEqualTo(before + 1)
                    .path("invalidations.changes[0].version")
                    .entity(Long.class)
                    .isEqualTo(before + 1)
                    .path("invalidations.changes[0].keys")
                    .entityList(String.class)
                    .contains(id, "entities", "changes");
        }
    }

    @Test
    void aRefusedChangeLeavesTheVersionAsItWas() {
        String id = curator.polity("Refused rename");
        rename(id, 1, "Renamed once");
        long before = registry.current();

        curator.graphQl()
                .documentName("renameEntity")
                .variable("id", id)
                .variable("expectedRevision", 1)
                .variable("name", "A stale rename")
                .variable("kind", "POLITY")
                .execute()
                .errors()
                .satisfy(GraphQlErrors.only("CONFLICT"));

        assertThat(registry.current()).isEqualTo(before);
    }

    @Test
    void aMutationRunsEveryTime() {
        Map<String, Object> input = Map.of("kind", "POLITY", "name", "Twice created");
        String[] ids = new String[3];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = curator.graphQl()
                    .documentName("createEntity")
                    .variable("input", input)
                    .execute()
                    .path("createEntity.entity.id")
                    .entity(String.class)
                    .get();
        }

        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void whoIsAskingIsNeverKept() {
        ApiUsers users = new ApiUsers(anonymous, accounts);
        String username = users.user(ApiUsers.unique("viewer"), Role.READER);
        HttpGraphQlTester reader = users.bearing(users.token(username));
        for (int i = 0; i < 3; i++) {
            reader.documentName("viewer")
                    .execute()
                    .path("viewer.apiTokens")
                    .entityList(Map.class)
                    .hasSize(1);
        }

        users.token(username);

        reader.documentName("viewer")
                .execute()
                .path("viewer.apiTokens")
                .entityList(Map.class)
                .hasSize(2);
    }

    @Test
    void eachAskerHasAnswersOfTheirOwn() {
        String text = "Kept for curators only. The line a claim would quote.";
        String source = curator.source("Cache text source", text);
        for (int i = 0; i < 3; i++) {
            curator.graphQl()
                    .documentName("sourceQuotes")
                    .variable("id", source)
                    .execute()
                    .path("source.text")
                    .entity(String.class)
                    .isEqualTo(text);
        }

        anonymous
                .documentName("sourceQuotes")
                .variable("id", source)
                .execute()
                .path("source.text")
                .valueIsNull();
    }

    @Test
    void anAnswerWithErrorsIsNotKept() {
        for (int i = 0; i < 3; i++) {
            statements.reset();
            anonymous
                    .documentName("entity")
                    .variable("id", "E99998")
                    .execute()
                    .errors()
                    .satisfy(GraphQlErrors.only("NOT_FOUND"));
            assertThat(statements.count()).as("request %d", i + 1).isGreaterThan(1);
        }
    }

    @Test
    void noCacheRunsTheQueryAfresh() {
        String id = curator.polity("Asked afresh");
        for (int i = 0; i < 3; i++) {
            entityJson(anonymous, id);
        }
        GraphQlTester afresh =
                anonymous.mutate().header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
        statements.reset();

        assertThat(entityJson(afresh, id)).contains("Asked afresh");
        assertThat(statements.count()).isGreaterThan(1);
    }

    private void rename(String id, int from, String name) {
        curator.graphQl()
                .documentName("renameEntity")
                .variable("id", id)
                .variable("expectedRevision", from)
                .variable("name", name)
                .variable("kind", "POLITY")
                .execute()
                .path("updateEntity.entity.name")
                .entity(String.class)
                .isEqualTo(name);
    }

    private static String entityJson(GraphQlTester tester, String id) {
        return tester.documentName("entity")
                .variable("id", id)
                .execute()
                .path("entity")
                .entity(Map.class)
                .get()
                .toString();
    }
}
