package org.chancery.data.vocabulary;

import java.util.List;
import java.util.Optional;
import org.chancery.data.revision.RegistryVersionStore;
import org.chancery.domain.ChangeKeys;
import org.chancery.domain.vocabulary.Predicate;
import org.chancery.domain.vocabulary.Predicates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The vocabulary in {@code predicate}. */
@Repository
public class PredicateStore implements Predicates {

    private final JdbcClient jdbc;
    private final PredicateRows rows;
    private final RegistryVersionStore version;

    PredicateStore(JdbcClient jdbc, PredicateRows rows, RegistryVersionStore version) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.version = version;
    }

    @Override
    public Optional<Predicate> find(String key) {
        return jdbc.sql("SELECT * FROM predicate WHERE predicate_key = :key")
                .param("key", key)
                .query(PredicateRows.PredicateRow.class)
                .optional()
                .map(rows::toPredicate);
    }

    /** {@code SELECT … FOR UPDATE}: the row stays locked, on H2 as on PostgreSQL, until the transaction ends. */
    @Override
    public Optional<Predicate> lock(String key) {
        return jdbc.sql("SELECT * FROM predicate WHERE predicate_key = :key FOR UPDATE")
                .param("key", key)
                .query(PredicateRows.PredicateRow.class)
                .optional()
                .map(rows::toPredicate);
    }

    @Override
    public List<Predicate> all() {
        return jdbc
                .sql("SELECT * FROM predicate ORDER BY predicate_key")
                .query(PredicateRows.PredicateRow.class)
                .list()
                .stream()
                .map(rows::toPredicate)
                .toList();
    }

    @Override
    public void save(Predicate predicate) {
        version.changed(List.of(ChangeKeys.VOCABULARY));
        PredicateRows.PredicateRow row = rows.toRow(predicate);
        int updated = jdbc.sql("""
                        UPDATE predicate SET label = :label, inverse_label = :inverseLabel, description = :description,
                            subject_kinds = :subjectKinds, object_type = :objectType, object_kinds = :objectKinds,
                            is_symmetric = :isSymmetric, cameo_code = :cameoCode, wikidata_property = :wikidataProperty
                        WHERE predicate_key = :predicateKey""").paramSource(row).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO predicate (predicate_key, label, inverse_label, description, subject_kinds,
                                object_type, object_kinds, is_symmetric, cameo_code, wikidata_property)
                            VALUES (:predicateKey, :label, :inverseLabel, :description, :subjectKinds,
                                :objectType, :objectKinds, :isSymmetric, :cameoCode, :wikidataProperty)""").paramSource(row).update();
        }
    }
}
