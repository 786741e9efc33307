package org.chancery.data.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.data.revision.RegistryVersionStore;
import org.chancery.domain.ChangeKeys;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.merge.Merge;
import org.chancery.domain.merge.Merges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Merges in {@code entity_merge} and {@code entity_merge_claim}. */
@Repository
public class MergeStore implements Merges {

    private final JdbcClient jdbc;
    private final RegistryVersionStore version;

    MergeStore(JdbcClient jdbc, RegistryVersionStore version) {
        this.jdbc = jdbc;
        this.version = version;
    }

    @Override
    public void add(Merge merge) {
        version.changed(touched(merge.merged(), merge.survivor()));
        jdbc.sql("INSERT INTO entity_merge (merged_id, survivor_id) VALUES (:merged, :survivor)")
                .param("merged", merge.merged().value())
                .param("survivor", merge.survivor().value())
                .update();
        merge.moved()
                .forEach((claim, revision) -> jdbc.sql(
                                "INSERT INTO entity_merge_claim (merged_id, claim_id, revision) VALUES (:merged, :claim, :revision)")
                        .param("merged", merge.merged().value())
                        .param("claim", claim.value())
                        .param("revision", revision)
                        .update());
    }

    @Override
    public Optional<Merge> find(EntityId merged) {
        Optional<Long> survivor = jdbc.sql("SELECT survivor_id FROM entity_merge WHERE merged_id = :merged")
                .param("merged", merged.value())
                .query(Long.class)
                .optional();
        return survivor.map(s -> {
            Map<ClaimId, Integer> moved = new LinkedHashMap<>();
            jdbc.sql("SELECT claim_id, revision FROM entity_merge_claim WHERE merged_id = :merged ORDER BY claim_id")
                    .param("merged", merged.value())
                    .query((rs, n) -> moved.put(new ClaimId(rs.getLong(1)), rs.getInt(2)))
                    .list();
            return new Merge(merged, new EntityId(s), moved);
        });
    }

    @Override
    public List<EntityId> mergedInto(EntityId survivor) {
        return jdbc
                .sql("SELECT merged_id FROM entity_merge WHERE survivor_id = :survivor ORDER BY merged_id")
                .param("survivor", survivor.value())
                .query(Long.class)
                .list()
                .stream()
                .map(EntityId::new)
                .toList();
    }

    @Override
    public Map<EntityId, List<EntityId>> mergedInto(Collection<EntityId> survivors) {
        Map<EntityId, List<EntityId>> all = new HashMap<>();
        survivors.forEach(s -> all.put(s, new ArrayList<>()));
        if (survivors.isEmpty()) {
            return all;
        }
        jdbc.sql("SELECT survivor_id, merged_id FROM entity_merge WHERE survivor_id IN (:survivors) ORDER BY merged_id")
                .param("survivors", survivors.stream().map(EntityId::value).toList())
                .query((rs, n) -> all.get(new EntityId(rs.getLong(1))).add(new EntityId(rs.getLong(2))))
                .list();
        return all;
    }

    @Override
    public void remove(EntityId merged) {
        version.changed(
                find(merged).map(merge -> touched(merged, merge.survivor())).orElse(touched(merged, merged)));
        jdbc.sql("DELETE FROM entity_merge_claim WHERE merged_id = :merged")
                .param("merged", merged.value())
                .update();
        jdbc.sql("DELETE FROM entity_merge WHERE merged_id = :merged")
                .param("merged", merged.value())
                .update();
    }

    /** A merge changes which entities the lists show, and what both entities say of it. */
    private static List<String> touched(EntityId merged, EntityId survivor) {
        return List.of(ChangeKeys.of(merged), ChangeKeys.of(survivor), ChangeKeys.ENTITIES, ChangeKeys.CHANGES);
    }
}
