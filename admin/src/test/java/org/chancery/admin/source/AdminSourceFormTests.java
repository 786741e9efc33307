package org.chancery.admin.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminPages.body;
import static org.chancery.admin.AdminPages.comparedRows;

import java.time.LocalDate;
import java.util.List;
import org.chancery.admin.AdminPages;
import org.chancery.admin.AdminSliceTest;
import org.chancery.domain.Fixtures;
import org.chancery.domain.SourceId;
import org.chancery.domain.security.Actor;
import org.chancery.domain.source.Source;
import org.chancery.domain.source.SourceCuration;
import org.chancery.domain.source.SourceDraft;
import org.chancery.domain.source.SourceKind;
import org.chancery.domain.source.Sources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The source form: adding a source, editing one for a reason, and what a refusal or a conflict shows. */
@AdminSliceTest
class AdminSourceFormTests {

    @Autowired
    SourceCuration curation;

    @Autowired
    Sources sources;

    @Autowired
    AdminPages pages;

    final Actor olga = Fixtures.curator();

    @Test
    void addingASourceReadsEveryField() {
        MvcTestResult done = post(
                "/admin/sources/new",
                "kind",
                "NEWS_ARTICLE",
                "title",
                "Ruritania opens an embassy",
                "url",
                "https://example.org/a",
                "language",
                "en",
                "retrievedOn",
                "2024-05-01",
                "publishedAt",
                "2022-02-21T10:00:00Z",
                "publisher",
                "vindobona",
                "text",
                "Ruritania opened an embassy.");

        assertThat(done).hasStatus3xxRedirection();
        String location = done.getResponse().getRedirectedUrl();
        Source added = sources.find(SourceId.parse(location.substring(location.lastIndexOf('/') + 1)))
                .orElseThrow()
                .state();
        assertThat(added.title()).isEqualTo("Ruritania opens an embassy");
        assertThat(added.retrievedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(added.text()).isEqualTo("Ruritania opened an embassy.");
        assertThat(added.publisher()).isEqualTo(Fixtures.VINDOBONA);
    }

    @Test
    void aMalformedDayIsShownAtItsFieldWithTheValuesKept() {
        MvcTestResult refused =
                post("/admin/sources/new", "kind", "NEWS_ARTICLE", "title", "<i>Kept</i>", "retrievedOn", "1 May");

        assertThat(refused).hasStatusOk();
        assertThat(body(refused))
                .contains("<title>Error: Add a source – Chancery</title>", "href=\"#retrievedOn\"")
                .contains("id=\"retrievedOn-error\"", "value=\"&lt;i&gt;Kept&lt;/i&gt;\"");
    }

    @Test
    void aStaleEditIsAConflictAndChangesNothing() {
        SourceId id = curation.create(olga, draft("First title")).state().id();
        assertThat(body(pages.get("/admin/sources/" + id + "/edit")))
                .contains("name=\"expectedRevision\" value=\"1\"", "value=\"First title\"");
        curation.correct(olga, id, 1, draft("Second title"), "A better title");

        MvcTestResult conflict = post(
                "/admin/sources/" + id + "/edit",
                "expectedRevision",
                "1",
                "kind",
                "NEWS_ARTICLE",
                "title",
                "My title",
                "reason",
                "Mine");
        MvcTestResult done = post(
                "/admin/sources/" + id + "/edit",
                "expectedRevision",
                "2",
                "kind",
                "NEWS_ARTICLE",
                "title",
                "My title",
                "reason",
                "Mine");

        assertThat(body(conflict))
                .contains("Someone changed this source meanwhile", "A better title", "value=\"My title\"");
        assertThat(comparedRows(conflict))
                .containsExactly(
                        List.of("Title Changed meanwhile Changed by you", "First title", "Second title", "My title"),
                        List.of("Language Changed by you", "en", "en", "Not set"));
        assertThat(done).hasStatus3xxRedirection().hasRedirectedUrl("/admin/sources/" + id);
        assertThat(sources.find(id).orElseThrow().number()).isEqualTo(3);
    }

    private static SourceDraft draft(String title) {
        return new SourceDraft(SourceKind.NEWS_ARTICLE, title, null, null, null, null, "en", null, null);
    }

    private MvcTestResult post(String uri, String... params) {
        return pages.post(uri, params);
    }
}
