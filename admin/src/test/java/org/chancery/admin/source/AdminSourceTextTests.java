package org.chancery.admin.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.domain.source.SourceText;
import org.junit.jupiter.api.Test;

class AdminSourceTextTests {

    private static final String TEXT =
            "The Kremlin.\n\n  Russia\u2019s   foreign ministry said\n\u201Cyes\u201D today.\n\nThe end.";

    @Test
    void aQuoteIsMarkedInTheTextAsWrittenAtItsNormalisedPosition() {
        String quote = "Russia's foreign ministry said \"yes\"";
        int position = SourceText.find(TEXT, quote).orElseThrow();

        Highlights.Marked marked = Highlights.mark(TEXT, List.of(new Highlights.Quote("C7", quote, position)));

        assertThat(marked.paragraphs()).hasSize(3);
        List<Highlights.Piece> second = marked.paragraphs().get(1);
        assertThat(second)
                .extracting(Highlights.Piece::text)
                .containsExactly("Russia\u2019s   foreign ministry said\n\u201Cyes\u201D", " today.");
        assertThat(second.get(0).claims()).containsExactly("C7");
        assertThat(second.get(0).ending()).containsExactly(new Highlights.Reference("C7", "quote-C7"));
        assertThat(second.get(1).marked()).isFalse();
        assertThat(marked.unplaced()).isEmpty();
    }

    @Test
    void overlappingQuotesMarkTheirCommonPartWithBothClaims() {
        Highlights.Marked marked = Highlights.mark(
                TEXT,
                List.of(
                        new Highlights.Quote("C1", "foreign ministry said", null),
                        new Highlights.Quote("C2", "said \"yes\" today", null)));

        List<Highlights.Piece> second = marked.paragraphs().get(1);
        assertThat(second)
                .extracting(Highlights.Piece::text)
                .containsExactly("Russia\u2019s   ", "foreign ministry ", "said", "\n\u201Cyes\u201D today", ".");
        assertThat(second.get(2).claims()).containsExactly("C1", "C2");
        assertThat(second.get(2).ending())
                .extracting(Highlights.Reference::claim)
                .containsExactly("C1");
        assertThat(second.get(3).claims()).containsExactly("C2");
        assertThat(second.get(3).ending())
                .extracting(Highlights.Reference::claim)
                .containsExactly("C2");
    }

    @Test
    void claimsCitingTheSameQuoteAreEachLinkedFromItsEndAndAnchoredOnce() {
        Highlights.Marked marked = Highlights.mark(
                TEXT,
                List.of(
                        new Highlights.Quote("C4", "The Kremlin.", 0),
                        new Highlights.Quote("C5", "The Kremlin.", 0),
                        new Highlights.Quote("C4", "The end.", null)));

        assertThat(marked.paragraphs().get(0).get(0).ending())
                .containsExactly(
                        new Highlights.Reference("C4", "quote-C4"), new Highlights.Reference("C5", "quote-C5"));
        assertThat(marked.paragraphs().get(2).get(0).ending()).containsExactly(new Highlights.Reference("C4", null));
    }

    @Test
    void aQuoteWhosePositionIsStaleIsFoundAgainAndOneTheTextLacksIsListed() {
        Highlights.Marked marked = Highlights.mark(
                TEXT,
                List.of(
                        new Highlights.Quote("C1", "The end.", 3),
                        new Highlights.Quote("C2", "not in the text", null)));

        assertThat(marked.paragraphs().get(2)).singleElement().satisfies(piece -> {
            assertThat(piece.text()).isEqualTo("The end.");
            assertThat(piece.claims()).containsExactly("C1");
        });
        assertThat(marked.unplaced()).extracting(Highlights.Quote::claimId).containsExactly("C2");
    }

    @Test
    void textsWithoutQuotesKeepTheirParagraphs() {
        Highlights.Marked marked = Highlights.mark(TEXT, List.of());

        assertThat(marked.paragraphs())
                .extracting(p -> p.get(0).text())
                .containsExactly(
                        "The Kremlin.", "Russia\u2019s   foreign ministry said\n\u201Cyes\u201D today.", "The end.");
    }
}
