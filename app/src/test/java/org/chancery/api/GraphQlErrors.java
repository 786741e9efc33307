package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.graphql.ResponseError;

/**
 * The errors of the contract: one error of a classification, with the field or the current revision it
 * names. Each also proves that its message shows a client no class name, stack trace or SQL.
 */
final class GraphQlErrors {

    private GraphQlErrors() {}

    static Consumer<List<ResponseError>> only(String classification) {
        return errors -> assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.getExtensions()).containsEntry("classification", classification);
            leaksNothing(e);
        });
    }

    static Consumer<List<ResponseError>> only(String classification, String field) {
        return only(classification)
                .andThen(errors -> assertThat(errors.get(0).getExtensions()).containsEntry("field", field));
    }

    static Consumer<List<ResponseError>> conflict(String id, int currentRevision) {
        return only("CONFLICT")
                .andThen(errors -> assertThat(errors.get(0).getExtensions())
                        .containsEntry("id", id)
                        .containsEntry("currentRevision", currentRevision));
    }

    /** Every error a BAD_REQUEST, the first saying {@code words}: a refusal for the limit it names. */
    static Consumer<List<ResponseError>> refused(String... words) {
        return errors -> {
            assertThat(errors).isNotEmpty().allSatisfy(e -> {
                assertThat(e.getExtensions()).containsEntry("classification", "BAD_REQUEST");
                leaksNothing(e);
            });
            assertThat(errors.get(0).getMessage()).contains(words);
        };
    }

    static void leaksNothing(ResponseError error) {
        assertThat(error.getMessage()).isNotBlank().doesNotContain("Exception", "org.", "java.", "SQL", "\tat ");
    }
}
