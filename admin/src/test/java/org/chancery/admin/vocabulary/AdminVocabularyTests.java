package org.chancery.admin.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminPages.body;

import java.util.Set;
import java.util.regex.Pattern;
import org.chancery.admin.AdminPages;
import org.chancery.admin.AdminSliceTest;
import org.chancery.domain.Fixtures;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.security.Actor;
import org.chancery.domain.vocabulary.ObjectType;
import org.chancery.domain.vocabulary.Predicate;
import org.chancery.domain.vocabulary.Predicates;
import org.chancery.domain.vocabulary.VocabularyAdministration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The vocabulary pages: the list for anyone signed in, and the forms with which admins add and change
 * predicates, with what a refusal, a curator or a change made meanwhile gets.
 */
@AdminSliceTest
class AdminVocabularyTests {

    private static final Pattern ROW = Pattern.compile("<tr>\\s*<td class=\"object-id\">");

    @Autowired
    Predicates predicates;

    @Autowired
    VocabularyAdministration vocabulary;

    @Autowired
    AdminPages pages;

    final Actor ada = Fixtures.admin();

    final Actor olga = Fixtures.curator();

    @Test
    void everyPredicateIsListedWithItsWikidataPropertyLinked() {
        MvcTestResult list = pages.as(Fixtures.reader()).get("/admin/vocabulary");

        assertThat(list).hasStatusOk();
        String page = body(list);
        assertThat(ROW.matcher(page).results().count())
                .isEqualTo(predicates.all().size());
        assertThat(page)
                .contains("<title>Vocabulary – Chancery</title>", ">recognizes</td>", ">diplomatic_relations_with</td>")
                .contains("href=\"https://www.wikidata.org/wiki/Property:P530\"")
                .doesNotContain("/admin/vocabulary/new", "/admin/vocabulary/recognizes/edit");
    }

    @Test
    void onlyAnAdminIsOfferedToAddAndEditPredicates() {
        assertThat(body(pages.as(ada).get("/admin/vocabulary")))
                .contains("href=\"/admin/vocabulary/new\"", "href=\"/admin/vocabulary/recognizes/edit\"");
        assertThat(body(pages.as(olga).get("/admin/vocabulary")))
                .doesNotContain("/admin/vocabulary/new", "/admin/vocabulary/recognizes/edit");
    }

    @Test
    void anAdminAddsAPredicate() {
        MvcTestResult done = pages.as(ada)
                .post(
                        "/admin/vocabulary/new",
                        "key",
                        "hosts_talks",
                        "label",
                        "hosts talks of",
                        "inverseLabel",
                        "holds talks hosted by",
                        "description",
                        "A polity hosts talks between others.",
                        "subjectKinds",
                        "POLITY",
                        "objectType",
                        "ENTITY",
                        "objectKinds",
                        "POLITY",
                        "objectKinds",
                        "ORGANISATION",
                        "cameoCode",
                        "043",
                        "wikidataProperty",
                        "");

        assertThat(done).hasStatus3xxRedirection().hasRedirectedUrl("/admin/vocabulary");
        assertThat(done).flash().containsEntry("flash", "vocabulary.flash.create");
        assertThat(predicates.find("hosts_talks"))
                .contains(new Predicate(
                        "hosts_talks",
                        "hosts talks of",
                        "holds talks hosted by",
                        "A polity hosts talks between others.",
                        Set.of(EntityKind.POLITY),
                        ObjectType.ENTITY,
                        Set.of(EntityKind.POLITY, EntityKind.ORGANISATION),
                        false,
                        "043",
                        null));
    }

    @Test
    void aBadKeyIsShownAtTheKeyWithTheValuesKept() {
        MvcTestResult refused = pages.as(ada)
                .post(
                        "/admin/vocabulary/new",
                        "key",
                        "Hosts Talks",
                        "label",
                        "hosts talks of",
                        "inverseLabel",
                        "holds talks hosted by",
                        "subjectKinds",
                        "PERSON",
                        "objectType",
                        "TEXT",
                        "symmetric",
                        "true");

        assertThat(refused).hasStatusOk();
        assertThat(body(refused))
                .contains("<title>Error: Add a predicate – Chancery</title>", "href=\"#key\"", "id=\"key-error\"")
                .contains("Write the key in lower case with underscores", "aria-describedby=\"key-hint key-error\"")
                .contains("value=\"Hosts Talks\"", "value=\"hosts talks of\"", "value=\"holds talks hosted by\"")
                .containsPattern("value=\"PERSON\" checked")
                .containsPattern("value=\"TEXT\" checked")
                .containsPattern("name=\"symmetric\" value=\"true\"[^>]*checked");
        assertThat(predicates.find("Hosts Talks")).isEmpty();
    }

