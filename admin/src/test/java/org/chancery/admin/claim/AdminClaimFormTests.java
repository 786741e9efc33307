package org.chancery.admin.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminPages.body;
import static org.chancery.admin.AdminPages.comparedRows;

import java.util.Arrays;
import java.util.List;
import org.chancery.admin.AdminPages;
import org.chancery.admin.AdminSliceTest;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.Fixtures;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Qualifier;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.entity.EntityCuration;
import org.chancery.domain.entity.EntityDraft;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.security.Actor;
import org.chancery.domain.time.EdtfDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The claim form: correcting from the current values, asserting a new claim, and what a refusal shows. */
@AdminSliceTest
class AdminClaimFormTests {

    /** From the wire report, S2, whose text is not stored: any quote of it stands. */
    private static final String QUOTE = "it was agreed to establish diplomatic contacts at the embassy level";

    @Autowired
    ClaimCuration curation;

    @Autowired
    Claims claims;

    @Autowired
    EntityCuration entities;

    @Autowired
    AdminPages pages;

    final Actor olga = Fixtures.curator();

    /** The object of this test's claims, a polity of its own. */
    EntityId partner;

    @BeforeEach
    void aPartner() {
        partner = polity("Partnerland");
    }

    @Test
    void theCorrectionFormStartsFromTheCurrentValues() {
        ClaimId id = asserted();

        String form = body(pages.get("/admin/claims/" + id + "/correct"));

        assertThat(form)
                .contains("name=\"expectedRevision\" value=\"1\"", "name=\"subject\" value=\"E1\"")
                .contains("value=\"diplomatic_relations_with\"", "name=\"object\" value=\"" + partner + "\"")
                .contains("name=\"validFrom\" value=\"2022-02-21\"", "name=\"citations[0].source\" value=\"S2\"")
                .contains(QUOTE, "name=\"add\" value=\"citation\"");
    }

    @Test
    void aCorrectionWithAReasonMakesANewRevision() {
        ClaimId id = asserted();

        MvcTestResult done =
                post("/admin/claims/" + id + "/correct", correction("1", "2022-02-22", QUOTE, "The article says so"));

        assertThat(done).hasStatus3xxRedirection().hasRedirectedUrl("/admin/claims/" + id);
        assertThat(claims.find(id).orElseThrow().number()).isEqualTo(2);
        assertThat(claims.find(id).orElseThrow().state().validFrom()).isEqualTo(EdtfDate.parse("2022-02-22"));
    }

