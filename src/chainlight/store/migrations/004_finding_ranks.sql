-- What the analyst workspace ranks a run's findings by, beyond tier and score: whether a legal presumption
-- applies and the share of the record's inputs that can carry tainted goods (mass balance).  Both are read
-- from a finding's evidence, which is large (kilobytes a finding), so they are worked out once per run, on
-- the run's first view, and kept here (api/workspace.py).  A run's findings never change once saved.
CREATE TABLE finding_ranks (
    run_id VARCHAR NOT NULL,
    record_type VARCHAR NOT NULL,
    record_id VARCHAR NOT NULL,
    presumption BOOLEAN NOT NULL,
    share DOUBLE,
    PRIMARY KEY (run_id, record_type, record_id)
);
