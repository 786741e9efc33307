package org.chancery.api;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A curator making, through the API, the entities, sources and claims a test goes on to read or change,
 * so that no test changes the founding dataset. The inputs are mutable maps: a test sets what it needs.
 */
final class Curator {

    /** Sentence 6 of the founding article (S1), word for word. */
    static final String RECOGNITION_QUOTE =
            "Russian President Vladimir Putin recognized the Donetsk and Lugansk People's Republics on February 21.";

    static final String ARTICLE = "S1";
    static final String VINDOBONA = "E13";

    private final HttpGraphQlTester graphQl;

    Curator(HttpGraphQlTester graphQl) {
        this.graphQl = graphQl;
    }

    HttpGraphQlTester graphQl() {
        return graphQl;
    }

    /** A new entity of {@code kind} named {@code name}; its id. */
    String entity(String kind, String name) {
        return graphQl.documentName("createEntity")
                .variable("input", Map.of("kind", kind, "name", name))
                .execute()
                .path("createEntity.entity.id")
                .entity(String.class)
                .get();
    }

    String polity(String name) {
        return entity("POLITY", name);
    }

    /** A new news article, published by Vindobona, with {@code text} stored when given; its id. */
    String source(String title, @Nullable String text) {
        return graphQl.documentName("createSource")
                .variable("input", source(title, text, VINDOBONA))
                .execute()
                .path("createSource.source.id")
                .entity(String.class)
                .get();
    }

    /** A new claim; its id. */
    String claim(Map<String, Object> input) {
        return graphQl.documentName("assertClaim")
                .variable("input", input)
                .execute()
                .path("assertClaim.claim.id")
                .entity(String.class)
                .get();
    }

    static Map<String, Object> source(String title, @Nullable String text, String publisher) {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", "NEWS_ARTICLE");
        input.put("title", title);
        input.put(
                "url", "https://news.example/" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        input.put("publisher", publisher);
        input.put("publishedAt", "2022-05-06T20:43:00+02:00");
        input.put("language", "en");
        input.put("retrievedOn", "2022-05-07");
        if (text != null) {
            input.put("text", text);
        }
        return input;
    }

    /**
     * A claim that {@code subject} stands in {@code predicate} to the entity {@code object}, held from
     * 21 February 2022, citing the founding article's sentence on the recognition in its own voice.
     */
    static Map<String, Object> claim(String subject, String predicate, String object) {
        Map<String, Object> input = new HashMap<>();
        input.put("subject", subject);
        input.put("predicate", predicate);
        input.put("object", Map.of("entity", object));
        input.put("validFrom", "2022-02-21");
        input.put("citations", List.of(citation(ARTICLE, RECOGNITION_QUOTE)));
        return input;
    }

    static Map<String, Object> citation(String source, String quote) {
        return Map.of(
                "source",
                source,
                "quote",
                quote,
                "modality",
                "STATED",
                "attribution",
                List.of(Map.of("entity", VINDOBONA)));
    }

    /** The correction of claim {@code id} from {@code expectedRevision} to {@code content}, for {@code reason}. */
    static Map<String, Object> correction(String id, int expectedRevision, Map<String, Object> content, String reason) {
        Map<String, Object> input = new HashMap<>(content);
        input.put("id", id);
        input.put("expectedRevision", expectedRevision);
        input.put("reason", reason);
        return input;
    }
}
