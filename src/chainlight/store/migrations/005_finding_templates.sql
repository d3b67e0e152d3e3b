-- A columnar screen's findings (millions of records) share their evidence: every record with the same signals has
-- the same chain of steps but for its own id.  Such a run stores each distinct chain once, in finding_templates,
-- the record id standing in it as the JSON string of U+E000 "record_id" U+E000 (score/batch_screen.py's
-- placeholder, a private-use character no real id holds), and each finding row names its template.  `findings`
-- gives every reader the chain with the id in place, and rows of the row-by-row screen, which hold their chain
-- whole, pass through unchanged.
ALTER TABLE findings RENAME TO finding_rows;

ALTER TABLE finding_rows ADD COLUMN template INTEGER;

CREATE TABLE finding_templates (
    run_id VARCHAR NOT NULL,
    template INTEGER NOT NULL,
    evidence VARCHAR NOT NULL,
    PRIMARY KEY (run_id, template)
);

CREATE VIEW findings AS
SELECT f.run_id, f.record_type, f.record_id, f.score, f.tier, f.policies, f.summary,
       coalesce(f.evidence, replace(t.evidence, '"' || chr(57344) || 'record_id' || chr(57344) || '"',
                                    to_json(f.record_id)::VARCHAR)) AS evidence,
       f.scorer
FROM finding_rows f LEFT JOIN finding_templates t ON t.run_id = f.run_id AND t.template = f.template;
