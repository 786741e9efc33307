package org.chancery.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.data.dataset.DatasetJson;
import org.chancery.data.dataset.DatasetRecord;
import org.chancery.data.dataset.DatasetRecord.ClaimRecord;
import org.chancery.data.dataset.DatasetRecord.SourceRecord;
import org.chancery.domain.EntityId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated dataset is the same for the same seed, reads as the importer reads it, refers only to what
 * earlier lines define, and holds the benchmark entities' claims whatever its size.
 */
class DatasetGeneratorTests {

    static final long CLAIMS = 2_000;
    static final long SEED = 42;

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers() throws IOException {
        byte[] first = bytes(CLAIMS, SEED);

        assertThat(bytes(CLAIMS, SEED)).isEqualTo(first);
        assertThat(bytes(CLAIMS, SEED + 1)).isNotEqualTo(first);
    }

    @Test
    void everyLineIsADatasetRecordAndThereAreAsManyClaimsAsAskedFor() throws IOException {
        List<DatasetRecord> records = records(CLAIMS, SEED);

        List<String> claimIds = records.stream()
                .filter(ClaimRecord.class::isInstance)
                .map(DatasetRecord::reference)
                .toList();
        assertThat(claimIds).hasSize((int) CLAIMS).doesNotHaveDuplicates().contains("C1", "C" + CLAIMS);
    }

    @Test
    void everyReferenceIsToSomethingDefinedOnAnEarlierLine() throws IOException {
        Set<String> defined = new HashSet<>();
        Map<String, String> sourceTexts = new HashMap<>();
        for (DatasetRecord record : records(CLAIMS, SEED)) {
            if (record instanceof SourceRecord source) {
                assertThat(defined).contains(reference(source.publisher()));
                sourceTexts.put(source.reference(), source.text());
            }
            if (record instanceof ClaimRecord claim) {
                assertThat(defined).contains(claim.subject().toString(), claim.predicate());
                if (claim.object().entity() != null) {
                    assertThat(defined).contains(reference(claim.object().entity()));
                }
                claim.qualifiers().forEach(qualifier -> {
                    assertThat(defined).contains(qualifier.predicate());
                    if (qualifier.value().entity() != null) {
                        assertThat(defined).contains(reference(qualifier.value().entity()));
                    }
                });
                claim.citations().forEach(citation -> {
                    assertThat(defined).contains(citation.source().toString());
                    assertThat(sourceTexts.get(citation.source().toString())).contains(citation.quote());
                });
            }
            assertThat(defined.add(record.reference()))
                    .as("%s is defined once", record.reference())
                    .isTrue();
        }
        assertThat(sourceTexts).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {CLAIMS, 3 * CLAIMS})
    void e1Has100ClaimsAndE2Has1000WhateverTheSize(long claims) throws IOException {
        List<DatasetRecord> records = records(claims, SEED);

        assertThat(claimsAbout("E1", records)).isEqualTo(100);
        assertThat(claimsAbout("E2", records)).isEqualTo(1_000);
    }

    /** The correction round points recognitions at E2 first, because the generated registry has none. */
    @Test
    void noClaimSaysThatAnythingRecognizesE2() throws IOException {
        assertThat(records(CLAIMS, SEED))
                .filteredOn(ClaimRecord.class::isInstance)
                .map(ClaimRecord.class::cast)
                .filteredOn(claim -> claim.predicate().equals("recognizes"))
                .isNotEmpty()
                .noneMatch(claim -> new EntityId(2).equals(claim.object().entity()));
    }

    /** How many claims have {@code entity} as their subject or as their object. */
    private static long claimsAbout(String entity, List<DatasetRecord> records) {
        return records.stream()
                .filter(ClaimRecord.class::isInstance)
                .map(ClaimRecord.class::cast)
                .filter(claim -> claim.subject().toString().equals(entity)
                        || entity.equals(reference(claim.object().entity())))
                .count();
    }

    private static @Nullable String reference(@Nullable EntityId id) {
        return id == null ? null : id.toString();
    }

    private static byte[] bytes(long claims, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DatasetGenerator(claims, seed).write(out);
        return out.toByteArray();
    }

    private static List<DatasetRecord> records(long claims, long seed) throws IOException {
        DatasetJson json = new DatasetJson();
        String[] lines = new String(bytes(claims, seed), StandardCharsets.UTF_8).split("\n", -1);
        assertThat(lines[lines.length - 1]).as("the file ends with a newline").isEmpty();
        List<DatasetRecord> records = new ArrayList<>();
        for (int i = 0; i < lines.length - 1; i++) {
            records.add(json.read(i + 1, lines[i]));
        }
        return records;
    }
}
