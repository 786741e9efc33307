-- Claims about an object, by predicate and subject: "who recognizes X" reads only X's claims of that
-- predicate, and the best-rank test of each (is there a preferred claim of the same subject, predicate
-- and object?) is one probe, not a scan of every claim of that subject and predicate.
DROP INDEX claim_version_object;
CREATE INDEX claim_version_object ON claim_version (object_entity_id, predicate_key, subject_id);
