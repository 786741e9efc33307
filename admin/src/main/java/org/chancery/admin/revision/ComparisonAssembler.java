package org.chancery.admin.revision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.chancery.admin.ClaimCard;
import org.chancery.admin.ClaimCardAssembler;
import org.chancery.admin.ExternalIdView;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.NodeId;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.revision.Version;
import org.chancery.domain.source.Source;
import org.chancery.domain.source.Sources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Compares a claim, an entity or a source field by field: two of its revisions, or an edit refused as stale
 * with the revision it started from and the current one. Loads the object's history and everything the
 * states shown refer to at once.
 */
@Component
public class ComparisonAssembler {

    private final Claims claims;
    private final Entities entities;
    private final Sources sources;
    private final ClaimCardAssembler cards;
    private final RevisionRowAssembler revisions;

    ComparisonAssembler(
            Claims claims,
            Entities entities,
            Sources sources,
            ClaimCardAssembler cards,
            RevisionRowAssembler revisions) {
        this.claims = claims;
        this.entities = entities;
        this.sources = sources;
        this.cards = cards;
        this.revisions = revisions;
    }

    /** Revisions {@code from} and {@code to} of the object {@code id}; the latest two by default. */
    Comparison compare(NodeId id, @Nullable Integer from, @Nullable Integer to) {
        return switch (id.kind()) {
            case CLAIM -> compare(id, claims.history((ClaimId) id), from, to, this::claims);
            case ENTITY -> compare(id, entities.history((EntityId) id), from, to, this::entities);
            case SOURCE -> compare(id, sources.history((SourceId) id), from, to, this::sources);
        };
    }

    /**
     * A correction of claim {@code id} refused because the claim changed after revision {@code startedFrom}:
     * that revision, the claim now and {@code yours}, wherever they do not all agree.
     */
    public StaleEdit staleClaim(ClaimId id, int startedFrom, Claim yours) {
        return stale(id, claims.history(id), startedFrom, yours, this::claims);
    }

    /** The same for an entity's edit. */
    public StaleEdit staleEntity(EntityId id, int startedFrom, Entity yours) {
        return stale(id, entities.history(id), startedFrom, yours, this::entities);
    }

    /** The same for a source's edit. */
    public StaleEdit staleSource(SourceId id, int startedFrom, Source yours) {
        return stale(id, sources.history(id), startedFrom, yours, this::sources);
    }

    private Shown<Claim> claims(List<Claim> states) {
        ClaimCardAssembler.Batch batch = cards.load(states, List.of(), List.of());
        return new Shown<>(claim -> ChangeRowAssembler.says(batch.card(claim)), claim -> {
            ClaimCard c = batch.card(claim);
            List<Field> fields = new ArrayList<>(List.of(
                    new Field("compare.claim.subject", "entity", c.subject()),
                    new Field("compare.claim.predicate", "predicate", c.predicate()),
                    new Field("compare.claim.object", "value", c.object()),
                    new Field("compare.claim.validFrom", "date", c.validFrom()),
                    new Field("compare.claim.validUntil", "date", c.validUntil()),
                    new Field("compare.claim.rank", "rank", c.rank()),
                    new Field("compare.claim.deprecationReason", "text", c.deprecationReason()),
                    new Field("compare.claim.qualifiers", "qualifiers", c.qualifiers())));
            for (int i = 0; i < c.citations().size(); i++) {
                fields.add(new Field(
                        "compare.claim.citation",
                        i + 1,
                        "citation",
                        c.citations().get(i)));
            }
            return fields;
        });
    }

    private Shown<Entity> entities(List<Entity> states) {
        ClaimCardAssembler.Batch batch = cards.load(
                List.of(),
                states.stream().map(Entity::mergedInto).filter(Objects::nonNull).toList(),
                List.of());
        return new Shown<>(
                Entity::name,
                e -> List.of(
                        new Field("compare.entity.kind", "kind", e.kind()),
                        new Field("compare.entity.name", "text", e.name()),
                        new Field("compare.entity.aliases", "aliases", e.aliases()),
                        new Field("compare.entity.description", "text", e.description()),
                        new Field(
                                "compare.entity.externalIds",
                                "externalIds",
                                e.externalIds().stream().map(ExternalIdView::of).toList()),
                        new Field(
                                "compare.entity.mergedInto",
                                "entity",
                                e.mergedInto() == null ? null : batch.entity(e.mergedInto()))));
    }

