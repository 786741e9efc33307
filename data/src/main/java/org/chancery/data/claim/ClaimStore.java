package org.chancery.data.claim;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.chancery.data.revision.RegistryVersionStore;
import org.chancery.data.revision.Selection;
import org.chancery.data.revision.VersionTable;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimFilter;
import org.chancery.domain.claim.ClaimKeys;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.claim.Modality;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.revision.Change;
import org.chancery.domain.revision.Version;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SimplePropertyRowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Claims in {@code claim_version}, one row a version, with the rows that queries filter on: the sources
 * each version cites and the entities it refers to. Any selection of versions loads in one statement.
 */
@Repository
public class ClaimStore extends VersionTable<ClaimId, Claim, ClaimRows.ClaimRow> implements Claims {

    private final ClaimRows rows;

    ClaimStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, RegistryVersionStore version, ClaimRows rows) {
        super(jdbc, batch, version, "claim_version", "claim_id", ClaimRows.ClaimRow.class, ClaimId::value);
        this.rows = rows;
    }

    @Override
    protected Claim state(ClaimRows.ClaimRow row) {
        return rows.toClaim(row);
    }

    @Override
    protected ClaimId id(Claim state) {
        return state.id();
    }

    @Override
    public ClaimId nextId() {
        return new ClaimId(nextId('C'));
    }

    /** Makes sure new claims get ids above {@code used}, after an import. */
    public void reserve(long used) {
        reserve('C', used);
    }

    @Override
    public List<Claim> referencing(EntityId entity) {
        String condition = """
                (v.subject_id = :entity OR v.object_entity_id = :entity
                 OR EXISTS (SELECT 1 FROM claim_reference r
                            WHERE r.claim_id = v.claim_id AND r.revision = v.revision AND r.entity_id = :entity))""";
        return states(Selection.currentWhere(condition, Map.of("entity", entity.value())));
    }

    @Override
    public List<Claim> citing(SourceId source) {
        return states(Selection.currentWhere(cites("v", "cc.source_id = :source"), Map.of("source", source.value())));
    }

    @Override
    public List<Version<Claim>> find(ClaimFilter filter) {
        return select(selection(filter));
    }

    @Override
    public Slice<Version<Claim>> find(ClaimFilter filter, PageRequest page) {
        EntityId involving = filter.involving();
        if (involving != null) {
            // each side from its own index, as an entity's page is read: H2 pages the OR of both sides by
            // reading claims in id order until the page is full, seconds for an entity with few claims
            return pages(List.of(involving), Side.EITHER, filter.withInvolving(null), page)
                    .get(involving);
        }
        return page(selection(filter), page);
    }

    @Override
    public long count(ClaimFilter filter) {
        return count(selection(filter));
    }

    /** Every source's page in one statement, as {@link #pages} does for entities. */
    @Override
    public Map<SourceId, Slice<Version<Claim>>> pagesCiting(
            Collection<SourceId> sources, ClaimFilter filter, PageRequest page) {
        if (sources.isEmpty()) {
            return Map.of();
        }
        Selection selection = selection(filter);
        Map<String, Object> params = new HashMap<>(selection.params(page));
        params.put("owners", sources.stream().map(SourceId::value).toList());
        params.put("limit", page.size() + 1);
        RowMapper<ClaimRows.ClaimRow> claimRow = new SimplePropertyRowMapper<>(ClaimRows.ClaimRow.class);
        Map<SourceId, List<Version<Claim>>> fetched = new HashMap<>();
        jdbc.sql("SELECT y.* FROM (SELECT x.*, ROW_NUMBER() OVER (PARTITION BY x.owner_id ORDER BY x.claim_id) AS rn"
                        + " FROM (SELECT s.source_id AS owner_id, v.* FROM claim_version v"
                        + " JOIN (SELECT DISTINCT claim_id, revision, source_id FROM claim_citation WHERE source_id IN (:owners)) s"
                        + " ON s.claim_id = v.claim_id AND s.revision = v.revision"
                        + " WHERE " + selection.where() + " AND v.claim_id > :after) x) y"
                        + " WHERE y.rn <= :limit ORDER BY y.owner_id, y.claim_id")
                .params(params)
                .query((rs, n) -> {
                    fetched.computeIfAbsent(new SourceId(rs.getLong("owner_id")), k -> new ArrayList<>())
                            .add(version(claimRow.mapRow(rs, n)));
                    return n;
                })
                .list();
        Map<SourceId, Slice<Version<Claim>>> pages = new HashMap<>();
        sources.forEach(s -> pages.put(s, Slice.of(fetched.getOrDefault(s, List.of()), page.size())));
        return pages;
    }

    /**
     * Every entity's page in one statement: the claims of each side are numbered per entity, and each
     * entity keeps the first page's worth (plus one, to tell whether more follow).
     */
    @Override
    public Map<EntityId, Slice<Version<Claim>>> pages(
            Collection<EntityId> entities, Side side, ClaimFilter filter, PageRequest page) {
        if (entities.isEmpty()) {
            return Map.of();
        }
        Selection selection = selection(filter);
        String subject =
                "SELECT v.subject_id AS owner_id, v.* FROM claim_version v WHERE %s AND v.subject_id IN (:owners) AND v.claim_id > :after"
                        .formatted(selection.where());
        // a claim about an entity and itself is on its subject's side only
        String object =
                "SELECT v.object_entity_id AS owner_id, v.* FROM claim_version v WHERE %s AND v.object_entity_id IN (:owners) AND v.claim_id > :after%s"
                        .formatted(
                                selection.where(),
                                side == Side.EITHER ? " AND v.subject_id <> v.object_entity_id" : "");
        String sides = switch (side) {
            case SUBJECT -> subject;
            case OBJECT -> object;
            case EITHER -> subject + " UNION ALL " + object;
        };
        Map<String, Object> params = new HashMap<>(selection.params(page));
        params.put("owners", entities.stream().map(EntityId::value).toList());
        params.put("limit", page.size() + 1);
        RowMapper<ClaimRows.ClaimRow> claimRow = new SimplePropertyRowMapper<>(ClaimRows.ClaimRow.class);
        Map<EntityId, List<Version<Claim>>> fetched = new HashMap<>();
        jdbc.sql("SELECT y.* FROM (SELECT x.*, ROW_NUMBER() OVER (PARTITION BY x.owner_id ORDER BY x.claim_id) AS rn"
                        + " FROM (" + sides + ") x) y WHERE y.rn <= :limit ORDER BY y.owner_id, y.claim_id")
                .params(params)
                .query((rs, n) -> {
                    fetched.computeIfAbsent(new EntityId(rs.getLong("owner_id")), k -> new ArrayList<>())
                            .add(version(claimRow.mapRow(rs, n)));
                    return n;
                })
                .list();
        Map<EntityId, Slice<Version<Claim>>> pages = new HashMap<>();
        entities.forEach(e -> pages.put(e, Slice.of(fetched.getOrDefault(e, List.of()), page.size())));
        return pages;
    }

    /** The condition on {@code claim_version v} that {@code filter} stands for. */
    static Selection selection(ClaimFilter filter) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = conditions(filter, "v", params);
        if (filter.ranks().isEmpty()) {
            where.add("v.claim_rank <> '" + Rank.DEPRECATED + "'");
        } else {
            where.add("v.claim_rank IN (:ranks)");
            params.put("ranks", filter.ranks().stream().map(Rank::name).toList());
        }
        if (filter.bestRank()) {
            where.add("(v.claim_rank = 'PREFERRED' OR NOT EXISTS (SELECT 1 FROM claim_version p"
                    + " WHERE p.subject_id = v.subject_id AND p.predicate_key = v.predicate_key"
                    + " AND p.claim_rank = 'PREFERRED' AND " + String.join(" AND ", conditions(filter, "p", params))
                    + "))");
        }
        return new Selection(String.join(" AND ", where), params);
    }

    /** Every condition of {@code filter} but the rank, on the version table aliased {@code v}. */
    private static List<String> conditions(ClaimFilter filter, String v, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        Instant knownAt = filter.knownAt();
        if (knownAt == null) {
            where.add(v + ".recorded_until IS NULL");
        } else {
            where.add(
                    "%1$s.recorded_from <= :knownAt AND (%1$s.recorded_until IS NULL OR %1$s.recorded_until > :knownAt)"
                            .formatted(v));
            params.put("knownAt", OffsetDateTime.ofInstant(knownAt, ZoneOffset.UTC));
        }
        if (filter.subject() != null) {
            where.add(v + ".subject_id = :subject");
            params.put("subject", filter.subject().value());
        }
        if (filter.object() != null) {
            where.add(v + ".object_entity_id = :object");
            params.put("object", filter.object().value());
        }
        if (filter.involving() != null) {
            // the claims' ids come from each side's index: H2 answers the OR alone by reading every claim
            where.add(("%1$s.claim_id IN (SELECT s.claim_id FROM claim_version s WHERE s.subject_id = :involving"
                            + " UNION ALL SELECT o.claim_id FROM claim_version o WHERE o.object_entity_id = :involving)"
                            + " AND (%1$s.subject_id = :involving OR %1$s.object_entity_id = :involving)")
                    .formatted(v));
            params.put("involving", filter.involving().value());
        }
        if (!filter.predicates().isEmpty()) {
            where.add(v + ".predicate_key IN (:predicates)");
            params.put("predicates", filter.predicates());
        }
        if (filter.validAt() != null) {
            where.add("%1$s.starts_earliest <= :validLatest AND %1$s.ends_latest >= :validEarliest".formatted(v));
            params.put("validEarliest", ClaimRows.clamp(filter.validAt().earliestOrMin()));
            params.put("validLatest", ClaimRows.clamp(filter.validAt().latestOrMax()));
        }
        if (filter.source() != null) {
            where.add(cites(v, "cc.source_id = :source"));
            params.put("source", filter.source().value());
        }
        if (!filter.modalities().isEmpty()) {
            where.add(cites(v, "cc.modality IN (:modalities)"));
            params.put(
                    "modalities", filter.modalities().stream().map(Enum::name).toList());
        }
        if (filter.contested() != null) {
            // as Claim.contested: a citation affirms the claim and another speaks against it
            String contested = "(%s AND %s)"
                    .formatted(cites(v, "cc.modality IN (:affirming)"), cites(v, "cc.modality IN (:contradicting)"));
            where.add(filter.contested() ? contested : "NOT " + contested);
            params.put("affirming", modalities(Modality::affirms));
            params.put("contradicting", modalities(Modality::contradicts));
        }
        return where;
    }

    private static List<String> modalities(Predicate<Modality> which) {
        return Arrays.stream(Modality.values()).filter(which).map(Enum::name).toList();
    }

    private static String cites(String v, String condition) {
        return "EXISTS (SELECT 1 FROM claim_citation cc WHERE cc.claim_id = %1$s.claim_id AND cc.revision = %1$s.revision AND %2$s)"
                .formatted(v, condition);
    }

    @Override
    protected String insert() {
        return """
                INSERT INTO claim_version (claim_id, revision, recorded_from, author, action, summary,
                    subject_id, predicate_key, object_entity_id, object_text, object_date,
                    valid_from, valid_until, starts_earliest, starts_latest, ends_earliest, ends_latest,
                    claim_rank, deprecation_reason, qualifiers, citations)
                VALUES (:claimId, :revision, CURRENT_TIMESTAMP, :author, :action, :summary,
                    :subjectId, :predicateKey, :objectEntityId, :objectText, :objectDate,
                    :validFrom, :validUntil, :startsEarliest, :startsLatest, :endsEarliest, :endsLatest,
                    :claimRank, :deprecationReason, :qualifiers, :citations)""";
    }

    @Override
    protected Object row(Claim state, int number, Change change) {
        return rows.toRow(state, number, change);
    }

    @Override
    protected Collection<String> keys(Claim state) {
        return ClaimKeys.of(state);
    }

    /** A correction takes the claim out of the lists its revision before was in, too. */
    @Override
    protected Set<String> touched(List<Appended<ClaimId, Claim>> appended) {
        Set<String> touched = super.touched(appended);
        Map<ClaimId, Set<Integer>> before = appended.stream()
                .filter(a -> a.number() > 1)
                .collect(Collectors.groupingBy(
                        Appended::id, Collectors.mapping(a -> a.number() - 1, Collectors.toSet())));
        if (!before.isEmpty()) {
            revisions(before)
                    .values()
                    .forEach(byNumber -> byNumber.values().forEach(version -> touched.addAll(keys(version.state()))));
        }
        return touched;
    }

    /** The sources each version cites, and the entities its details and attributions name. */
    @Override
    protected void index(List<Appended<ClaimId, Claim>> appended) {
        List<Map<String, Object>> citations = new ArrayList<>();
        List<Map<String, Object>> references = new ArrayList<>();
        for (Appended<ClaimId, Claim> a : appended) {
            long claimId = a.id().value();
            Claim state = a.state();
            for (int i = 0; i < state.citations().size(); i++) {
                Citation citation = state.citations().get(i);
                citations.add(Map.of(
                        "claimId", claimId,
                        "revision", a.number(),
                        "ordinal", i,
                        "sourceId", citation.source().value(),
                        "modality", citation.modality().name()));
            }
            rows.namedEntities(state)
                    .forEach(e -> references.add(Map.of("claimId", claimId, "revision", a.number(), "entityId", e)));
        }
        batch.batchUpdate("""
                INSERT INTO claim_citation (claim_id, revision, ordinal, source_id, modality)
                VALUES (:claimId, :revision, :ordinal, :sourceId, :modality)""", SqlParameterSourceUtils.createBatch(citations));
        batch.batchUpdate(
                "INSERT INTO claim_reference (claim_id, revision, entity_id) VALUES (:claimId, :revision, :entityId)",
                SqlParameterSourceUtils.createBatch(references));
    }

    private List<Claim> states(Selection selection) {
        return select(selection).stream().map(Version::state).toList();
    }
}
