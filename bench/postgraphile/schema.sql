-- What PostGraphile reads of a Chancery registry: the current rows of the version tables, as views (of
-- claims, those a reader sees by default: all but the deprecated), and
-- the lists a claim keeps as JSON unnested into rows, with smart comments for the keys and relations
-- PostGraphile cannot see through views. Two functions where its conditions cannot say the question:
-- the overlap of a claim's valid time with a date, and Wikidata's best rank. Run over the database the
-- benchmark imported, after the application's own migrations.
DROP SCHEMA IF EXISTS pgl CASCADE;
CREATE SCHEMA pgl;

-- the elements of a JSON list, usually one or two: the planner is told so (a function set to its own
-- search path is not inlined), or it plans for a hundred and scans every entity for each attribution
CREATE FUNCTION pgl.elements(list jsonb) RETURNS SETOF jsonb
LANGUAGE sql IMMUTABLE STRICT ROWS 2 SET search_path = pg_catalog AS $$ SELECT jsonb_array_elements(list) $$;
COMMENT ON FUNCTION pgl.elements(jsonb) IS E'@omit';

CREATE VIEW pgl.entity AS
SELECT entity_id AS id, revision, kind, name, description, merged_into,
       aliases::jsonb AS aliases, external_ids::jsonb AS external_ids
FROM public.entity_version WHERE recorded_until IS NULL;
COMMENT ON VIEW pgl.entity IS E'@primaryKey id';

CREATE VIEW pgl.predicate AS
SELECT predicate_key AS key, label, inverse_label, description FROM public.predicate;
COMMENT ON VIEW pgl.predicate IS E'@primaryKey key';

CREATE VIEW pgl.source AS
SELECT source_id AS id, revision, kind, title, url, publisher_id, published_at, language, text_sha256
FROM public.source_version WHERE recorded_until IS NULL;
COMMENT ON VIEW pgl.source IS E'@primaryKey id\n@foreignKey (publisher_id) references pgl.entity (id)|@fieldName publisher|@foreignFieldName publications';

CREATE VIEW pgl.claim AS
SELECT claim_id AS id, revision, subject_id, predicate_key, object_entity_id, object_text, object_date,
       valid_from, valid_until, starts_earliest, starts_latest, ends_earliest, ends_latest,
       claim_rank AS rank, deprecation_reason
FROM public.claim_version WHERE recorded_until IS NULL AND claim_rank <> 'DEPRECATED';
COMMENT ON VIEW pgl.claim IS E'@primaryKey id\n'
  '@foreignKey (subject_id) references pgl.entity (id)|@fieldName subject|@foreignFieldName outgoingClaims\n'
  '@foreignKey (object_entity_id) references pgl.entity (id)|@fieldName objectEntity|@foreignFieldName incomingClaims\n'
  '@foreignKey (predicate_key) references pgl.predicate (key)|@fieldName predicate|@foreignFieldName claims';

-- a claim's citations from the table of the sources each version cites, which Chancery keeps indexed by
-- claim and by source; the rest of a citation is its element of the claim's JSON list
CREATE VIEW pgl.citation AS
SELECT cc.claim_id, cc.ordinal + 1 AS ordinal, cc.source_id,
       (c.citations::jsonb -> cc.ordinal)->>'quote' AS quote,
       (c.citations::jsonb -> cc.ordinal)->>'locator' AS locator, cc.modality
FROM public.claim_citation cc
JOIN public.claim_version c ON c.claim_id = cc.claim_id AND c.revision = cc.revision
WHERE c.recorded_until IS NULL AND c.claim_rank <> 'DEPRECATED';
COMMENT ON VIEW pgl.citation IS E'@primaryKey claim_id,ordinal\n'
  '@foreignKey (claim_id) references pgl.claim (id)|@fieldName claim|@foreignFieldName citations\n'
  '@foreignKey (source_id) references pgl.source (id)|@fieldName source|@foreignFieldName citations';

CREATE VIEW pgl.attribution AS
SELECT cc.claim_id, cc.ordinal + 1 AS citation_ordinal, a.ordinal::int AS ordinal,
       substr(a.value->>'entity', 2)::bigint AS entity_id, a.value->>'text' AS text
