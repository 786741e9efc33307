package org.chancery.domain.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.domain.Fixtures.RECOGNITION_QUOTE;
import static org.chancery.domain.Fixtures.VINDOBONA;
import static org.chancery.domain.Fixtures.VINDOBONA_ARTICLE;

import java.time.LocalDate;
import java.util.List;
import org.chancery.domain.time.EdtfDate;
import org.junit.jupiter.api.Test;

class CitationTests {

    @Test
    void aCitationWithoutLocatorHasNoPositionUntilChecked() {
        Citation citation = new Citation(
                VINDOBONA_ARTICLE, RECOGNITION_QUOTE, List.of(AttributionLink.of(VINDOBONA)), Modality.STATED);

        assertThat(citation.locator()).isNull();
        assertThat(citation.quotePosition()).isNull();
        assertThat(citation.attribution()).containsExactly(new AttributionLink(VINDOBONA, null));
    }

    @Test
    void anAttributionLinkIsAnEntityOrAText() {
        assertThat(AttributionLink.of(VINDOBONA)).isEqualTo(new AttributionLink(VINDOBONA, null));
        assertThat(AttributionLink.of("Russian sources")).isEqualTo(new AttributionLink(null, "Russian sources"));
    }

    @Test
    void aValueIsAnEntityATextOrADate() {
        assertThat(ClaimValue.entity(VINDOBONA)).isEqualTo(new ClaimValue.EntityValue(VINDOBONA));
        assertThat(ClaimValue.text("embassy")).isEqualTo(new ClaimValue.TextValue("embassy"));
        assertThat(ClaimValue.date(EdtfDate.of(LocalDate.parse("2022-02-22"))))
                .isEqualTo(new ClaimValue.DateValue(EdtfDate.parse("2022-02-22")));
    }
}