    @Test
    void aRefusedQuoteIsShownNextToItsFieldWithTheEnteredValuesKept() {
        ClaimId id = asserted();

        MvcTestResult refused =
                post("/admin/claims/" + id + "/correct", correction("1", "2022-02-22", "", "<script>x</script>"));

        assertThat(refused).hasStatusOk();
        assertThat(body(refused))
                .contains("<title>Error: Correct claim " + id + " – Chancery</title>", "There is a problem")
                .contains("href=\"#citations-0-quote\"", "id=\"citations-0-quote-error\"")
                .contains("aria-describedby=\"citations-0-quote-error\"", "aria-invalid=\"true\"")
                .contains("name=\"validFrom\" value=\"2022-02-22\"", "&lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("<script>x");
        assertThat(claims.find(id).orElseThrow().number()).isEqualTo(1);
    }

    @Test
    void aMalformedDateIsRefusedAtItsField() {
        ClaimId id = asserted();

        MvcTestResult refused = post("/admin/claims/" + id + "/correct", correction("1", "22 Feb", QUOTE, "A reason"));

        assertThat(body(refused)).contains("href=\"#validFrom\"", "id=\"validFrom-error\"");
    }

    @Test
    void aStaleCorrectionIsAConflictAndChangesNothing() {
        ClaimId id = asserted();
        curation.correct(olga, id, 1, draft("2022-02-23"), "Someone else’s fix");

        MvcTestResult conflict =
                post("/admin/claims/" + id + "/correct", correction("1", "2022-02-22", QUOTE, "My stale fix"));

        assertThat(conflict).hasStatusOk();
        assertThat(body(conflict))
                .contains("Someone changed this claim meanwhile", "Revision 2: Corrected by olga")
                .contains("Someone else’s fix", "Revision 1, when you started", "Now, revision 2")
                .contains("name=\"validFrom\" value=\"2022-02-22\"", "My stale fix");
        assertThat(comparedRows(conflict))
                .as("the one field that differs, in the revision started from, now and as submitted")
                .containsExactly(List.of(
                        "Valid from Changed meanwhile Changed by you",
                        "21 February 2022 2022-02-21",
                        "23 February 2022 2022-02-23",
                        "22 February 2022 2022-02-22"));
        assertThat(claims.find(id).orElseThrow().number()).isEqualTo(2);
        assertThat(claims.find(id).orElseThrow().state().validFrom()).isEqualTo(EdtfDate.parse("2022-02-23"));
    }

    @Test
    void theEntityPageLinksToTheEmptyForm() {
        assertThat(body(pages.get("/admin/entities/E1"))).contains("href=\"/admin/claims/new?subject=E1\"");
        assertThat(body(pages.get("/admin/claims/new?subject=E1")))
                .contains("<h1>Add a claim</h1>", "name=\"subject\" value=\"E1\"", "name=\"citations[0].quote\"")
                .doesNotContain("name=\"expectedRevision\"", "name=\"reason\"");
    }

    @Test
    void addAnotherCitationShowsOneMoreRowAndKeepsTheValues() {
        String[] params = {
            "subject",
            "E1",
            "predicate",
            "diplomatic_relations_with",
            "object",
            partner.toString(),
            "citations[0].source",
            "S2",
            "citations[0].quote",
            QUOTE,
            "citations[0].modality",
            "STATED",
            "add",
            "citation"
        };

        MvcTestResult form = post("/admin/claims/new", params);

        assertThat(form).hasStatusOk();
        assertThat(body(form))
                .contains(
                        "name=\"citations[1].quote\"",
                        "Citation 2",
                        QUOTE,
                        "name=\"object\" value=\"" + partner + "\"");
    }

    @Test
    void assertingMakesANewClaim() {
        String[] params = {
            "subject",
            "E1",
            "predicate",
            "diplomatic_relations_with",
            "object",
            partner.toString(),
            "validFrom",
            "2022-02",
            "rank",
            "NORMAL",
            "citations[0].source",
            "S2",
            "citations[0].quote",
            QUOTE,
            "citations[0].modality",
            "STATED",
            "citations[0].attribution",
            "E5\nA spokesman"
        };

        MvcTestResult done = post("/admin/claims/new", params);

        assertThat(done).hasStatus3xxRedirection();
        String location = done.getResponse().getRedirectedUrl();
        Claim added = claims.find(ClaimId.parse(location.substring(location.lastIndexOf('/') + 1)))
                .orElseThrow()
                .state();
        assertThat(added.validFrom()).isEqualTo(EdtfDate.parse("2022-02"));
        assertThat(added.citations().get(0).attribution()).hasSize(2);
    }

    @Test
    void aClaimThatAnotherAlreadyStatesIsRefusedWithALinkToIt() {
        Claim first = added(post("/admin/claims/new", claim("E1", partner.toString())));

        MvcTestResult refused = post("/admin/claims/new", claim("E1", partner.toString()));

        assertThat(refused).hasStatusOk();
        assertThat(body(refused))
                .contains("href=\"#subject\"", first.id() + " already states this")
                .contains("href=\"/admin/claims/" + first.id() + "\">Open " + first.id() + "</a>");
        assertThat(claims.referencing(partner)).hasSize(1);
    }

    @Test
    void aCraftedFormWithARowFarBeyondAnyListIsRefusedBeforeItIsRead() {
        MvcTestResult refused = post(
                "/admin/claims/new",
                with(claim("E1", partner.toString()), "citations[5000].source", "S2", "citations[5000].quote", "x"));

        assertThat(refused).hasStatus(400);
        assertThat(body(refused)).contains("A form holds at most 101 rows of a list");
        assertThat(claims.referencing(partner)).isEmpty();
    }

    @Test
    void entitiesAreEnteredByNameOrAliasInAnyCase() {
        MvcTestResult done = post("/admin/claims/new", claim("russian federation", "dpr"));

        assertThat(done).hasStatus3xxRedirection();
        Claim added = added(done);
        assertThat(added.subject()).isEqualTo(EntityId.parse("E1"));
        assertThat(added.object()).isEqualTo(ClaimValue.entity(EntityId.parse("E2")));
    }

    @Test
    void aNameThatFitsSeveralEntitiesIsRefusedWithTheCandidates() {
        polity("Luhansk Oblast");

        MvcTestResult refused = post("/admin/claims/new", claim("Russia", "Luhansk"));

        assertThat(refused).hasStatusOk();
        assertThat(body(refused))
                .contains("href=\"#object\"", "id=\"object-error\"")
                .contains("could be E3 Luhansk People&#39;s Republic", "enter the id of the one you mean")
                .contains("name=\"object\" value=\"Luhansk\"");
    }

    @Test
    void anUnknownNameIsRefused() {
        assertThat(body(post("/admin/claims/new", claim("Nowhere Atlantis", "E2"))))
                .contains("href=\"#subject\"", "No entity is called “Nowhere Atlantis”");
    }

    @Test
    void aChoiceThatIsNotAnOptionIsRefusedInTheCuratorsWordsAndNamesNoClass() {
        String[] badModality = claim("E1", partner.toString());
        badModality[13] = "rumoured";
        String[] badRank = claim("E1", partner.toString());
        badRank[7] = "TOP";
        int before = claims.referencing(partner).size();

        assertThat(body(post("/admin/claims/new", badModality)))
                .contains("href=\"#citations-0-modality\"", "Choose how the source puts it")
                .doesNotContain("enum", "org.chancery");
        assertThat(body(post("/admin/claims/new", badRank)))
                .contains("href=\"#rank\"", "Choose a rank from the list")
                .doesNotContain("enum", "org.chancery");
        assertThat(claims.referencing(partner)).hasSize(before);
    }

    @Test
    void detailsAreSavedFromTheFilledRowsAndARefusedOneIsShownOnItsRow() {
        String[] blankThenLevel = with(
                claim("E1", partner.toString()),
                "qualifiers[0].predicate",
                "",
                "qualifiers[0].value",
                "",
                "qualifiers[1].predicate",
                "role",
                "qualifiers[1].value",
                "embassy");
        String[] blankThenUnknown = with(
                claim("E1", partner.toString()),
                "qualifiers[0].predicate",
                "",
                "qualifiers[0].value",
                "",
                "qualifiers[1].predicate",
                "no_such_detail",
                "qualifiers[1].value",
                "x");

        Claim added = added(post("/admin/claims/new", blankThenLevel));
        MvcTestResult refused = post("/admin/claims/new", blankThenUnknown);

        assertThat(added.qualifiers()).containsExactly(new Qualifier("role", ClaimValue.text("embassy")));
        assertThat(body(refused)).contains("href=\"#qualifiers-1-predicate\"", "id=\"qualifiers-1-predicate-error\"");
        assertThat(body(pages.get("/admin/claims/" + added.id() + "/correct")))
                .contains("name=\"qualifiers[0].value\" value=\"embassy\"")
                .containsPattern("<option value=\"role\" selected=\"selected\"");
    }

    @Test
    void addAnotherDetailShowsOneMoreRow() {
        MvcTestResult form = post("/admin/claims/new", with(claim("E1", partner.toString()), "add", "qualifier"));

        assertThat(body(form)).contains("name=\"qualifiers[0].predicate\"", "Detail 1", "name=\"citations[0].quote\"");
    }

    @Test
    void suggestionsListTheEntitiesANameFits() {
        assertThat(body(pages.get("/admin/entities/suggestions?q=lugansk")))
                .contains("{\"id\":\"E3\",\"name\":\"Luhansk People's Republic\",\"kind\":\"POLITY\"}");
        assertThat(body(pages.get("/admin/entities/suggestions?q=l"))).isEqualTo("[]");
    }

    private Claim added(MvcTestResult done) {
        assertThat(done).hasStatus3xxRedirection();
        String location = done.getResponse().getRedirectedUrl();
        return claims.find(ClaimId.parse(location.substring(location.lastIndexOf('/') + 1)))
                .orElseThrow()
                .state();
    }

    private static String[] claim(String subject, String object) {
        return new String[] {
            "subject",
            subject,
            "predicate",
            "diplomatic_relations_with",
            "object",
            object,
            "rank",
            "NORMAL",
            "citations[0].source",
            "S2",
            "citations[0].quote",
            QUOTE,
            "citations[0].modality",
            "STATED"
        };
    }

    private static String[] with(String[] params, String... more) {
        String[] all = Arrays.copyOf(params, params.length + more.length);
        System.arraycopy(more, 0, all, params.length, more.length);
        return all;
    }

    private String[] correction(String expected, String from, String quote, String reason) {
        return new String[] {
            "expectedRevision",
            expected,
            "subject",
            "E1",
            "predicate",
            "diplomatic_relations_with",
            "object",
            partner.toString(),
            "validFrom",
            from,
            "rank",
            "NORMAL",
            "citations[0].source",
            "S2",
            "citations[0].quote",
            quote,
            "citations[0].modality",
            "STATED",
            "reason",
            reason
        };
    }

    private MvcTestResult post(String uri, String... params) {
        return pages.post(uri, params);
    }

    private ClaimId asserted() {
        return curation.assertClaim(olga, draft("2022-02-21")).state().id();
    }

    private ClaimDraft draft(String from) {
        return new ClaimDraft(
                EntityId.parse("E1"),
                "diplomatic_relations_with",
                ClaimValue.entity(partner),
                EdtfDate.parse(from),
                null,
                List.of(),
                Rank.NORMAL,
                List.of(new Citation(Fixtures.TASS_REPORT, QUOTE, List.of(), Modality.STATED)));
    }

    /** A new polity of its own, the object of this test's claims. */
    private EntityId polity(String name) {
        return entities.create(olga, new EntityDraft(EntityKind.POLITY, name, List.of(), null, List.of()))
                .state()
                .id();
    }
}