    @Test
    void aCuratorIsRefusedAndNothingChanges() {
        Predicate before = created("mediates_between", "mediates between");

        MvcTestResult create = pages.as(olga)
                .post(
                        "/admin/vocabulary/new",
                        "key",
                        "curated_key",
                        "label",
                        "a",
                        "inverseLabel",
                        "b",
                        "objectType",
                        "TEXT");
        MvcTestResult edit =
                pages.as(olga).post("/admin/vocabulary/mediates_between/edit", edit(before, "mediates for"));

        assertThat(create).hasStatus(403);
        assertThat(edit).hasStatus(403);
        assertThat(predicates.find("curated_key")).isEmpty();
        assertThat(predicates.find("mediates_between")).contains(before);
    }

    @Test
    void anEditFromThePredicateAsTheFormShowedItIsSaved() {
        Predicate before = created("convenes", "convenes");
        assertThat(body(pages.as(ada).get("/admin/vocabulary/convenes/edit")))
                .contains("readonly", "value=\"convenes\"", "name=\"original.label\" value=\"convenes\"");

        // browsers send every line break back as CR LF
        MvcTestResult done = pages.as(ada)
                .post(
                        "/admin/vocabulary/convenes/edit",
                        with(edit(before, "calls together"), "original.description", "Line one\r\nLine two"));

        assertThat(done).hasStatus3xxRedirection().hasRedirectedUrl("/admin/vocabulary");
        assertThat(done).flash().containsEntry("flash", "vocabulary.flash.edit");
        assertThat(predicates.find("convenes").orElseThrow().label()).isEqualTo("calls together");
    }

    @Test
    void aStaleEditIsAConflictAndChangesNothing() {
        Predicate seen = created("brokers", "brokers");
        Predicate theirs = relabelled(seen, "brokers a deal between");
        vocabulary.update(ada, seen, theirs);

        MvcTestResult conflict = pages.as(ada).post("/admin/vocabulary/brokers/edit", edit(seen, "arranges"));

        assertThat(conflict).hasStatusOk();
        assertThat(body(conflict))
                .contains("Someone changed this predicate meanwhile", "brokers a deal between", "value=\"arranges\"");
        assertThat(predicates.find("brokers")).contains(theirs);
    }

    @Test
    void anEditThatNamesNoOriginalIsAConflictAndChangesNothing() {
        Predicate before = created("summons", "summons");

        MvcTestResult conflict = pages.as(ada)
                .post(
                        "/admin/vocabulary/summons/edit",
                        "label",
                        "calls in",
                        "inverseLabel",
                        "is called in by",
                        "objectType",
                        "ENTITY");

        assertThat(body(conflict)).contains("Someone changed this predicate meanwhile");
        assertThat(predicates.find("summons")).contains(before);
    }

    @Test
    void aScriptInALabelIsShownEscaped() {
        created("scripted", "<script>alert(1)</script>");

        String list = body(pages.as(ada).get("/admin/vocabulary"));

        assertThat(list).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
    }

    @Test
    void anUnknownPredicateIsNotFound() {
        assertThat(pages.as(ada).get("/admin/vocabulary/no_such_predicate/edit"))
                .hasStatus(404);
    }

    private Predicate created(String key, String label) {
        return vocabulary.create(
                Actor.SYSTEM,
                new Predicate(
                        key,
                        label,
                        "is " + key + " by",
                        "Line one\nLine two",
                        Set.of(EntityKind.POLITY),
                        ObjectType.ENTITY,
                        Set.of(),
                        false,
                        null,
                        "P1000"));
    }

    private static Predicate relabelled(Predicate p, String label) {
        return new Predicate(
                p.key(),
                label,
                p.inverseLabel(),
                p.description(),
                p.subjectKinds(),
                p.objectType(),
                p.objectKinds(),
                p.symmetric(),
                p.cameoCode(),
                p.wikidataProperty());
    }

    /** The edit form's fields for {@code seen} relabelled, with {@code seen} in its hidden fields. */
    private static String[] edit(Predicate seen, String label) {
        return new String[] {
            "label", label,
            "inverseLabel", seen.inverseLabel(),
            "description", text(seen.description()),
            "subjectKinds", "POLITY",
            "objectType", seen.objectType().name(),
            "cameoCode", text(seen.cameoCode()),
            "wikidataProperty", text(seen.wikidataProperty()),
            "original.label", seen.label(),
            "original.inverseLabel", seen.inverseLabel(),
            "original.description", text(seen.description()),
            "original.subjectKinds", "POLITY",
            "original.objectType", seen.objectType().name(),
            "original.symmetric", String.valueOf(seen.symmetric()),
            "original.cameoCode", text(seen.cameoCode()),
            "original.wikidataProperty", text(seen.wikidataProperty())
        };
    }

    /** {@code params} with {@code name} set to {@code value} instead. */
    private static String[] with(String[] params, String name, String value) {
        String[] changed = params.clone();
        for (int i = 0; i < changed.length; i += 2) {
            if (changed[i].equals(name)) {
                changed[i + 1] = value;
            }
        }
        return changed;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
