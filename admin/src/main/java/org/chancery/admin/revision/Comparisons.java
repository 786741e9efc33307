package org.chancery.admin.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.chancery.admin.AdminIds;
import org.chancery.admin.ClaimCard;
import org.chancery.admin.ClaimCards;
import org.chancery.admin.ExternalIdView;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.claim.ClaimId;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntityId;
import org.chancery.domain.revision.Version;
import org.chancery.domain.source.Source;
import org.chancery.domain.source.SourceId;
import org.chancery.domain.source.Sources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Compares two revisions of a claim, an entity or a source field by field, loading the object's history
 * and everything both revisions refer to at once.
 */
@Component
class Comparisons {

    private final Claims claims;
    private final Entities entities;
    private final Sources sources;
    private final ClaimCards cards;
    private final Revisions revisions;

    Comparisons(Claims claims, Entities entities, Sources sources, ClaimCards cards, Revisions revisions) {
        this.claims = claims;
        this.entities = entities;
        this.sources = sources;
        this.cards = cards;
        this.revisions = revisions;
    }

    /** Revisions {@code from} and {@code to} of the object at {@code kind}/{@code id}; the latest two by default. */
    Comparison compare(String kind, String id, @Nullable Integer from, @Nullable Integer to) {
        return switch (kind) {
            case "claims" -> claim(AdminIds.claim(id), from, to);
            case "entities" -> entity(AdminIds.entity(id), from, to);
            case "sources" -> source(AdminIds.source(id), from, to);
            default -> throw new NotFoundException(kind + "/" + id);
        };
    }

    /** The id of the object at {@code kind}/{@code id}, as the registry writes it. */
    static String objectId(String kind, String id) {
        return switch (kind) {
            case "claims" -> AdminIds.claim(id).toString();
            case "entities" -> AdminIds.entity(id).toString();
            case "sources" -> AdminIds.source(id).toString();
            default -> throw new NotFoundException(kind + "/" + id);
        };
    }

    private Comparison claim(ClaimId id, @Nullable Integer from, @Nullable Integer to) {
        return compare("claims", id.toString(), claims.history(id), from, to, (before, after) -> {
            ClaimCards.Batch batch = cards.load(List.of(before.state(), after.state()), List.of(), List.of());
            ClaimCard a = batch.card(before.state());
            ClaimCard b = batch.card(after.state());
            List<FieldDiff> fields = new ArrayList<>(List.of(
                    FieldDiff.of("compare.claim.subject", "entity", a.subject(), b.subject()),
                    FieldDiff.of("compare.claim.predicate", "predicate", a.predicate(), b.predicate()),
                    FieldDiff.of("compare.claim.object", "value", a.object(), b.object()),
                    FieldDiff.of("compare.claim.validFrom", "date", a.validFrom(), b.validFrom()),
                    FieldDiff.of("compare.claim.validUntil", "date", a.validUntil(), b.validUntil()),
                    FieldDiff.of("compare.claim.rank", "rank", a.rank(), b.rank()),
                    FieldDiff.of(
                            "compare.claim.deprecationReason", "text", a.deprecationReason(), b.deprecationReason()),
                    FieldDiff.of("compare.claim.qualifiers", "qualifiers", a.qualifiers(), b.qualifiers())));
            for (int i = 0; i < Math.max(a.citations().size(), b.citations().size()); i++) {
                fields.add(new FieldDiff(
                        "compare.claim.citation", i + 1, "citation", at(a.citations(), i), at(b.citations(), i)));
            }
            return new Labelled(ChangeRows.says(b), fields);
        });
    }

