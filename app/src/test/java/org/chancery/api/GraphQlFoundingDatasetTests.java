package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chancery.app.ChanceryApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The claim table of docs/founding-dataset.md says, claim by claim, what a front end reads through GraphQL
 * of the founding dataset, as the registry stood once the server had loaded it.
 */
@SpringBootTest(classes = ChanceryApplication.class)
@AutoConfigureMockMvc
@AutoConfigureHttpGraphQlTester
class GraphQlFoundingDatasetTests {

    static final Path TABLE = Path.of("..", "docs", "founding-dataset.md");

    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

    @Autowired
    HttpGraphQlTester graphQl;

    record Row(
            String claim,
            String subject,
            String predicate,
            String object,
            String from,
            String until,
            String modality,
            String quote) {}

    @Test
    void everyClaimOfTheArticleMatchesItsRowOfTheTable() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).isNotEmpty();
        String loaded = loadedAt(rows.get(rows.size() - 1).claim());

        GraphQlTester.Response answer = graphQl.documentName("foundingClaims")
                .variable("knownAt", loaded)
                .execute();
        answer.path("claims.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        List<Map<String, Object>> claims =
                answer.path("claims.edges[*].node").entity(LIST).get();

        assertThat(claims)
                .extracting(c -> c.get("id"))
                .containsExactlyElementsOf(rows.stream().map(Row::claim).toList());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Map<String, Object> claim = claims.get(i);
            Map<String, Object> citation = first(claim.get("citations"));
            assertThat(named(map(claim.get("subject")))).as(row.claim()).isEqualTo(row.subject());
            assertThat("`" + map(claim.get("predicate")).get("key") + "`")
                    .as(row.claim())
                    .isEqualTo(row.predicate());
            assertThat(shown(map(claim.get("object")))).as(row.claim()).isEqualTo(row.object());
            assertThat(edtf(claim.get("validFrom"))).as(row.claim()).isEqualTo(row.from());
            assertThat(edtf(claim.get("validUntil"))).as(row.claim()).isEqualTo(row.until());
            assertThat(citation.get("modality")).as(row.claim()).isEqualTo(row.modality());
            assertThat("\"" + citation.get("quote") + "\"").as(row.claim()).isEqualTo(row.quote());
            assertThat(map(citation.get("source"))).as(row.claim()).containsEntry("id", "S1");
        }
    }

    /** When the founding dataset was recorded, which the revision 1 of its last claim tells. */
    private String loadedAt(String lastClaim) {
        GraphQlTester.Response history =
                graphQl.documentName("claimHistory").variable("id", lastClaim).execute();
        history.path("claim.history[0].action").entity(String.class).isEqualTo("IMPORT");
        history.path("claim.history[0].author").entity(String.class).isEqualTo("chancery");
        return history.path("claim.history[0].recordedAt").entity(String.class).get();
    }

    private static String named(Map<String, Object> entity) {
        return entity.get("id") + " " + entity.get("name");
    }

    private static String shown(Map<String, Object> value) {
        return switch ((String) value.get("__typename")) {
            case "Entity" -> named(value);
            case "TextValue" -> "\"" + value.get("text") + "\"";
            default -> (String) map(value.get("date")).get("edtf");
        };
    }

    private static String edtf(Object date) {
        return date == null ? ".." : (String) map(date).get("edtf");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Object list) {
        return ((List<Map<String, Object>>) list).get(0);
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE)) {
            if (!line.matches("\\| C[0-9]+ \\|.*")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1);
            assertThat(cells).as(line).hasSize(8);
            String[] c = new String[8];
            for (int i = 0; i < 8; i++) {
                c[i] = cells[i].strip().replace("\\|", "|");
            }
            rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]));
        }
        return rows;
    }
}
