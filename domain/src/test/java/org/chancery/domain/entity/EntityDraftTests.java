package org.chancery.domain.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.chancery.domain.Fixtures.makeeva;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.chancery.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityDraftTests {

    @Test
    void aDraftThatFollowsEveryRuleComesBackStripped() {
        EntityDraft draft = new EntityDraft(
                EntityKind.POLITY,
                "  Luhansk People's Republic ",
                List.of(new Alias(" Lugansk ", " ru "), new Alias("LPR", null), new Alias("Lugansk", "en")),
                "  Breakaway territory in eastern Ukraine\n",
                List.of(ExternalId.wikidata("Q11161"), new ExternalId("geonames", "703448")));

        EntityDraft checked = draft.checked();

        assertThat(checked)
                .isEqualTo(new EntityDraft(
                        EntityKind.POLITY,
                        "Luhansk People's Republic",
                        List.of(new Alias("Lugansk", "ru"), new Alias("LPR", null), new Alias("Lugansk", "en")),
                        "Breakaway territory in eastern Ukraine",
                        List.of(ExternalId.wikidata("Q11161"), new ExternalId("geonames", "703448"))));
    }

    @Test
    void aBlankDescriptionIsNoDescription() {
        assertThat(with("   ").checked().description()).isNull();
    }

    @Test
    void refusesADraftWithoutKind() {
        EntityDraft draft = new EntityDraft(null, "Olga Makeeva", List.of(), null, List.of());

        refused(draft, "kind").withMessage("Choose what kind of entity this is");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void refusesABlankName(String name) {
        refused(new EntityDraft(EntityKind.PERSON, name, List.of(), null, List.of()), "name");
    }

    @Test
    void refusesMoreAliasesOrExternalIdsThanTheirBoundsNamingTheListAndTheCountSent() {
        Alias[] aliases = new Alias[EntityDraft.MAX_ALIASES + 1];
        for (int i = 0; i < aliases.length; i++) {
            aliases[i] = new Alias("name " + i, null);
        }
        ExternalId[] ids = new ExternalId[EntityDraft.MAX_EXTERNAL_IDS + 1];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = new ExternalId("registry" + i, "x");
        }

        refused(withAliases(aliases), "aliases").withMessage("Give at most 100 of these (101 were sent)");
        refused(withIds(ids), "externalIds").withMessage("Give at most 20 of these (21 were sent)");
    }

    @Test
    void refusesANameLongerThan300Characters() {
        refused(new EntityDraft(EntityKind.PERSON, "x".repeat(301), List.of(), null, List.of()), "name");
        assertThat(new EntityDraft(EntityKind.PERSON, "x".repeat(300), List.of(), null, List.of())
                        .checked()
                        .name())
                .hasSize(300);
    }

    @Test
    void refusesADescriptionLongerThan2000Characters() {
        refused(with("x".repeat(2001)), "description");
    }

    @Test
    void refusesABlankAlias() {
        refused(withAliases(new Alias("Макеева", "ru"), new Alias(" ", null)), "aliases[1].name");
    }

    @Test
    void refusesAnAliasLongerThan300Characters() {
        refused(withAliases(new Alias("Макеева", "ru"), new Alias("x".repeat(301), null)), "aliases[1].name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Russian", "RU", "r", "ru_RU", "ru-", "1ru", "ru-Cyrl-toolongsubtag"})
    void refusesAnAliasLanguageThatIsNoLanguageTag(String language) {
        refused(withAliases(new Alias("Макеева", "ru"), new Alias("Makeeva", language)), "aliases[1].language")
                .withMessage("Write a language tag such as en, ru or uk-Latn, or leave it empty");
    }

    @Test
    void refusesAnAliasLanguageLongerThan35Characters() {
        String language = "ru" + "-abcdefgh".repeat(4);

        refused(withAliases(new Alias("Макеева", "ru"), new Alias("Makeeva", language)), "aliases[1].language")
                .withMessageStartingWith("Shorten it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "uk-Latn", "zh-Hant-TW", "ast", "  en  "})
    void acceptsLanguageTags(String language) {
        assertThat(withAliases(new Alias("Makeeva", language)).checked().aliases())
                .containsExactly(new Alias("Makeeva", language.strip()));
    }

    @Test
    void aBlankAliasLanguageIsNoLanguage() {
        assertThat(withAliases(new Alias("Makeeva", " ")).checked().aliases())
                .containsExactly(new Alias("Makeeva", null));
    }

    @Test
    void refusesAnAliasThatIsAlreadyANameInTheSameLanguage() {
        refused(withAliases(new Alias("Makeeva", "en"), new Alias("MAKEEVA!", "en")), "aliases[1].name")
                .withMessage("'MAKEEVA!' is already a name of this entity");
    }

    @Test
    void refusesAnAliasWithoutLanguageThatIsTheName() {
        refused(withAliases(new Alias("olga makeeva", null)), "aliases[0].name");
    }

    @Test
    void acceptsTheSameNameInAnotherLanguage() {
        assertThat(withAliases(new Alias("Olga Makeeva", "en"), new Alias("Makeeva", "en"), new Alias("Makeeva", "de"))
                        .checked()
                        .aliases())
                .hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wikidata", "", "1abc", "geo-names", "a2345678901234567890123456789012345678901"})
    void refusesAnExternalRegistryNotWrittenInLowerCase(String scheme) {
        refused(withIds(ExternalId.wikidata("Q1"), new ExternalId(scheme, "703448")), "externalIds[1].scheme");
    }

    @Test
    void acceptsAnExternalRegistryOf40Characters() {
        String scheme = "a23456789012345678901234567890123456789_";

        assertThat(withIds(new ExternalId(scheme, "1")).checked().externalIds())
                .containsExactly(new ExternalId(scheme, "1"));
    }

    @Test
    void refusesABlankExternalId() {
        refused(withIds(new ExternalId("geonames", " ")), "externalIds[0].value");
    }

    @Test
    void refusesAnExternalIdLongerThan100Characters() {
        refused(withIds(new ExternalId("geonames", "7".repeat(101))), "externalIds[0].value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"159", "Q0", "Q0159", "q159", "Q159a", "P159"})
    void refusesAWikidataIdThatIsNoItemId(String qid) {
        refused(withIds(ExternalId.wikidata(qid)), "externalIds[0].value")
                .withMessage("Write a Wikidata item id such as Q159");
    }

    @Test
    void otherRegistriesTakeAnyId() {
        assertThat(withIds(new ExternalId("geonames", "703448")).checked().externalIds())
                .containsExactly(new ExternalId("geonames", "703448"));
    }

    @Test
    void refusesAnExternalIdListedTwice() {
        refused(withIds(ExternalId.wikidata("Q159"), ExternalId.wikidata("Q159")), "externalIds[1].value")
                .withMessage("Q159 is listed twice");
    }

    @Test
    void keepsItsOwnCopyOfTheLists() {
        List<Alias> aliases = new ArrayList<>(List.of(new Alias("Makeeva", null)));
        EntityDraft draft = new EntityDraft(EntityKind.PERSON, "Olga Makeeva", aliases, null, List.of());

        aliases.clear();

        assertThat(draft.aliases()).hasSize(1);
    }

    private static EntityDraft with(String description) {
        EntityDraft d = makeeva();
        return new EntityDraft(d.kind(), d.name(), d.aliases(), description, d.externalIds());
    }

    private static EntityDraft withAliases(Alias... aliases) {
        EntityDraft d = makeeva();
        return new EntityDraft(d.kind(), d.name(), List.of(aliases), d.description(), d.externalIds());
    }

    private static EntityDraft withIds(ExternalId... ids) {
        EntityDraft d = makeeva();
        return new EntityDraft(d.kind(), d.name(), d.aliases(), d.description(), List.of(ids));
    }

    private static ThrowableAssertAlternative<InvalidInputException> refused(EntityDraft draft, String field) {
        return assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(draft::checked)
                .satisfies(e -> assertThat(e.field()).isEqualTo(field));
    }
}
