-- What each change to the registry touched, by the version it raised registry_version to: written in the
-- same transaction, just before the commit, so that every instance sees a version and its keys together.
-- Answers kept between changes are dropped by these keys. Only the latest rows are kept; a version with no
-- row counts as a change to everything.
CREATE TABLE registry_change (
    version BIGINT         PRIMARY KEY,
    touched VARCHAR(16000) NOT NULL
);
