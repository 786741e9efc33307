package org.chancery.api.claim;

import java.time.Instant;
import java.util.List;
import org.chancery.api.NodeObject;
import org.chancery.domain.claim.AttributionLink;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Qualifier;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.revision.Version;
import org.chancery.domain.time.EdtfDate;
import org.jspecify.annotations.Nullable;

/** A claim as the API shows it: one version, and the moment asked about, which its parts follow. */
public record ClaimNode(Version<Claim> version, @Nullable Instant knownAt) implements NodeObject {

    @Override
    public String typeName() {
        return "Claim";
    }

    /** A qualifier, carrying the moment asked about to its value. */
    public record QualifierView(
            Qualifier qualifier, @Nullable Instant knownAt) {}

    /** A citation, carrying the moment asked about to its source and attribution. */
    public record CitationView(Citation citation, @Nullable Instant knownAt) {

        public String quote() {
            return citation.quote();
        }

        public @Nullable String locator() {
            return citation.locator();
        }

        public Modality modality() {
            return citation.modality();
        }

        public @Nullable Integer quotePosition() {
            return citation.quotePosition();
        }

        public List<AttributionView> attribution() {
            return citation.attribution().stream()
                    .map(link -> new AttributionView(link, knownAt))
                    .toList();
        }
    }

    /** A link of an attribution chain, carrying the moment asked about to its entity. */
    public record AttributionView(
            AttributionLink link, @Nullable Instant knownAt) {

        public @Nullable String text() {
            return link.text();
        }
    }

    public Claim claim() {
        return version.state();
    }

    public String id() {
        return claim().id().toString();
    }

    public @Nullable EdtfDate validFrom() {
        return claim().validFrom();
    }

    public @Nullable EdtfDate validUntil() {
        return claim().validUntil();
    }

    public List<QualifierView> qualifiers() {
        return claim().qualifiers().stream()
                .map(q -> new QualifierView(q, knownAt))
                .toList();
    }

    /** Whether the claim's citations disagree: one affirms it, another denies or disputes it. */
    public boolean contested() {
        return claim().contested();
    }

    public Rank rank() {
        return claim().rank();
    }

    public @Nullable String deprecationReason() {
        return claim().deprecationReason();
    }

    public List<CitationView> citations() {
        return claim().citations().stream()
                .map(c -> new CitationView(c, knownAt))
                .toList();
    }

    public int revision() {
        return version.number();
    }
}
