-- Party clusterings kept whole (score/match_cache.py ClusterCache): the party ids a columnar screen's distinct
-- (name, country, address) mentions resolved to, under the clustering code's version, for the next screen of
-- the same set of mentions.  The latest few are kept.
CREATE TABLE IF NOT EXISTS cluster_cache (
    version VARCHAR NOT NULL,
    names VARCHAR NOT NULL,
    ids VARCHAR NOT NULL,
    kept_at TIMESTAMP NOT NULL
);
