package org.chancery.admin.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminPages.body;

import java.util.List;
import org.chancery.admin.AdminPages;
import org.chancery.admin.AdminSliceTest;
import org.chancery.domain.EntityId;
import org.chancery.domain.Fixtures;
import org.chancery.domain.InMemoryRegistry;
import org.chancery.domain.claim.AttributionLink;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Qualifier;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.entity.EntityCuration;
import org.chancery.domain.entity.EntityDraft;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.revision.Reviewing;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.time.EdtfDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The claim page: the claim as it stands or as a revision left it, and every revision with its reviews. */
@AdminSliceTest
class AdminClaimPagesTests {

    @Autowired
    ClaimCuration claims;

    @Autowired
    Reviewing reviewing;

    @Autowired
    EntityCuration entities;

    @Autowired
    InMemoryRegistry registry;

    @Autowired
    AdminPages pages;

    final Actor olga = Fixtures.curator();

    final Actor bruno = Actor.user("bruno", Role.CURATOR);

    /** The object of this test's claims, a polity of its own. */
    EntityId partner;

    @BeforeEach
    void aPartner() {
        partner = polity("Partnerland");
    }

    @Test
    void anImportedClaimShowsWhatItSaysItsCitationAndItsHistory() {
        registry.claims().with(Fixtures.claim(6, imported()));

        MvcTestResult page = pages.get("/admin/claims/C6");

        assertThat(page).hasStatusOk();
        assertThat(body(page))
                .contains("<title>Claim C6 – Chancery</title>", "<h1>Claim C6</h1>")
                .doesNotContain("error-summary", "There is a problem")
                .contains("href=\"/admin/entities/E1\">Russia</a>", "recognizes", "href=\"/admin/entities/E3\"")
                .contains("appointed by", "href=\"/admin/entities/E5\">Denis Pushilin</a>")
                .contains("began on 21 February 2022, ended on or after 6 May 2022")
                .contains("Imported", "href=\"/admin/claims/C6?revision=1\"", "Not reviewed yet");
    }

    @Test
    void aContestedClaimShowsBothSides() {
        ClaimDraft stated = draft("2022-02-21");
        ClaimDraft contested = new ClaimDraft(
                stated.subject(),
                stated.predicate(),
                stated.object(),
                stated.validFrom(),
                null,
                List.of(),
                Rank.NORMAL,
                List.of(
                        stated.citations().get(0),
                        new Citation(
                                Fixtures.VINDOBONA_ARTICLE, Fixtures.RECOGNITION_QUOTE, List.of(), Modality.DENIED)));
        Claim claim = claims.assertClaim(olga, contested).state();

        String page = body(pages.get("/admin/claims/" + claim.id()));

        assertThat(page).contains("Contested", "Affirmed in", "denied or disputed in");
        assertThat(page.substring(page.indexOf("Affirmed in"), page.indexOf("denied or disputed in")))
                .contains("href=\"/admin/sources/S2\"")
                .doesNotContain("href=\"/admin/sources/S1\"");
        assertThat(page.substring(page.indexOf("denied or disputed in"))).contains("href=\"/admin/sources/S1\"");
        assertThat(body(pages.get("/admin/claims/C6"))).doesNotContain("Affirmed in");
    }

    @Test
    void everyRevisionIsListedAndAnEarlierOneShowsAsItWas() {
        Claim asserted = claims.assertClaim(olga, draft("2022-02-21")).state();
        claims.correct(olga, asserted.id(), 1, draft("2022-02-22"), "The article says 22 February");
        reviewing.review(bruno, asserted.id(), 1);

        String current = body(pages.get("/admin/claims/" + asserted.id()));
        String first = body(pages.get("/admin/claims/" + asserted.id() + "?revision=1"));

        assertThat(current)
                .contains("revision 2 of 2", "22 February 2022", "The article says 22 February", "Corrected")
                .contains("olga", "bruno", "Created");
        assertThat(first)
                .contains("This is revision 1. The claim is now at revision 2.", "21 February 2022")
                .contains("<title>Claim " + asserted.id() + ", revision 1 – Chancery</title>");
    }

    /**
     * Russia recognizes the LPR from 21 February 2022 until some time after 6 May, a recognition appointed by
     * Denis Pushilin, in the article's words attributed to Vindobona.
     */
    private static ClaimDraft imported() {
        return new ClaimDraft(
                Fixtures.RUSSIA,
                "recognizes",
                ClaimValue.entity(Fixtures.LUHANSK),
                EdtfDate.parse("2022-02-21"),
                EdtfDate.parse("[2022-05-06..]"),
                List.of(new Qualifier("appointed_by", ClaimValue.entity(Fixtures.PUSHILIN))),
                Rank.NORMAL,
                List.of(new Citation(
                        Fixtures.VINDOBONA_ARTICLE,
                        Fixtures.RECOGNITION_QUOTE,
                        List.of(AttributionLink.of(Fixtures.VINDOBONA), AttributionLink.of(Fixtures.PUSHILIN)),
                        Modality.ATTRIBUTED)));
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
                List.of(new Citation(
                        Fixtures.TASS_REPORT,
                        "it was agreed to establish diplomatic contacts at the embassy level",
                        List.of(),
                        Modality.STATED)));
    }

    /** A new polity of its own, the object of this test's claims. */
    private EntityId polity(String name) {
        return entities.create(olga, new EntityDraft(EntityKind.POLITY, name, List.of(), null, List.of()))
                .state()
                .id();
    }
}
