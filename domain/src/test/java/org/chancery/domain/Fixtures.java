package org.chancery.domain;

import static org.chancery.domain.entity.EntityKind.ORGANISATION;
import static org.chancery.domain.entity.EntityKind.PERSON;
import static org.chancery.domain.entity.EntityKind.POLITY;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.chancery.domain.claim.AttributionLink;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.entity.Alias;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntityDraft;
import org.chancery.domain.entity.ExternalId;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.source.Source;
import org.chancery.domain.source.SourceDraft;
import org.chancery.domain.source.SourceKind;
import org.chancery.domain.time.EdtfDate;
import org.chancery.domain.vocabulary.ObjectType;
import org.chancery.domain.vocabulary.Predicate;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Test data taken from the founding source: the actors, entities, predicates, sources and claims tests
 * build on. Each call gives a fresh object.
 */
public final class Fixtures {

    public static final EntityId RUSSIA = new EntityId(1);
    public static final EntityId DONETSK = new EntityId(2);
    public static final EntityId LUHANSK = new EntityId(3);
    public static final EntityId VINDOBONA = new EntityId(4);
    public static final EntityId PUSHILIN = new EntityId(5);
    /** A second entry for the Luhansk People's Republic, made by mistake: the one to merge. */
    public static final EntityId LUGANSK = new EntityId(6);

    public static final SourceId VINDOBONA_ARTICLE = new SourceId(1);
    /** A source whose text is not stored, so quotes from it cannot be checked. */
    public static final SourceId TASS_REPORT = new SourceId(2);

    /** The stored text of {@link #vindobonaArticle()}: two paragraphs, one with a typographic apostrophe. */
    public static final String ARTICLE_TEXT = """
            Russian President Vladimir Putin recognized the Donetsk and Lugansk People's Republics on February 21.

            Russia is working on opening embassies in the Donetsk and Luhansk People\u2019s Republics.
            """;

    /** Starts at position 18 of the normalised {@link #ARTICLE_TEXT}. */
    public static final String RECOGNITION_QUOTE =
            "Vladimir Putin recognized the Donetsk and Lugansk People's Republics on February 21";

    /** Starts at position 103 of the normalised {@link #ARTICLE_TEXT}; written with an ASCII apostrophe. */
    public static final String EMBASSY_QUOTE =
            "Russia is working on opening embassies in the Donetsk and Luhansk People's Republics";

    private Fixtures() {}

    public static Actor curator() {
        return Actor.user("olga", Role.CURATOR);
    }

    public static Actor admin() {
        return Actor.user("ada", Role.ADMIN);
    }

    public static Actor reader() {
        return Actor.user("rita", Role.READER);
    }

    /**
     * The actors every curator's use case refuses, each with whether signing in could help: for
     * {@code @MethodSource("org.chancery.domain.Fixtures#actorsWhoMayNotCurate")}.
     */
    public static Stream<Arguments> actorsWhoMayNotCurate() {
        return Stream.of(
                Arguments.of(Named.of("anonymous", Actor.ANONYMOUS), true),
                Arguments.of(Named.of("reader", reader()), false));
    }

    public static Entity russia() {
        return new Entity(
                RUSSIA,
                POLITY,
                "Russia",
                List.of(new Alias("Russian Federation", null), new Alias("Россия", "ru")),
                "Country in Eastern Europe and North Asia",
                List.of(ExternalId.wikidata("Q159")),
                null);
    }

    public static Entity donetsk() {
        return new Entity(
                DONETSK,
                POLITY,
                "Donetsk People's Republic",
                List.of(new Alias("DPR", null), new Alias("Донецкая Народная Республика", "ru")),
                "Breakaway territory in eastern Ukraine",
                List.of(),
                null);
    }

    public static Entity luhansk() {
        return new Entity(
                LUHANSK,
                POLITY,
                "Luhansk People's Republic",
                List.of(
                        new Alias("Lugansk People's Republic", null),
                        new Alias("LPR", null),
                        new Alias("Луганская Народная Республика", "ru")),
                "Breakaway territory in eastern Ukraine",
                List.of(),
                null);
    }

    public static Entity lugansk() {
        return new Entity(LUGANSK, POLITY, "LNR", List.of(), null, List.of(), null);
    }

    public static Entity vindobona() {
        return new Entity(
                VINDOBONA, ORGANISATION, "Vindobona", List.of(), "News outlet on diplomacy in Vienna", List.of(), null);
    }

    public static Entity pushilin() {
        return new Entity(
                PUSHILIN,
                PERSON,
                "Denis Pushilin",
                List.of(),
                "Head of the Donetsk People's Republic",
                List.of(),
                null);
    }

