-- List matches kept per matcher version (score/match_cache.py): a columnar screen asks the name matcher only
-- for the distinct queries this table lacks under the running matcher's version, and keeps the answers.
-- The version names the lists, scorer, key-building, readings, threshold and the matcher's code, and rows of
-- another version are dropped when new answers are written.
CREATE TABLE IF NOT EXISTS match_cache (
    version VARCHAR NOT NULL,
    query VARCHAR NOT NULL,
    answers VARCHAR NOT NULL
);
