package org.chancery.admin.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.domain.source.SourceText;
import org.jspecify.annotations.Nullable;

/**
 * A source's stored text cut into paragraphs and pieces, each piece marked with the claims whose quotes
 * cover it. Quote positions count in the normalised text ({@link SourceText#normalise}), whose
 * whitespace is collapsed; the pieces are cut from the text as written, so its paragraphs and its
 * typographic quotes stay as they are.
 */
final class Highlights {

    /** The whitespace {@link SourceText#normalise} collapses. */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[\\s\\u00A0\\u2007\\u202F]*\\n");

    private Highlights() {}

    /**
     * A quote to mark.
     *
     * @param claimId the claim that cites it
     * @param quote the quote as cited
     * @param position where it starts in the normalised text, as the citation keeps it
     */
    record Quote(String claimId, String quote, @Nullable Integer position) {}

    /**
     * A piece of text, and the claims whose quotes cover it (none for text no claim cites).
     *
     * @param ending the claims whose quote ends with this piece, in the order of the quotes
     */
    record Piece(String text, List<String> claims, List<Reference> ending) {

        public boolean marked() {
            return !claims.isEmpty();
        }
    }

    /**
     * A link from the end of a quote to the claim citing it.
     *
     * @param anchor the id of the link, on the first link to each claim, so that other pages can point to
     *     where its quote is
     */
    record Reference(String claim, @Nullable String anchor) {}

    /**
     * The text cut into paragraphs of pieces, and the quotes that could not be found in it.
     *
     * @param paragraphs the text's paragraphs
     * @param unplaced the quotes the text does not hold, if any
     */
    record Marked(List<List<Piece>> paragraphs, List<Quote> unplaced) {}

    static Marked mark(String text, List<Quote> quotes) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        Collapsed collapsed = Collapsed.of(nfc);
        String normalised = SourceText.normalise(text);
        if (!collapsed.text().equals(normalised)) {
            // not expected: then show the normalised text, in which the positions hold as they are
            return mark(normalised, identity(normalised.length()), quotes, normalised);
        }
        return mark(nfc, collapsed.origin(), quotes, normalised);
    }

    private static Marked mark(String shown, int[] origin, List<Quote> quotes, String normalised) {
        List<int[]> ranges = new ArrayList<>();
        List<Quote> placed = new ArrayList<>();
        List<Quote> unplaced = new ArrayList<>();
        for (Quote quote : quotes) {
            String wanted = SourceText.normalise(quote.quote());
            int at = quote.position() != null && normalised.startsWith(wanted, quote.position())
                    ? quote.position()
                    : normalised.indexOf(wanted);
            if (at < 0 || wanted.isEmpty()) {
                unplaced.add(quote);
                continue;
            }
            ranges.add(new int[] {origin[at], origin[at + wanted.length() - 1] + 1});
            placed.add(quote);
        }
        List<List<Piece>> paragraphs = new ArrayList<>();
        Set<String> anchored = new LinkedHashSet<>();
        for (int[] paragraph : paragraphs(shown)) {
            TreeSet<Integer> cuts = new TreeSet<>(List.of(paragraph[0], paragraph[1]));
            for (int[] range : ranges) {
                for (int cut : range) {
                    if (cut > paragraph[0] && cut < paragraph[1]) {
                        cuts.add(cut);
                    }
                }
            }
            List<Piece> pieces = new ArrayList<>();
            Integer from = null;
            for (int to : cuts) {
                if (from != null) {
                    List<String> covering = new ArrayList<>();
                    List<Reference> ending = new ArrayList<>();
                    for (int i = 0; i < ranges.size(); i++) {
                        int[] range = ranges.get(i);
                        String claim = placed.get(i).claimId();
                        if (range[0] <= from && range[1] >= to && !covering.contains(claim)) {
                            covering.add(claim);
                        }
                        if (range[1] == to
                                && ending.stream().noneMatch(r -> r.claim().equals(claim))) {
                            ending.add(new Reference(claim, anchored.add(claim) ? "quote-" + claim : null));
                        }
                    }
                    pieces.add(new Piece(shown.substring(from, to), covering, ending));
                }
                from = to;
            }
            paragraphs.add(pieces);
        }
        return new Marked(paragraphs, unplaced);
    }

    /** The paragraphs of {@code text}, as ranges of it, without the blank lines between them. */
    private static List<int[]> paragraphs(String text) {
        List<int[]> paragraphs = new ArrayList<>();
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        int start = 0;
        while (breaks.find()) {
            add(paragraphs, text, start, breaks.start());
            start = breaks.end();
        }
        add(paragraphs, text, start, text.length());
        return paragraphs;
    }

    private static void add(List<int[]> paragraphs, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            paragraphs.add(new int[] {start, end});
        }
    }

    private static int[] identity(int length) {
        int[] origin = new int[length + 1];
        for (int i = 0; i <= length; i++) {
            origin[i] = i;
        }
        return origin;
    }

    /**
     * {@code nfc} with the whitespace collapsed and stripped as {@link SourceText#normalise} does it
     * (its quote folding changes no position), and for each character of the result where it came from.
     */
    private record Collapsed(String text, int[] origin) {

        static Collapsed of(String nfc) {
            StringBuilder out = new StringBuilder(nfc.length());
            List<Integer> from = new ArrayList<>(nfc.length());
            Matcher runs = WHITESPACE.matcher(nfc);
            int at = 0;
            while (runs.find()) {
                for (int i = at; i < runs.start(); i++) {
                    out.append(nfc.charAt(i));
                    from.add(i);
                }
                out.append(' ');
                from.add(runs.start());
                at = runs.end();
            }
            for (int i = at; i < nfc.length(); i++) {
                out.append(nfc.charAt(i));
                from.add(i);
            }
            String collapsed = out.toString();
            int lead = 0;
            while (lead < collapsed.length() && Character.isWhitespace(collapsed.charAt(lead))) {
                lead++;
            }
            int end = collapsed.length();
            while (end > lead && Character.isWhitespace(collapsed.charAt(end - 1))) {
                end--;
            }
            String stripped = collapsed.substring(lead, end);
            int[] origin = new int[stripped.length() + 1];
            for (int i = 0; i < stripped.length(); i++) {
                origin[i] = from.get(lead + i);
            }
            origin[stripped.length()] = stripped.isEmpty() ? 0 : origin[stripped.length() - 1] + 1;
            // what is left for normalise to do is fold typographic quotes, one character for one
            return new Collapsed(SourceText.normalise(stripped), origin);
        }
    }
}
