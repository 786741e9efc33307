package org.chancery.admin.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.admin.AdminClient.body;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.chancery.admin.AdminClient;
import org.chancery.admin.AdminTest;
import org.chancery.domain.EntityId;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.ClaimDraft;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.revision.Reviewing;
import org.chancery.domain.security.Actor;
import org.chancery.domain.security.Role;
import org.chancery.domain.time.EdtfDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The claim page: the claim as it stands or as a revision left it, and every revision with its reviews. */
@AdminTest
class AdminClaimPagesTests {

    @Autowired
    ClaimCuration claims;

    @Autowired
    Reviewing reviewing;

    @Autowired
    AdminClient client;

    Actor olga;

    Actor bruno;

    Cookie session;

    /** The object of this test's claims, a polity of its own. */
    EntityId partner;

    @BeforeEach
    void signIn() {
        partner = client.polity("Partnerland");
        olga = client.user("claim-olga", Role.CURATOR);
        bruno = client.user("claim-bruno", Role.CURATOR);
        session = client.signIn("claim-olga");
    }

    @Test
    void aFoundingClaimShowsWhatItSaysItsCitationAndItsHistory() {
        MvcTestResult page = client.get(session, "/admin/claims/C6");

        assertThat(page).hasStatusOk();
        assertThat(body(page))
                .contains("<title>Claim C6 – Chancery</title>", "<h1>Claim C6</h1>")
                .doesNotContain("error-summary", "There is a problem")
                .contains("href=\"/admin/entities/E1\">Russia</a>", "recognizes", "href=\"/admin/entities/E3\"")
                .contains("acting through", "href=\"/admin/entities/E5\">Vladimir Putin</a>")
                .contains("began on 21 February 2022, ended on or after 6 May 2022")
                .contains("Imported", "href=\"/admin/claims/C6?revision=1\"", "Not reviewed yet");
    }

    @Test
    void everyRevisionIsListedAndAnEarlierOneShowsAsItWas() {
        Claim asserted = claims.assertClaim(olga, draft("2022-02-21")).state();
        claims.correct(olga, asserted.id(), 1, draft("2022-02-22"), "The article says 22 February");
        reviewing.review(bruno, asserted.id(), 1);

        String current = body(client.get(session, "/admin/claims/" + asserted.id()));
        String first = body(client.get(session, "/admin/claims/" + asserted.id() + "?revision=1"));

        assertThat(current)
                .contains("revision 2 of 2", "22 February 2022", "The article says 22 February", "Corrected")
                .contains("claim-olga", "claim-bruno", "Created");
        assertThat(first)
                .contains("This is revision 1. The claim is now at revision 2.", "21 February 2022")
                .contains("<title>Claim " + asserted.id() + ", revision 1 – Chancery</title>");
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
                        SourceId.parse("S1"),
                        "it was agreed to establish diplomatic contacts at the embassy level",
                        List.of(),
                        Modality.STATED)));
    }
}
