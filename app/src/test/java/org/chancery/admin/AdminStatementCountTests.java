package org.chancery.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chancery.data.dataset.DatasetImport;
import org.chancery.data.dataset.Progress;
import org.chancery.domain.EntityId;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Rank;
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

/**
 * The pages that list many claims cost the same statements whatever their number, on the database: what
 * they show is tested in the admin module's slices.
 */
@AdminTest
class AdminStatementCountTests {

    @Autowired
    DatasetImport datasets;

    @Autowired
    EntityCuration entities;

    @Autowired
    SourceCuration sources;

    @Autowired
    ClaimCuration claims;

    @Autowired
    AdminClient client;

    Actor olga;

    Cookie session;

    @BeforeEach
    void signIn() {
        olga = client.user("statements-olga", Role.CURATOR);
        session = client.signIn("statements-olga");
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
    }

    @Test
    void aGroupsOwnPageLoadsInTheSameStatementsWhateverItsNumberOfClaims() {
        // ids far above those the tests' new entities take, so that no other test adds to these
        datasets.importFile(entityWithClaims(97001, 8), Actor.SYSTEM, Progress.NONE);
        datasets.importFile(entityWithClaims(97002, 200), Actor.SYSTEM, Progress.NONE);
        client.get(session, "/admin/entities/E97001/outgoing?predicate=recognizes");

        int few = client.statementsFor(session, "/admin/entities/E97001/outgoing?predicate=recognizes");
        int many = client.statementsFor(session, "/admin/entities/E97002/outgoing?predicate=recognizes");

        // 4 of them are the session's and the account's, 5 the page's own
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(9);
    }

    @Test
    void aSourcePageLoadsInTheSameStatementsWhateverItsNumberOfCitations() {
        SourceId few = cited(3);
        SourceId many = cited(120);
        client.get(session, "/admin/sources/" + few);

        int fewStatements = client.statementsFor(session, "/admin/sources/" + few);
        int manyStatements = client.statementsFor(session, "/admin/sources/" + many);

        assertThat(manyStatements).isEqualTo(fewStatements);
    }

    /** A source whose text has {@code sentences} sentences, each cited by a claim of its own. */
    private SourceId cited(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append("Sentence number ").append(i).append(" of the dispatch. ");
        }
        SourceId source = sources.create(
                        olga,
                        new SourceDraft(
                                SourceKind.WIRE_REPORT,
                                "Dispatch " + sentences,
                                null,
                                null,
                                null,
                                null,
                                "en",
                                null,
                                text.toString()))
                .state()
                .id();
        // claims of an entity of their own, so that no other page of the registry grows with them
        EntityId recognized = entities.create(
                        olga, new EntityDraft(EntityKind.POLITY, "Counted " + sentences, List.of(), null, List.of()))
                .state()
                .id();
        for (int i = 0; i < sentences; i++) {
            // each in a year of its own: the registry refuses a claim that states what another states
            claims.assertClaim(
                    olga,
                    new ClaimDraft(
                            EntityId.parse("E1"),
                            "recognizes",
                            ClaimValue.entity(recognized),
                            EdtfDate.parse(String.valueOf(1800 + i)),
                            null,
                            List.of(),
                            Rank.NORMAL,
                            List.of(new Citation(
                                    source,
                                    "Sentence number " + i + " of the dispatch.",
                                    List.of(),
                                    Modality.STATED))));
        }
        return source;
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
