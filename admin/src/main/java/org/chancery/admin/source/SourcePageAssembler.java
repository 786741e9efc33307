package org.chancery.admin.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chancery.admin.ClaimCardAssembler;
import org.chancery.admin.CurrentCurator;
import org.chancery.admin.PagedList;
import org.chancery.admin.SourceRef;
import org.chancery.admin.revision.RevisionRowAssembler;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.revision.Version;
import org.chancery.domain.source.Source;
import org.chancery.domain.source.Sources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Assembles the source page in a fixed number of statements, however many claims cite the source: its
 * text marks every cited quote, and the list of citing claims shows {@link #PAGE} at a time.
 */
@Component
class SourcePageAssembler {

    /** How many citing claims a page lists. */
    static final int PAGE = 50;

    private final Sources sources;
    private final Claims claims;
    private final ClaimCardAssembler cards;
    private final RevisionRowAssembler revisions;
    private final CurrentCurator curator;

    SourcePageAssembler(
            Sources sources,
            Claims claims,
            ClaimCardAssembler cards,
            RevisionRowAssembler revisions,
            CurrentCurator curator) {
        this.sources = sources;
        this.claims = claims;
        this.cards = cards;
        this.revisions = revisions;
        this.curator = curator;
    }

    SourcePage page(SourceId id, @Nullable String after) {
        Version<Source> current = sources.find(id).orElseThrow(() -> new NotFoundException(id));
        Source source = current.state();
        List<Claim> citing = claims.citing(id).stream()
                .sorted(Comparator.comparing(Claim::deprecated).thenComparing(Claim::id))
                .toList();
        PagedList<Claim> listed = PagedList.of(
                citing,
                claim -> claim.id().toString(),
                after,
                PAGE,
                UriComponentsBuilder.fromPath("/admin/sources/" + id).fragment("claims"));
        ClaimCardAssembler.Batch batch = cards.load(
                listed.items(), source.publisher() == null ? List.of() : List.of(source.publisher()), List.of());
        Highlights.Marked text = null;
        String stored = source.textFor(curator.actor());
        if (stored != null) {
            List<Highlights.Quote> quotes = new ArrayList<>();
            for (Claim claim : citing) {
                for (Citation citation : claim.citations()) {
                    if (citation.source().equals(id)) {
                        quotes.add(new Highlights.Quote(
                                claim.id().toString(), citation.quote(), citation.quotePosition()));
                    }
                }
            }
            text = Highlights.mark(stored, quotes);
        }
        return new SourcePage(
                source,
                current.number(),
                SourceRef.linkable(source.url()),
                SourceRef.linkable(source.archiveUrl()),
                source.publisher() == null ? null : batch.entity(source.publisher()),
                listed.items().stream().map(batch::card).toList(),
                listed.paging(),
                text,
                revisions.rows(id, sources.history(id)));
    }
}
