-- Cases: an analyst's unit of work over one or more findings.  A case holds who works on it, its status, a due
-- date and notes. The verdict on each finding stays the decision (audit rows `finding.<decision>`), and every
-- change to a case is an audit row too (`case.opened`, `case.updated`, `case.note`, `case.finding_added`).
CREATE SEQUENCE case_numbers START 1;

CREATE TABLE cases (
    case_id VARCHAR PRIMARY KEY,      -- "case-<n>"
    title VARCHAR NOT NULL,
    assignee VARCHAR,                 -- a user's name (or anyone's, on a store without users)
    status VARCHAR NOT NULL,          -- open | in_progress | waiting_for_evidence | closed
    due_date DATE,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE case_findings (
    case_id VARCHAR NOT NULL,
    record_id VARCHAR NOT NULL,
    added_at TIMESTAMP NOT NULL,
    added_by VARCHAR NOT NULL,
    PRIMARY KEY (case_id, record_id)
);

CREATE TABLE case_notes (
    case_id VARCHAR NOT NULL,
    written_at TIMESTAMP NOT NULL,
    author VARCHAR NOT NULL,
    note VARCHAR NOT NULL
);
