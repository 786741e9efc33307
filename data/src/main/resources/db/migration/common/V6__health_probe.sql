-- One row that a health check writes, so that readiness says whether the database can be written now.
CREATE TABLE health_probe (
    id        INT       PRIMARY KEY CHECK (id = 1),
    probed_at TIMESTAMP NOT NULL
);
INSERT INTO health_probe (id, probed_at) VALUES (1, CURRENT_TIMESTAMP);
