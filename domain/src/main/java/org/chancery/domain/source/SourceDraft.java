package org.chancery.domain.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.chancery.domain.EntityId;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.Texts;
import org.jspecify.annotations.Nullable;

/**
 * What a curator says a source is: the content of a create or an update.
 *
 * @param kind what kind of document it is
 * @param title its title
 * @param url where it was published
 * @param archiveUrl an archived copy
 * @param publisher the entity that published it
 * @param publishedAt when it was published (never the time of what it reports)
 * @param language the BCP 47 tag of its language
 * @param retrievedOn the day it was read
 * @param text its full text, kept so quotes can be checked; shown to curators only
 */
public record SourceDraft(
        SourceKind kind,
        String title,
        @Nullable String url,
        @Nullable String archiveUrl,
        @Nullable EntityId publisher,
        @Nullable OffsetDateTime publishedAt,
        @Nullable String language,
        @Nullable LocalDate retrievedOn,
        @Nullable String text) {

    public static final int MAX_TEXT = 1_000_000;

    /** The same content, trimmed, once every rule but the publisher's existence holds. */
    public SourceDraft checked() {
        if (kind == null) {
            throw new InvalidInputException("kind", "Choose what kind of document this is");
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "Store at most %d characters of text".formatted(MAX_TEXT));
        }
        if (text != null && text.isBlank()) {
            throw new InvalidInputException("text", "Leave the text out rather than storing blank text");
        }
        return new SourceDraft(
                kind,
                Texts.required("title", title, 500),
                url("url", url),
                url("archiveUrl", archiveUrl),
                publisher,
                publishedAt,
                Texts.optional("language", language, 35),
                retrievedOn,
                text);
    }

    private static @Nullable String url(String field, @Nullable String value) {
        String url = Texts.optional(field, value, 2000);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new InvalidInputException(field, "Write a full web address starting with https:// or http://");
    }
}