    /** The content of a new entity, not yet in the registry. */
    public static EntityDraft makeeva() {
        return new EntityDraft(
                PERSON,
                "Olga Makeeva",
                List.of(new Alias("Ольга Макеева", "ru")),
                "Ambassador of the DPR to Russia",
                List.of());
    }

    public static Predicate recognizes() {
        return new Predicate(
                "recognizes",
                "recognizes",
                "is recognized by",
                "Grants diplomatic recognition",
                Set.of(POLITY),
                ObjectType.ENTITY,
                Set.of(POLITY),
                false,
                "054",
                null);
    }

    public static Predicate diplomaticRelationsWith() {
        return new Predicate(
                "diplomatic_relations_with",
                "has diplomatic relations with",
                "has diplomatic relations with",
                null,
                Set.of(POLITY),
                ObjectType.ENTITY,
                Set.of(POLITY),
                true,
                null,
                "P530");
    }

    /** Said of a person or a polity, about an organisation or a polity. */
    public static Predicate headOf() {
        return new Predicate(
                "head_of",
                "is head of",
                "is headed by",
                null,
                Set.of(PERSON, POLITY),
                ObjectType.ENTITY,
                Set.of(POLITY, ORGANISATION),
                false,
                null,
                null);
    }

    /** Joins any two entities. */
    public static Predicate spokeWith() {
        return new Predicate(
                "spoke_with",
                "spoke with",
                "spoke with",
                null,
                Set.of(),
                ObjectType.ENTITY,
                Set.of(),
                true,
                "040",
                null);
    }

    /** A qualifier whose value is an entity: a person. */
    public static Predicate appointedBy() {
        return new Predicate(
                "appointed_by",
                "appointed by",
                "appointed",
                null,
                Set.of(),
                ObjectType.ENTITY,
                Set.of(PERSON),
                false,
                null,
                "P748");
    }

    /** A qualifier whose value is a text. */
    public static Predicate role() {
        return new Predicate(
                "role",
                "in the role of",
                "is the role in",
                null,
                Set.of(),
                ObjectType.TEXT,
                Set.of(),
                false,
                null,
                null);
    }

    /** A qualifier whose value is a date. */
    public static Predicate announcedOn() {
        return new Predicate(
                "announced_on",
                "announced on",
                "is when it was announced",
                null,
                Set.of(),
                ObjectType.DATE,
                Set.of(),
                false,
                null,
                null);
    }

    public static SourceDraft vindobonaArticleDraft() {
        return new SourceDraft(
                SourceKind.NEWS_ARTICLE,
                "The Kremlin Building Up Diplomatic Ties With The Separatist Territories in Eastern Ukraine",
                "https://www.vindobona.org/article/the-kremlin-building-up-diplomatic-ties",
                null,
                VINDOBONA,
                OffsetDateTime.parse("2022-05-06T20:43:00+02:00"),
                "en",
                LocalDate.parse("2022-05-07"),
                ARTICLE_TEXT);
    }

    /** The founding article, with {@link #ARTICLE_TEXT} stored. */
    public static Source vindobonaArticle() {
        return Source.of(VINDOBONA_ARTICLE, vindobonaArticleDraft());
    }

    public static SourceDraft tassReportDraft() {
        return new SourceDraft(
                SourceKind.WIRE_REPORT,
                "DPR, LPR and Russian diplomats discuss opening missions",
                null,
                null,
                null,
                null,
                "ru",
                null,
                null);
    }

    /** A wire report whose text is not stored. */
    public static Source tassReport() {
        return Source.of(TASS_REPORT, tassReportDraft());
    }

    /** The recognition quote from the article, stated in Vindobona's own voice. */
    public static Citation recognitionCitation() {
        return new Citation(
                VINDOBONA_ARTICLE, RECOGNITION_QUOTE, List.of(AttributionLink.of(VINDOBONA)), Modality.STATED);
    }

    /** Russia recognizes the DPR from 21 February 2022, citing the article. */
    public static ClaimDraft russiaRecognizesDonetsk() {
        return new ClaimDraft(
                RUSSIA,
                "recognizes",
                ClaimValue.entity(DONETSK),
                EdtfDate.parse("2022-02-21"),
                null,
                List.of(),
                Rank.NORMAL,
                List.of(recognitionCitation()));
    }

    /** Russia recognizes the LPR from 21 February 2022, citing the article. */
    public static ClaimDraft russiaRecognizesLuhansk() {
        return new ClaimDraft(
                RUSSIA,
                "recognizes",
                ClaimValue.entity(LUHANSK),
                EdtfDate.parse("2022-02-21"),
                null,
                List.of(),
                Rank.NORMAL,
                List.of(recognitionCitation()));
    }

    public static Claim claim(long id, ClaimDraft draft) {
        return Claim.of(new ClaimId(id), draft);
    }
}
