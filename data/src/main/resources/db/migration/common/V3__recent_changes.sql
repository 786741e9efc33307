-- Recent changes read each version table newest first, ties broken by id and revision, and stop after a
-- page: these indexes give that order without sorting the table.
CREATE INDEX entity_version_changes ON entity_version (recorded_from, entity_id, revision);
CREATE INDEX source_version_changes ON source_version (recorded_from, source_id, revision);
CREATE INDEX claim_version_changes ON claim_version (recorded_from, claim_id, revision);
