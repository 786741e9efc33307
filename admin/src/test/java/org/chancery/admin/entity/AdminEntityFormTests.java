package org.chancery.admin.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminPages.body;
import static org.chancery.admin.AdminPages.comparedRows;

import java.util.List;
import org.chancery.admin.AdminPages;
import org.chancery.admin.AdminSliceTest;
import org.chancery.domain.EntityId;
import org.chancery.domain.Fixtures;
import org.chancery.domain.entity.Alias;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntityCuration;
import org.chancery.domain.entity.EntityDraft;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.entity.ExternalId;
import org.chancery.domain.security.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The entity form: adding an entity, editing one for a reason, and what a refusal or a conflict shows. */
@AdminSliceTest
class AdminEntityFormTests {

    @Autowired
    EntityCuration curation;

    @Autowired
    Entities entities;

    @Autowired
    AdminPages pages;

    final Actor olga = Fixtures.curator();

    @Test
    void addingAnEntityReadsAliasesAndIdsOneALine() {
        MvcTestResult done = post(
                "/admin/entities/new",
                "kind",
                "POLITY",
                "name",
                "Ruritania",
                "aliases",
                "Ruritanien|de\nRuritania Kingdom",
                "externalIds",
                "wikidata:Q1234567");

        assertThat(done).hasStatus3xxRedirection();
        String location = done.getResponse().getRedirectedUrl();
        Entity added = entities.find(EntityId.parse(location.substring(location.lastIndexOf('/') + 1)))
                .orElseThrow()
                .state();
        assertThat(added.name()).isEqualTo("Ruritania");
        assertThat(added.aliases()).contains(new Alias("Ruritanien", "de"), new Alias("Ruritania Kingdom", null));
        assertThat(added.externalIds()).containsExactly(new ExternalId("wikidata", "Q1234567"));
    }

    @Test
    void aRefusedAliasIsShownAtTheAliasesWithTheValuesKept() {
        MvcTestResult refused = post(
                "/admin/entities/new",
                "kind",
                "POLITY",
                "name",
                "<b>Ruritania</b>",
                "aliases",
                "Ruritania|not a language");

        assertThat(refused).hasStatusOk();
        assertThat(body(refused))
                .contains("<title>Error: Add an entity – Chancery</title>", "href=\"#aliases\"", "id=\"aliases-error\"")
                .contains("aria-describedby=\"aliases-hint aliases-error\"", "value=\"&lt;b&gt;Ruritania&lt;/b&gt;\"");
    }

    @Test
    void anEditStartsFromTheCurrentValuesAndNeedsAReason() {
        EntityId id = created();
        assertThat(body(pages.get("/admin/entities/" + id + "/edit")))
                .contains("name=\"expectedRevision\" value=\"1\"", "value=\"Grand Fenwick\"", "Fenwick|en");

        MvcTestResult refused = post("/admin/entities/" + id + "/edit", edit("1", "Duchy of Grand Fenwick", ""));
        MvcTestResult done = post("/admin/entities/" + id + "/edit", edit("1", "Duchy of Grand Fenwick", "Full name"));

        assertThat(body(refused)).contains("href=\"#reason\"", "id=\"reason-error\"");
        assertThat(done).hasStatus3xxRedirection().hasRedirectedUrl("/admin/entities/" + id);
        assertThat(entities.find(id).orElseThrow().state().name()).isEqualTo("Duchy of Grand Fenwick");
    }

    @Test
    void aStaleEditIsAConflictAndChangesNothing() {
        EntityId id = created();
        curation.correct(olga, id, 1, draft("Fenwick"), "Short name");

        MvcTestResult conflict =
                post("/admin/entities/" + id + "/edit", edit("1", "Duchy of Grand Fenwick", "Full name"));

        assertThat(conflict).hasStatusOk();
        assertThat(body(conflict))
                .contains("Someone changed this entity meanwhile", "value=\"Duchy of Grand Fenwick\"");
        assertThat(comparedRows(conflict))
                .extracting(row -> row.get(0))
                .containsExactly("Name Changed meanwhile Changed by you", "Other names Changed by you");
        assertThat(comparedRows(conflict).get(0))
                .containsExactly(
                        "Name Changed meanwhile Changed by you", "Grand Fenwick", "Fenwick", "Duchy of Grand Fenwick");
        assertThat(entities.find(id).orElseThrow().state().name()).isEqualTo("Fenwick");
    }

    @Test
    void anEditThatNamesNoRevisionIsAConflictAndChangesNothing() {
        EntityId id = created();

        MvcTestResult conflict = post(
                "/admin/entities/" + id + "/edit",
                "kind",
                "POLITY",
                "name",
                "Duchy of Grand Fenwick",
                "reason",
                "Full name");

        assertThat(conflict).hasStatusOk();
        assertThat(body(conflict))
                .contains("Someone changed this entity meanwhile", "names no revision this object has")
                .doesNotContain("when you started");
        assertThat(comparedRows(conflict)).contains(List.of("Name", "Grand Fenwick", "Duchy of Grand Fenwick"));
        assertThat(entities.find(id).orElseThrow().state().name()).isEqualTo("Grand Fenwick");
    }

    private static String[] edit(String expected, String name, String reason) {
        return new String[] {"expectedRevision", expected, "kind", "POLITY", "name", name, "reason", reason};
    }

    private EntityId created() {
        return curation.create(olga, draft("Grand Fenwick")).state().id();
    }

    private static EntityDraft draft(String name) {
        return new EntityDraft(EntityKind.POLITY, name, List.of(new Alias("Fenwick", "en")), null, List.of());
    }

    private MvcTestResult post(String uri, String... params) {
        return pages.post(uri, params);
    }
}