    private Shown<Source> sources(List<Source> states) {
        ClaimCardAssembler.Batch batch = cards.load(
                List.of(),
                states.stream().map(Source::publisher).filter(Objects::nonNull).toList(),
                List.of());
        return new Shown<>(
                Source::title,
                s -> List.of(
                        new Field("compare.source.kind", "sourceKind", s.kind()),
                        new Field("compare.source.title", "text", s.title()),
                        new Field("compare.source.url", "text", s.url()),
                        new Field("compare.source.archiveUrl", "text", s.archiveUrl()),
                        new Field(
                                "compare.source.publisher",
                                "entity",
                                s.publisher() == null ? null : batch.entity(s.publisher())),
                        new Field("compare.source.publishedAt", "text", s.publishedAt()),
                        new Field("compare.source.language", "text", s.language()),
                        new Field("compare.source.retrievedOn", "text", s.retrievedOn()),
                        new Field(
                                "compare.source.text",
                                "storedText",
                                s.text() == null
                                        ? null
                                        : new StoredText(s.text().length(), s.textSha256()))));
    }

    private <T> Comparison compare(
            NodeId id,
            List<Version<T>> versions,
            @Nullable Integer from,
            @Nullable Integer to,
            Function<List<T>, Shown<T>> shown) {
        if (versions.isEmpty()) {
            throw new NotFoundException(id);
        }
        int later = to == null ? versions.get(versions.size() - 1).number() : to;
        int earlier = from == null ? Math.max(1, later - 1) : from;
        T before = revision(id, versions, earlier).state();
        T after = revision(id, versions, later).state();
        Shown<T> show = shown.apply(List.of(before, after));
        List<RevisionRow> history = revisions.rows(id, versions);
        List<FieldDiff> fields = new ArrayList<>();
        forEachField(
                List.of(show.fields().apply(before), show.fields().apply(after)),
                (field, values) -> fields.add(
                        new FieldDiff(field.label(), field.number(), field.type(), values.get(0), values.get(1))));
        return new Comparison(
                id, show.label().apply(after), row(history, earlier), row(history, later), fields, history);
    }

    private <T> StaleEdit stale(
            NodeId id, List<Version<T>> versions, int startedFrom, T yours, Function<List<T>, Shown<T>> shown) {
        Version<T> now = versions.get(versions.size() - 1);
        @Nullable
        T base = versions.stream()
                .filter(v -> v.number() == startedFrom)
                .findFirst()
                .map(Version::state)
                .orElse(null);
        List<T> states = new ArrayList<>(List.of(now.state(), yours));
        if (base != null) {
            states.add(base);
        }
        Shown<T> show = shown.apply(states);
        List<StaleEdit.Row> rows = new ArrayList<>();
        forEachField(
                List.of(
                        base == null ? List.of() : show.fields().apply(base),
                        show.fields().apply(now.state()),
                        show.fields().apply(yours)),
                (field, values) -> rows.add(new StaleEdit.Row(
                        field.label(), field.number(), field.type(), values.get(0), values.get(1), values.get(2))));
        List<RevisionRow> meanwhile = revisions.rows(id, versions).stream()
                .filter(r -> r.number() > startedFrom)
                .toList();
        return new StaleEdit(base == null ? null : startedFrom, now.number(), meanwhile, rows);
    }

    /**
     * Calls {@code each} with every field that one of {@code states} has, in the order they list them, and
     * its value in each state ({@code null} where a state lacks it, such as a citation it does not have).
     */
    private static void forEachField(List<List<Field>> states, BiConsumer<Field, List<@Nullable Object>> each) {
        Map<String, Field> fields = new LinkedHashMap<>();
        states.forEach(state -> state.forEach(f -> fields.putIfAbsent(f.key(), f)));
        for (Field field : fields.values()) {
            List<@Nullable Object> values = new ArrayList<>();
            for (List<Field> state : states) {
                values.add(state.stream()
                        .filter(f -> f.key().equals(field.key()))
                        .findFirst()
                        .map(Field::value)
                        .orElse(null));
            }
            each.accept(field, values);
        }
    }

    private static <T> Version<T> revision(NodeId id, List<Version<T>> versions, int number) {
        return versions.stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(id + " revision " + number));
    }

    private static RevisionRow row(List<RevisionRow> history, int number) {
        return history.stream().filter(r -> r.number() == number).findFirst().orElseThrow();
    }

    /**
     * How a page names an object and lists its fields, with everything the states it shows refer to loaded.
     */
    private record Shown<T>(Function<T, String> label, Function<T, List<Field>> fields) {}

    /**
     * One field of one state of an object.
     *
     * @param label the message key naming the field
     * @param number its position among its like, such as citation 2, or 0 for a single field
     * @param type how its value is shown: the name of a fragment of the compare page
     * @param value its value, or {@code null} when it has none
     */
    private record Field(
            String label, int number, String type, @Nullable Object value) {

        Field(String label, String type, @Nullable Object value) {
            this(label, 0, type, value);
        }

        String key() {
            return label + "#" + number;
        }
    }

    /**
     * A source's stored text, as a comparison shows it: how long it is, and its fingerprint.
     *
     * @param length its length in characters
     * @param sha256 its SHA-256, in hexadecimal
     */
    public record StoredText(int length, @Nullable String sha256) {}
}
