package org.chancery.data.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.data.RegistryTests;
import org.chancery.domain.EntityId;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimFilter;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.revision.Version;
import org.chancery.domain.source.CitedSource;
import org.chancery.domain.source.SourceText;
import org.chancery.domain.source.Sources;
import org.chancery.domain.time.EdtfDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The table of docs/founding-dataset.md says, claim by claim, what the loaded founding dataset holds. */
class FoundingDatasetTests extends RegistryTests {

    static final Path TABLE = Path.of("..", "docs", "founding-dataset.md");

    @Autowired
    Claims claims;

    @Autowired
    Entities entities;

    @Autowired
    Sources sources;

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
    void everyClaimMatchesItsRowOfTheTable() throws IOException {
        load(founding());
        List<Row> rows = rows();
        List<Claim> loaded =
                claims.find(ClaimFilter.ALL).stream().map(Version::state).toList();

        assertThat(rows)
                .extracting(Row::claim)
                .containsExactlyElementsOf(
                        loaded.stream().map(c -> c.id().toString()).toList());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Claim claim = loaded.get(i);
            Citation citation = claim.citations().get(0);
            assertThat(row.subject()).as(row.claim()).isEqualTo(named(claim.subject()));
            assertThat(row.predicate()).as(row.claim()).isEqualTo("`" + claim.predicate() + "`");
            assertThat(row.object()).as(row.claim()).isEqualTo(shown(claim.object()));
            assertThat(row.from()).as(row.claim()).isEqualTo(shown(claim.validFrom()));
            assertThat(row.until()).as(row.claim()).isEqualTo(shown(claim.validUntil()));
            assertThat(row.modality())
                    .as(row.claim())
                    .isEqualTo(citation.modality().name());
            assertThat(row.quote()).as(row.claim()).isEqualTo("\"" + citation.quote() + "\"");
        }
    }

    @Test
    void everyQuoteIsFoundInTheStoredArticle() {
        load(founding());
        var article = sources.find(new SourceId(1)).orElseThrow().state();
        assertThat(article.text()).isNotBlank();
        assertThat(article.textSha256()).isEqualTo(SourceText.sha256(article.text()));

        CitedSource cited = CitedSource.of(article);
        List<Citation> citations = claims.find(ClaimFilter.ALL).stream()
                .flatMap(v -> v.state().citations().stream())
                .toList();
        assertThat(citations).isNotEmpty().allSatisfy(c -> {
            assertThat(c.source()).isEqualTo(article.id());
            assertThat(cited.find(c.quote())).as(c.quote()).isPresent();
            assertThat(c.quotePosition()).isEqualTo(cited.find(c.quote()).getAsInt());
        });
    }

    private String named(EntityId id) {
        return id + " " + entities.find(id).orElseThrow().state().name();
    }

    private String shown(ClaimValue value) {
        if (value instanceof ClaimValue.EntityValue e) {
            return named(e.entity());
        }
        if (value instanceof ClaimValue.TextValue t) {
            return "\"" + t.text() + "\"";
        }
        return ((ClaimValue.DateValue) value).date().form();
    }

    private static String shown(EdtfDate date) {
        return date == null ? ".." : date.form();
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
