package org.chancery.bench.web;

import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.domain.time.EdtfDate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The answer to the entity-page query of {@code docs/graphql.md}, written by hand: five statements (the
 * entity, its claims with their count, and the entities, sources and predicates they name) and a
 * streaming JSON writer. It is what a service written for this one page could do at best.
 */
@RestController
class HandWrittenEntityPage {

    private static final int FIRST = 100;
    /** The entity's current claims, each side from its own index (a claim never relates an entity to itself). */
    private static final String CURRENT_CLAIMS = " FROM (SELECT * FROM claim_version WHERE recorded_until IS NULL"
            + " AND claim_rank <> 'DEPRECATED' AND subject_id = :id UNION ALL SELECT * FROM claim_version"
            + " WHERE recorded_until IS NULL AND claim_rank <> 'DEPRECATED' AND object_entity_id = :id) c";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    HandWrittenEntityPage(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @GetMapping("/bench/entity-page")
    ResponseEntity<byte[]> entityPage(@RequestParam String id) {
        long entityId = Long.parseLong(id.substring(1));
        Map<String, Object> entity = jdbc.sql("""
                        SELECT entity_id, kind, name, description, aliases, external_ids FROM entity_version
                        WHERE entity_id = :id AND recorded_until IS NULL""").param("id", entityId).query().singleRow();
        List<ClaimRow> claims = jdbc.sql("SELECT claim_id, claim_rank, subject_id, predicate_key, object_entity_id,"
                        + " object_text, object_date, valid_from, valid_until, qualifiers, citations" + CURRENT_CLAIMS
                        + " ORDER BY claim_id FETCH FIRST " + FIRST + " ROWS ONLY")
                .param("id", entityId)
                .query((row, n) -> new ClaimRow(
                        row.getLong(1),
                        row.getString(2),
                        row.getLong(3),
                        row.getString(4),
                        (Long) row.getObject(5, Long.class),
                        row.getString(6),
                        row.getString(7),
                        row.getString(8),
                        row.getString(9),
                        json.readTree(row.getString(10)),
                        json.readTree(row.getString(11))))
                .list();
        long total = claims.size() < FIRST
                ? claims.size()
                : jdbc.sql("SELECT COUNT(*)" + CURRENT_CLAIMS)
                        .param("id", entityId)
                        .query(Long.class)
                        .single();

        Set<Long> entityIds = new LinkedHashSet<>();
        Set<Long> sourceIds = new LinkedHashSet<>();
        Set<String> predicateKeys = new LinkedHashSet<>();
        for (ClaimRow claim : claims) {
            entityIds.add(claim.subject());
            if (claim.objectEntity() != null) {
                entityIds.add(claim.objectEntity());
            }
            predicateKeys.add(claim.predicate());
            for (JsonNode qualifier : claim.qualifiers()) {
                predicateKeys.add(qualifier.get("predicate").asString());
                JsonNode entityValue = qualifier.get("value").get("entity");
                if (entityValue != null) {
                    entityIds.add(number(entityValue));
                }
            }
            for (JsonNode citation : claim.citations()) {
                sourceIds.add(number(citation.get("source")));
                for (JsonNode link : citation.get("attribution")) {
                    if (link.get("entity") != null) {
                        entityIds.add(number(link.get("entity")));
                    }
                }
            }
        }
        Map<Long, String> names = names(entityIds);
        Map<Long, Map<String, Object>> sources = rows(
                "SELECT source_id, title, url, published_at FROM source_version"
                        + " WHERE recorded_until IS NULL AND source_id IN (:ids)",
                "source_id",
                sourceIds);
        Map<String, Map<String, Object>> predicates = new HashMap<>();
        if (!predicateKeys.isEmpty()) {
            jdbc.sql("SELECT predicate_key, label, inverse_label FROM predicate WHERE predicate_key IN (:keys)")
                    .param("keys", predicateKeys)
                    .query()
                    .listOfRows()
                    .forEach(row -> predicates.put((String) row.get("predicate_key"), row));
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator page = json.createGenerator(out)) {
            page.writeStartObject();
            page.writeName("data");
            page.writeStartObject();
            page.writeName("entity");
            page.writeStartObject();
            page.writeStringProperty("id", "E" + entityId);
            page.writeStringProperty("kind", (String) entity.get("kind"));
            page.writeStringProperty("name", (String) entity.get("name"));
            page.writeStringProperty("description", (String) entity.get("description"));
            page.writeName("aliases");
            page.writeStartArray();
            for (JsonNode alias : json.readTree((String) entity.get("aliases"))) {
                page.writeStartObject();
                page.writeStringProperty("name", alias.get("name").asString());
                page.writeStringProperty("language", text(alias.get("language")));
                page.writeEndObject();
            }
            page.writeEndArray();
            page.writeName("externalIds");
            page.writeStartArray();
            for (JsonNode external : json.readTree((String) entity.get("external_ids"))) {
                String scheme = external.get("scheme").asString();
                String value = external.get("value").asString();
                page.writeStartObject();
                page.writeStringProperty("scheme", scheme);
                page.writeStringProperty("value", value);
                page.writeStringProperty(
                        "url",
                        scheme.equals("wikidata") && value.matches("Q[1-9][0-9]*")
                                ? "https://www.wikidata.org/wiki/" + value
                                : null);
                page.writeEndObject();
            }
            page.writeEndArray();
            page.writeName("claims");
            page.writeStartObject();
            page.writeNumberProperty("totalCount", total);
            page.writeName("edges");
            page.writeStartArray();
            for (ClaimRow claim : claims) {
                page.writeStartObject();
                page.writeName("node");
                writeClaim(page, claim, names, sources, predicates);
                page.writeEndObject();
            }
            page.writeEndArray();
            page.writeEndObject();
            page.writeEndObject();
            page.writeEndObject();
            page.writeEndObject();
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(out.toByteArray());
    }

    private static void writeClaim(
            JsonGenerator page,
            ClaimRow claim,
            Map<Long, String> names,
            Map<Long, Map<String, Object>> sources,
            Map<String, Map<String, Object>> predicates) {
        page.writeStartObject();
        page.writeStringProperty("id", "C" + claim.id());
        page.writeStringProperty("rank", claim.rank());
        page.writeName("subject");
        page.writeStartObject();
        page.writeStringProperty("id", "E" + claim.subject());
        page.writeStringProperty("name", names.get(claim.subject()));
        page.writeEndObject();
        Map<String, Object> predicate = predicates.get(claim.predicate());
        page.writeName("predicate");
        page.writeStartObject();
        page.writeStringProperty("key", claim.predicate());
        page.writeStringProperty("label", (String) predicate.get("label"));
        page.writeStringProperty("inverseLabel", (String) predicate.get("inverse_label"));
        page.writeEndObject();
        page.writeName("object");
        page.writeStartObject();
        if (claim.objectEntity() != null) {
            page.writeStringProperty("__typename", "Entity");
            page.writeStringProperty("id", "E" + claim.objectEntity());
            page.writeStringProperty("name", names.get(claim.objectEntity()));
        } else if (claim.objectDate() != null) {
            page.writeStringProperty("__typename", "DateValue");
            page.writeName("date");
            page.writeStartObject();
            page.writeStringProperty("edtf", claim.objectDate());
            page.writeEndObject();
        } else {
            page.writeStringProperty("__typename", "TextValue");
            page.writeStringProperty("text", claim.objectText());
        }
        page.writeEndObject();
        writeDate(page, "validFrom", claim.validFrom());
        writeDate(page, "validUntil", claim.validUntil());
        page.writeName("qualifiers");
        page.writeStartArray();
        for (JsonNode qualifier : claim.qualifiers()) {
            String key = qualifier.get("predicate").asString();
            JsonNode value = qualifier.get("value");
            page.writeStartObject();
            page.writeName("predicate");
            page.writeStartObject();
            page.writeStringProperty("key", key);
            page.writeStringProperty("label", (String) predicates.get(key).get("label"));
            page.writeEndObject();
            page.writeName("value");
            page.writeStartObject();
            if (value.get("entity") != null) {
                page.writeStringProperty("name", names.get(number(value.get("entity"))));
            } else if (value.get("text") != null) {
                page.writeStringProperty("text", value.get("text").asString());
            }
            page.writeEndObject();
            page.writeEndObject();
        }
        page.writeEndArray();
        page.writeName("citations");
        page.writeStartArray();
        for (JsonNode citation : claim.citations()) {
            Map<String, Object> source = sources.get(number(citation.get("source")));
            page.writeStartObject();
            page.writeStringProperty("quote", citation.get("quote").asString());
            page.writeStringProperty("modality", citation.get("modality").asString());
            page.writeName("attribution");
            page.writeStartArray();
            for (JsonNode link : citation.get("attribution")) {
                page.writeStartObject();
                JsonNode entity = link.get("entity");
                page.writeStringProperty("text", entity == null ? text(link.get("text")) : null);
                page.writeName("entity");
                if (entity == null) {
                    page.writeNull();
                } else {
                    page.writeStartObject();
                    page.writeStringProperty("name", names.get(number(entity)));
                    page.writeEndObject();
                }
                page.writeEndObject();
            }
            page.writeEndArray();
            page.writeName("source");
            page.writeStartObject();
            page.writeStringProperty("id", "S" + source.get("source_id"));
            page.writeStringProperty("title", (String) source.get("title"));
            page.writeStringProperty("url", (String) source.get("url"));
            String published = (String) source.get("published_at");
            page.writeStringProperty(
                    "publishedAt",
                    published == null
                            ? null
                            : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.parse(published)));
            page.writeEndObject();
            page.writeEndObject();
        }
        page.writeEndArray();
        page.writeEndObject();
    }

    private static void writeDate(JsonGenerator page, String name, @Nullable String edtf) {
        page.writeName(name);
        if (edtf == null) {
            page.writeNull();
            return;
        }
        page.writeStartObject();
        page.writeStringProperty("edtf", edtf);
        page.writeStringProperty("precision", EdtfDate.parse(edtf).precision().name());
        page.writeEndObject();
    }

    private Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        rows(
                        "SELECT entity_id, name FROM entity_version WHERE recorded_until IS NULL AND entity_id IN (:ids)",
                        "entity_id",
                        ids)
                .forEach((id, row) -> names.put(id, (String) row.get("name")));
        return names;
    }

    private Map<Long, Map<String, Object>> rows(String sql, String idColumn, Collection<Long> ids) {
        Map<Long, Map<String, Object>> rows = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(sql)
                    .param("ids", new ArrayList<>(ids))
                    .query()
                    .listOfRows()
                    .forEach(row -> rows.put(((Number) row.get(idColumn)).longValue(), row));
        }
        return rows;
    }

    /** The number of an id such as {@code E17} or {@code S3}. */
    private static long number(JsonNode id) {
        return Long.parseLong(id.asString().substring(1));
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private record ClaimRow(
            long id,
            String rank,
            long subject,
            String predicate,
            @Nullable Long objectEntity,
            @Nullable String objectText,
            @Nullable String objectDate,
            @Nullable String validFrom,
            @Nullable String validUntil,
            JsonNode qualifiers,
            JsonNode citations) {}
}
