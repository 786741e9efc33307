package org.chancery.api.source;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.chancery.api.NodeObject;
import org.chancery.domain.revision.Version;
import org.chancery.domain.source.Source;
import org.chancery.domain.source.SourceKind;
import org.jspecify.annotations.Nullable;

/** A source as the API shows it: one version, and the moment asked about. The text is resolved apart. */
public record SourceNode(Version<Source> version, @Nullable Instant knownAt) implements NodeObject {

    @Override
    public String typeName() {
        return "Source";
    }

    public Source source() {
        return version.state();
    }

    public String id() {
        return source().id().toString();
    }

    public SourceKind kind() {
        return source().kind();
    }

    public String title() {
        return source().title();
    }

    public @Nullable String url() {
        return source().url();
    }

    public @Nullable String archiveUrl() {
        return source().archiveUrl();
    }

    public @Nullable String publishedAt() {
        return source().publishedAt() == null
                ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(source().publishedAt());
    }

    public @Nullable String language() {
        return source().language();
    }

    public @Nullable LocalDate retrievedOn() {
        return source().retrievedOn();
    }

    public @Nullable String textSha256() {
        return source().textSha256();
    }

    public int revision() {
        return version.number();
    }
}
