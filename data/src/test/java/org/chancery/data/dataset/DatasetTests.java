package org.chancery.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.chancery.data.RegistryTests;
import org.chancery.domain.ClaimId;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Version;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

class DatasetTests extends RegistryTests {

    @Autowired
    DatasetExport export;

    @Autowired
    Claims claims;

    @Test
    void foundingDatasetExportsByteForByteAsShipped() throws IOException {
        load(founding());

        assertThat(exported()).isEqualTo(founding().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void fileUsingEveryFieldRoundTripsByteForByte() throws IOException {
        load(everyField());
        String first = exported();

        assertThat(first).isEqualTo(everyField().getContentAsString(StandardCharsets.UTF_8));
        emptyRegistry();
        load(file("roundtrip.ndjson", first));
        assertThat(exported()).isEqualTo(first);
    }

    @Test
    void gzipExportHoldsTheSameRecords() throws IOException {
        load(everyField());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(out, true, Progress.NONE);

        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(out.toByteArray())).readAllBytes();
        assertThat(new String(unzipped, StandardCharsets.UTF_8)).isEqualTo(exported());
        emptyRegistry();
        load(new ByteArrayResource(out.toByteArray()) {
            @Override
            public String getFilename() {
                return "registry.ndjson.gz";
            }
        });
        assertThat(new String(unzipped, StandardCharsets.UTF_8)).isEqualTo(exported());
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        DatasetSummary first = load(everyField());
        DatasetSummary second = load(everyField());

        assertThat(first.created()).isEqualTo(first.records());
        assertThat(second.unchanged()).isEqualTo(second.records());
        assertThat(claims.history(new ClaimId(1))).hasSize(1);
    }

    @Test
    void recordWithOtherContentBecomesAnImportRevision() throws IOException {
        load(everyField());
        String changed = everyField()
                .getContentAsString(StandardCharsets.UTF_8)
                .replace("\"validFrom\":\"2022-03-01\"", "\"validFrom\":\"2022-03\"");

        DatasetSummary summary = load(file("changed.ndjson", changed));

        assertThat(summary.changed()).isEqualTo(1);
        List<Version<Claim>> history = claims.history(new ClaimId(1));
        assertThat(history).extracting(Version::action).containsExactly(Action.IMPORT, Action.IMPORT);
        assertThat(history.get(1).state().validFrom().form()).isEqualTo("2022-03");
        assertThat(history.get(0).recordedUntil()).isEqualTo(history.get(1).recordedFrom());
    }

    @Test
    void lineBreakingARuleIsRefusedWithItsNumberAndFieldAndNothingIsWritten() throws IOException {
        String[] lines = everyField().getContentAsString(StandardCharsets.UTF_8).split("\n");
        int claimLine = 15;
        assertThat(lines[claimLine - 1]).startsWith("{\"type\":\"claim\",\"id\":\"C1\"");
        lines[claimLine - 1] = lines[claimLine - 1].replace("recognised the State", "recognized the State");

        assertThatThrownBy(() -> load(file("bad.ndjson", String.join("\n", lines))))
                .isInstanceOfSatisfying(DatasetException.class, e -> {
                    assertThat(e.line()).isEqualTo(claimLine);
                    assertThat(e.field()).isEqualTo("citations[0].quote");
                })
                .hasMessageContaining("does not occur in the stored text of S1");
        assertThat(exported()).isEmpty();
    }

    @Test
    void lineThatIsNotARecordIsRefusedWithItsNumberAndField() {
        assertProblem(
                "{\"type\":\"entity\",\"id\":\"E1\",\"kind\":\"POLITY\",\"name\":\"A\",\"colour\":\"red\"}", "colour");
        assertProblem("{\"type\":\"entity\",\"id\":\"X1\",\"kind\":\"POLITY\",\"name\":\"A\"}", "id");
        assertProblem("{\"type\":\"entity\",\"id\":\"E1\",\"kind\":\"PLANET\",\"name\":\"A\"}", "kind");
        assertProblem("{\"type\":\"entity\",\"id\":\"E1\",\"kind\":\"POLITY\"}", "name");
        assertProblem("{\"type\":\"entity\",\"id\":\"E1\",\"kind\":\"POLITY\",\"name\":\" \"}", "name");
        assertProblem("{\"type\":\"planet\",\"id\":\"E1\"}", "type");
        assertProblem("{\"type\":\"entity\",", "");
        assertProblem(
                "{\"type\":\"claim\",\"id\":\"C1\",\"subject\":\"E1\",\"predicate\":\"p\",\"object\":{\"text\":\"a\",\"date\":\"2013\"},\"rank\":\"NORMAL\"}",
                "object");
        assertProblem(
                "{\"type\":\"claim\",\"id\":\"C1\",\"subject\":\"E1\",\"predicate\":\"p\",\"object\":{\"date\":\"2013-13\"},\"rank\":\"NORMAL\"}",
                "object.date");
    }

    @Test
    void lineReferringToAnUndefinedIdIsRefused() {
        String source = "{\"type\":\"source\",\"id\":\"S1\",\"kind\":\"BOOK\",\"title\":\"T\",\"publisher\":\"E9\"}";

        assertThatThrownBy(() -> load(file("refers.ndjson", source)))
                .isInstanceOfSatisfying(
                        DatasetException.class, e -> assertThat(e.field()).isEqualTo("publisher"))
                .hasMessageContaining("E9");
    }

    @Test
    void validationWritesNothing() {
        DatasetSummary summary = datasets.validate(everyField(), Progress.NONE);

        assertThat(summary.records()).isEqualTo(18);
        assertThat(summary.holds()).isEqualTo("18 records: 7 predicates, 5 entities, 2 sources, 4 claims");
        assertThat(summary.outcome()).isEqualTo("0 new, 0 changed, 0 unchanged");
        assertThat(exported()).isEmpty();
    }

    private void assertProblem(String line, String field) {
        String file =
                "{\"type\":\"predicate\",\"key\":\"p\",\"label\":\"p\",\"inverseLabel\":\"q\",\"objectType\":\"TEXT\",\"symmetric\":false}\n"
                        + line + "\n";
        assertThatThrownBy(() -> load(file("bad.ndjson", file)))
                .as(line)
                .isInstanceOfSatisfying(DatasetException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).doesNotContain("org.chancery", "tools.jackson", "Exception");
                });
    }

    private String exported() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(out, false, Progress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Resource file(String name, String content) {
        return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
