-- One schema for H2 and PostgreSQL. Every entity, source and claim is a series of version rows: the
-- open row (recorded_until IS NULL) is the current state, and a past state is the row whose
-- [recorded_from, recorded_until) holds the moment asked about. Child rows (aliases, citations, ...)
-- belong to one version. The primary key (id, revision) lets exactly one of two concurrent changes
-- from the same revision in.

CREATE TABLE id_counter (
    prefix  CHAR(1) PRIMARY KEY,
    last_id BIGINT  NOT NULL
);
INSERT INTO id_counter (prefix, last_id) VALUES ('E', 0);
INSERT INTO id_counter (prefix, last_id) VALUES ('S', 0);
INSERT INTO id_counter (prefix, last_id) VALUES ('C', 0);

CREATE TABLE predicate (
    predicate_key     VARCHAR(64)   PRIMARY KEY,
    label             VARCHAR(200)  NOT NULL,
    inverse_label     VARCHAR(200)  NOT NULL,
    description       VARCHAR(2000),
    subject_kinds     VARCHAR(200)  NOT NULL,
    object_type       VARCHAR(10)   NOT NULL,
    object_kinds      VARCHAR(200)  NOT NULL,
    is_symmetric      BOOLEAN       NOT NULL,
    cameo_code        VARCHAR(4),
    wikidata_property VARCHAR(20)
);

CREATE TABLE entity_version (
    entity_id      BIGINT                   NOT NULL,
    revision       INT                      NOT NULL,
    recorded_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_until TIMESTAMP WITH TIME ZONE,
    author         VARCHAR(100)             NOT NULL,
    action         VARCHAR(20)              NOT NULL,
    summary        VARCHAR(2000),
    kind           VARCHAR(20)              NOT NULL,
    name           VARCHAR(300)             NOT NULL,
    search_key     VARCHAR(300)             NOT NULL,
    description    VARCHAR(2000),
    merged_into    BIGINT,
    -- the lists of the state, as JSON: a version loads in one row
    aliases        VARCHAR(100000)          NOT NULL,
    external_ids   VARCHAR(100000)          NOT NULL,
    PRIMARY KEY (entity_id, revision)
);
CREATE INDEX entity_version_recorded ON entity_version (recorded_from, recorded_until);
CREATE INDEX entity_version_search ON entity_version (search_key);

-- every name of every version, folded for search; written with the version, never read to load it
CREATE TABLE entity_name (
    entity_id  BIGINT       NOT NULL,
    revision   INT          NOT NULL,
    ordinal    INT          NOT NULL,
    search_key VARCHAR(300) NOT NULL,
    PRIMARY KEY (entity_id, revision, ordinal),
    FOREIGN KEY (entity_id, revision) REFERENCES entity_version (entity_id, revision)
);
CREATE INDEX entity_name_search ON entity_name (search_key);

CREATE TABLE source_version (
    source_id      BIGINT                   NOT NULL,
    revision       INT                      NOT NULL,
    recorded_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_until TIMESTAMP WITH TIME ZONE,
    author         VARCHAR(100)             NOT NULL,
    action         VARCHAR(20)              NOT NULL,
    summary        VARCHAR(2000),
    kind           VARCHAR(30)              NOT NULL,
    title          VARCHAR(500)             NOT NULL,
    url            VARCHAR(2000),
    archive_url    VARCHAR(2000),
    publisher_id   BIGINT,
    -- kept as written (ISO 8601 with its offset): a timestamp column would drop the offset
    published_at   VARCHAR(40),
    language       VARCHAR(35),
    retrieved_on   DATE,
    text_content   VARCHAR(1000000),
    text_sha256    CHAR(64),
    PRIMARY KEY (source_id, revision)
);

CREATE TABLE claim_version (
    claim_id           BIGINT                   NOT NULL,
    revision           INT                      NOT NULL,
    recorded_from      TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_until     TIMESTAMP WITH TIME ZONE,
    author             VARCHAR(100)             NOT NULL,
    action             VARCHAR(20)              NOT NULL,
    summary            VARCHAR(2000),
    subject_id         BIGINT                   NOT NULL,
    predicate_key      VARCHAR(64)              NOT NULL REFERENCES predicate (predicate_key),
    object_entity_id   BIGINT,
    object_text        VARCHAR(1000),
    object_date        VARCHAR(40),
    valid_from         VARCHAR(40),
    valid_until        VARCHAR(40),
    -- the bounds of valid time as days, open ends as 0001-01-01 and 9999-12-31, for range queries
    starts_earliest    DATE                     NOT NULL,
    starts_latest      DATE                     NOT NULL,
    ends_earliest      DATE                     NOT NULL,
    ends_latest        DATE                     NOT NULL,
    claim_rank         VARCHAR(12)              NOT NULL,
    deprecation_reason VARCHAR(2000),
    -- the lists of the state, as JSON: a version loads in one row
    qualifiers         VARCHAR(100000)          NOT NULL,
    citations          VARCHAR(1000000)         NOT NULL,
    PRIMARY KEY (claim_id, revision)
);
CREATE INDEX claim_version_recorded ON claim_version (recorded_from, recorded_until);
CREATE INDEX claim_version_subject ON claim_version (subject_id, predicate_key);
CREATE INDEX claim_version_object ON claim_version (object_entity_id);

-- what queries filter on, written with each version, never read to load it: the sources a version
-- cites with their modalities, and the entities it refers to outside its subject and object
CREATE TABLE claim_citation (
    claim_id  BIGINT      NOT NULL,
    revision  INT         NOT NULL,
    ordinal   INT         NOT NULL,
    source_id BIGINT      NOT NULL,
    modality  VARCHAR(12) NOT NULL,
    PRIMARY KEY (claim_id, revision, ordinal),
    FOREIGN KEY (claim_id, revision) REFERENCES claim_version (claim_id, revision)
);
CREATE INDEX claim_citation_source ON claim_citation (source_id);

CREATE TABLE claim_reference (
    claim_id  BIGINT NOT NULL,
    revision  INT    NOT NULL,
    entity_id BIGINT NOT NULL,
    PRIMARY KEY (claim_id, revision, entity_id),
    FOREIGN KEY (claim_id, revision) REFERENCES claim_version (claim_id, revision)
);
CREATE INDEX claim_reference_entity ON claim_reference (entity_id);

CREATE TABLE entity_merge (
    merged_id   BIGINT PRIMARY KEY,
    survivor_id BIGINT NOT NULL
);
CREATE INDEX entity_merge_survivor ON entity_merge (survivor_id);

CREATE TABLE entity_merge_claim (
    merged_id BIGINT NOT NULL REFERENCES entity_merge (merged_id),
    claim_id  BIGINT NOT NULL,
    revision  INT    NOT NULL,
    PRIMARY KEY (merged_id, claim_id)
);

-- a second curator's check of one revision of an entity (E17), source (S7) or claim (C1234)
CREATE TABLE review (
    object_id   VARCHAR(24)              NOT NULL,
    revision    INT                      NOT NULL,
    reviewer    VARCHAR(100)             NOT NULL,
    reviewed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (object_id, revision, reviewer)
);
