-- One row, its number raised by every transaction that changes what the registry holds, as its last
-- write before the commit: readers that see a number see at least every change it counts.
CREATE TABLE registry_version (
    id      INT    PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO registry_version (id, version) VALUES (1, 0);