FROM public.claim_citation cc
JOIN public.claim_version c ON c.claim_id = cc.claim_id AND c.revision = cc.revision,
     pgl.elements((c.citations::jsonb -> cc.ordinal)->'attribution') WITH ORDINALITY AS a(value, ordinal)
WHERE c.recorded_until IS NULL AND c.claim_rank <> 'DEPRECATED';
COMMENT ON VIEW pgl.attribution IS E'@primaryKey claim_id,citation_ordinal,ordinal\n'
  '@foreignKey (claim_id,citation_ordinal) references pgl.citation (claim_id,ordinal)|@fieldName citation|@foreignFieldName attribution\n'
  '@foreignKey (entity_id) references pgl.entity (id)|@fieldName entity|@foreignFieldName attributions';

CREATE VIEW pgl.qualifier AS
SELECT c.claim_id, e.ordinal::int AS ordinal, e.value->>'predicate' AS predicate_key,
       substr(e.value->'value'->>'entity', 2)::bigint AS entity_id,
       e.value->'value'->>'text' AS text, e.value->'value'->>'date' AS date
FROM public.claim_version c, pgl.elements(c.qualifiers::jsonb) WITH ORDINALITY AS e(value, ordinal)
WHERE c.recorded_until IS NULL AND c.claim_rank <> 'DEPRECATED';
COMMENT ON VIEW pgl.qualifier IS E'@primaryKey claim_id,ordinal\n'
  '@foreignKey (claim_id) references pgl.claim (id)|@fieldName claim|@foreignFieldName qualifiers\n'
  '@foreignKey (predicate_key) references pgl.predicate (key)|@fieldName predicate|@foreignFieldName qualifiers\n'
  '@foreignKey (entity_id) references pgl.entity (id)|@fieldName entity|@foreignFieldName qualifying';

-- who recognizes an entity during a date: the claims of a predicate whose valid time may overlap the
-- date's days, keeping per subject the preferred ones if any, else the normal ones (best rank)
CREATE FUNCTION pgl.best_claims_during(object bigint, predicate text, first_day date, last_day date)
RETURNS SETOF pgl.claim LANGUAGE sql STABLE AS $$
  SELECT c.* FROM pgl.claim c
  WHERE c.object_entity_id = object AND c.predicate_key = predicate AND c.rank <> 'DEPRECATED'
    AND c.starts_earliest <= last_day AND c.ends_latest >= first_day
    AND (c.rank = 'PREFERRED' OR NOT EXISTS (
      SELECT 1 FROM pgl.claim p
      WHERE p.subject_id = c.subject_id AND p.predicate_key = c.predicate_key AND p.rank = 'PREFERRED'
        AND p.object_entity_id = object
        AND p.starts_earliest <= last_day AND p.ends_latest >= first_day))
  ORDER BY c.id
$$;

-- every revision of every object, newest first, and whether anyone has reviewed it
CREATE VIEW pgl.change AS
SELECT c.*, EXISTS (SELECT 1 FROM public.review r WHERE r.object_id = c.object_id AND r.revision = c.number) AS reviewed
FROM (
  SELECT 'E' || entity_id AS object_id, 'E' AS kind, entity_id AS id, revision AS number, author, action, summary,
         recorded_from AS recorded_at FROM public.entity_version
  UNION ALL
  SELECT 'S' || source_id, 'S', source_id, revision, author, action, summary, recorded_from FROM public.source_version
  UNION ALL
  SELECT 'C' || claim_id, 'C', claim_id, revision, author, action, summary, recorded_from FROM public.claim_version
) c;
COMMENT ON VIEW pgl.change IS E'@primaryKey object_id,number';

CREATE VIEW pgl.review AS SELECT object_id, revision AS number, reviewer, reviewed_at FROM public.review;
COMMENT ON VIEW pgl.review IS E'@primaryKey object_id,number,reviewer\n'
  '@foreignKey (object_id,number) references pgl.change (object_id,number)|@fieldName change|@foreignFieldName reviews';
