-- chainlight store, schema version 1.
-- Every row keeps where it came from: the dataset, the list's own id and, for user records, the file and line.
CREATE TABLE datasets (
    dataset VARCHAR PRIMARY KEY,
    kind VARCHAR NOT NULL,
    title VARCHAR,
    publisher VARCHAR,
    url VARCHAR,
    licence VARCHAR,
    version VARCHAR,
    last_ingest INTEGER,
    updated_at TIMESTAMP
);

CREATE SEQUENCE ingest_ids START 1;

CREATE TABLE ingests (
    id INTEGER PRIMARY KEY,
    dataset VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    scope VARCHAR NOT NULL,
    paths VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    version VARCHAR,
    ingested_at TIMESTAMP NOT NULL,
    total INTEGER NOT NULL,
    added INTEGER NOT NULL,
    changed INTEGER NOT NULL,
    removed INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    warnings INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE entities (
    id VARCHAR PRIMARY KEY,
    dataset VARCHAR NOT NULL,
    scope VARCHAR NOT NULL,
    schema VARCHAR NOT NULL,
    caption VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL,
    hash VARCHAR NOT NULL,
    data VARCHAR NOT NULL,            -- Entity.to_dict() as JSON
    first_seen TIMESTAMP NOT NULL,
    last_seen TIMESTAMP NOT NULL,
    last_change TIMESTAMP NOT NULL
);

CREATE TABLE statements (
    id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    prop VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    lang VARCHAR,
    dataset VARCHAR NOT NULL,
    source_id VARCHAR NOT NULL,
    first_seen TIMESTAMP,
    last_seen TIMESTAMP
);

-- What a newer version of a list added, changed and removed.
CREATE TABLE changes (
    ingest_id INTEGER NOT NULL,
    dataset VARCHAR NOT NULL,
    item_id VARCHAR NOT NULL,
    item_type VARCHAR NOT NULL,       -- entity | record | claim | prior | document | good | hs
    change VARCHAR NOT NULL,          -- added | changed | removed
    caption VARCHAR
);

-- Generic keyed items that are not entities: user records, documents, claims, priors, goods, HS codes.
CREATE TABLE items (
    item_type VARCHAR NOT NULL,
    id VARCHAR NOT NULL,
    dataset VARCHAR NOT NULL,
    scope VARCHAR NOT NULL,
    hash VARCHAR NOT NULL,
    data VARCHAR NOT NULL,
    protected VARCHAR,                -- informant details of a claim: never exported
    status VARCHAR,                   -- claims: confirmed | pending | rejected
    first_seen TIMESTAMP NOT NULL,
    last_seen TIMESTAMP NOT NULL,
    PRIMARY KEY (item_type, id)
);

CREATE TABLE runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    inputs VARCHAR,
    counts VARCHAR
);

CREATE TABLE findings (
    run_id VARCHAR NOT NULL,
    record_type VARCHAR NOT NULL,
    record_id VARCHAR NOT NULL,
    score DOUBLE NOT NULL,
    tier VARCHAR NOT NULL,
    policies VARCHAR,
    summary VARCHAR,
    evidence VARCHAR,
    scorer VARCHAR
);

-- Analysts' decisions and every change they make, append-only.
CREATE TABLE audit (
    happened_at TIMESTAMP NOT NULL,
    actor VARCHAR NOT NULL,
    action VARCHAR NOT NULL,
    subject VARCHAR NOT NULL,
    detail VARCHAR
);
