-- Users of the service and a tamper-evident audit trail.

-- An API key is shown once, when made, and the store keeps its SHA-256 only (keys are 256 random bits: a
-- plain digest cannot be reversed by guessing, unlike a password).
CREATE TABLE users (
    name VARCHAR PRIMARY KEY,
    role VARCHAR NOT NULL,            -- viewer | analyst | admin
    key_sha256 VARCHAR NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR NOT NULL,
    revoked_at TIMESTAMP
);

-- Each audit row carries its place in the chain and the SHA-256 of its own content with the hash of the row
-- before: changing, removing or reordering any row breaks every hash after it.  Rows written before this
-- migration have no hash: the chain starts after them.
ALTER TABLE audit ADD COLUMN seq BIGINT;
ALTER TABLE audit ADD COLUMN prev_sha256 VARCHAR;
ALTER TABLE audit ADD COLUMN row_sha256 VARCHAR;