    private Comparison entity(EntityId id, @Nullable Integer from, @Nullable Integer to) {
        return compare("entities", id.toString(), entities.history(id), from, to, (before, after) -> {
            Entity a = before.state();
            Entity b = after.state();
            ClaimCards.Batch batch = cards.load(
                    List.of(),
                    Stream.of(a.mergedInto(), b.mergedInto())
                            .filter(e -> e != null)
                            .toList(),
                    List.of());
            Function<Entity, Object> merged = e -> e.mergedInto() == null ? null : batch.entity(e.mergedInto());
            return new Labelled(
                    b.name(),
                    List.of(
                            FieldDiff.of("compare.entity.kind", "kind", a.kind(), b.kind()),
                            FieldDiff.of("compare.entity.name", "text", a.name(), b.name()),
                            FieldDiff.of("compare.entity.aliases", "aliases", a.aliases(), b.aliases()),
                            FieldDiff.of("compare.entity.description", "text", a.description(), b.description()),
                            FieldDiff.of(
                                    "compare.entity.externalIds",
                                    "externalIds",
                                    a.externalIds().stream()
                                            .map(ExternalIdView::of)
                                            .toList(),
                                    b.externalIds().stream()
                                            .map(ExternalIdView::of)
                                            .toList()),
                            FieldDiff.of("compare.entity.mergedInto", "entity", merged.apply(a), merged.apply(b))));
        });
    }

    private Comparison source(SourceId id, @Nullable Integer from, @Nullable Integer to) {
        return compare("sources", id.toString(), sources.history(id), from, to, (before, after) -> {
            Source a = before.state();
            Source b = after.state();
            ClaimCards.Batch batch = cards.load(
                    List.of(),
                    Stream.of(a.publisher(), b.publisher())
                            .filter(e -> e != null)
                            .toList(),
                    List.of());
            Function<Source, Object> publisher = s -> s.publisher() == null ? null : batch.entity(s.publisher());
            Function<Source, Object> text =
                    s -> s.text() == null ? null : new StoredText(s.text().length(), s.textSha256());
            return new Labelled(
                    b.title(),
                    List.of(
                            FieldDiff.of("compare.source.kind", "sourceKind", a.kind(), b.kind()),
                            FieldDiff.of("compare.source.title", "text", a.title(), b.title()),
                            FieldDiff.of("compare.source.url", "text", a.url(), b.url()),
                            FieldDiff.of("compare.source.archiveUrl", "text", a.archiveUrl(), b.archiveUrl()),
                            FieldDiff.of("compare.source.publisher", "entity", publisher.apply(a), publisher.apply(b)),
                            FieldDiff.of("compare.source.publishedAt", "text", a.publishedAt(), b.publishedAt()),
                            FieldDiff.of("compare.source.language", "text", a.language(), b.language()),
                            FieldDiff.of("compare.source.retrievedOn", "text", a.retrievedOn(), b.retrievedOn()),
                            FieldDiff.of("compare.source.text", "storedText", text.apply(a), text.apply(b))));
        });
    }

    private <T> Comparison compare(
            String kind,
            String id,
            List<Version<T>> versions,
            @Nullable Integer from,
            @Nullable Integer to,
            Fields<T> fields) {
        if (versions.isEmpty()) {
            throw new NotFoundException(id);
        }
        int later = to == null ? versions.get(versions.size() - 1).number() : to;
        int earlier = from == null ? Math.max(1, later - 1) : from;
        Version<T> before = revision(id, versions, earlier);
        Version<T> after = revision(id, versions, later);
        List<RevisionRow> history = revisions.rows(id, versions);
        Labelled labelled = fields.of(before, after);
        return new Comparison(
                id, kind, labelled.label(), row(history, earlier), row(history, later), labelled.fields(), history);
    }

    private static <T> Version<T> revision(String id, List<Version<T>> versions, int number) {
        return versions.stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(id + " revision " + number));
    }

    private static RevisionRow row(List<RevisionRow> history, int number) {
        return history.stream().filter(r -> r.number() == number).findFirst().orElseThrow();
    }

    private static <T> @Nullable T at(List<T> list, int index) {
        return index < list.size() ? list.get(index) : null;
    }

    /** How a page names an object and lists its fields. */
    private interface Fields<T> {
        Labelled of(Version<T> before, Version<T> after);
    }

    private record Labelled(String label, List<FieldDiff> fields) {}

    /**
     * A source's stored text, as a comparison shows it: how long it is, and its fingerprint.
     *
     * @param length its length in characters
     * @param sha256 its SHA-256, in hexadecimal
     */
    public record StoredText(int length, @Nullable String sha256) {}
}
