package org.chancery.domain.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a name that search compares: lower case, accents and punctuation folded, so that
 * {@code lugansk}, {@code Lugansk} and {@code LUGANSK!} meet. Computed here, not in SQL, so that it
 * behaves the same on every database.
 */
public final class SearchKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchKey() {}

    public static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        folded = folded.replace("ß", "ss")
                .replace("æ", "ae")
                .replace("œ", "oe")
                .replace("ø", "o")
                .replace("ł", "l")
                .replace("đ", "d")
                .replace("ı", "i")
                .replace("ё", "е")
                .replace("'", "")
                .replace("\u2019", "")
                .replace("\u02BC", "");
        return NOT_WORD.matcher(folded).replaceAll(" ").strip();
    }
}
