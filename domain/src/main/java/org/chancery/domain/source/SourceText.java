package org.chancery.domain.source;

import java.text.Normalizer;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.chancery.domain.Digests;

/**
 * How quotes are matched against a source's stored text: both are compared after Unicode NFC, with runs
 * of whitespace collapsed to one space and typographic quotes and apostrophes folded to ASCII.
 */
public final class SourceText {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u02BC]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]");

    private SourceText() {}

    public static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String quotes = DOUBLE_QUOTES
                .matcher(SINGLE_QUOTES.matcher(nfc).replaceAll("'"))
                .replaceAll("\"");
        return WHITESPACE.matcher(quotes).replaceAll(" ").strip();
    }

    /** Where {@code quote} starts in the normalised {@code text}, if it occurs there. */
    public static OptionalInt find(String text, String quote) {
        int at = normalise(text).indexOf(normalise(quote));
        return at < 0 ? OptionalInt.empty() : OptionalInt.of(at);
    }

    /** The SHA-256 of the text's exact UTF-8 bytes, in lower-case hex. */
    public static String sha256(String text) {
        return Digests.sha256(text);
    }
}
