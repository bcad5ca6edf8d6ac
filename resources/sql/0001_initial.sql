-- Incident Bridge schema 1: people, incidents and the timeline.
-- Times are integer milliseconds since the Unix epoch, UTC.

CREATE TABLE person (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    timezone   TEXT,          -- IANA zone of the person, for sleeping-hours figures
    created_at INTEGER NOT NULL
);

CREATE TABLE incident (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
    severity      INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
    status        TEXT NOT NULL CHECK (status IN
                      ('investigating', 'identified', 'mitigated', 'resolved', 'closed')),
    started_at    INTEGER NOT NULL,
    -- Milestones: the first time each later status was reached.
    identified_at INTEGER,
    mitigated_at  INTEGER,
    resolved_at   INTEGER,
    closed_at     INTEGER,
    created_at    INTEGER NOT NULL,
    created_by    INTEGER NOT NULL REFERENCES person(id)
);

CREATE TABLE entry (
    id             INTEGER PRIMARY KEY,
    incident_id    INTEGER NOT NULL REFERENCES incident(id),
    kind           TEXT NOT NULL CHECK (kind IN ('action', 'observation', 'expectation',
                       'assumption', 'decision', 'note', 'status', 'handoff', 'update')),
    actor_id       INTEGER NOT NULL REFERENCES person(id),
    scribe_id      INTEGER NOT NULL REFERENCES person(id),
    occurred_at    INTEGER NOT NULL,
    logged_at      INTEGER NOT NULL,
    text           TEXT NOT NULL,
    pinned         INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    edits          INTEGER NOT NULL DEFAULT 0,
    retracted_at   INTEGER,
    retracted_by   INTEGER REFERENCES person(id),
    retract_reason TEXT
);
CREATE INDEX entry_by_incident_time ON entry(incident_id, occurred_at, id);
CREATE INDEX entry_by_incident_actor ON entry(incident_id, actor_id);

-- The state of an entry before each change made to it.
CREATE TABLE entry_revision (
    id          INTEGER PRIMARY KEY,
    entry_id    INTEGER NOT NULL REFERENCES entry(id),
    changed_at  INTEGER NOT NULL,
    changed_by  INTEGER NOT NULL REFERENCES person(id),
    change      TEXT NOT NULL CHECK (change IN ('edit', 'pin', 'unpin', 'retract', 'restore')),
    kind        TEXT NOT NULL,
    actor_id    INTEGER NOT NULL REFERENCES person(id),
    occurred_at INTEGER NOT NULL,
    text        TEXT NOT NULL,
    pinned      INTEGER NOT NULL,
    retracted   INTEGER NOT NULL
);
CREATE INDEX entry_revision_by_entry ON entry_revision(entry_id, id);

-- History is never rewritten; the database refuses it even if the code ever tried.
CREATE TRIGGER entry_never_deleted BEFORE DELETE ON entry
BEGIN
    SELECT RAISE(ABORT, 'timeline entries are retracted, never deleted');
END;
CREATE TRIGGER entry_revision_never_updated BEFORE UPDATE ON entry_revision
BEGIN
    SELECT RAISE(ABORT, 'entry revisions are never rewritten');
END;
CREATE TRIGGER entry_revision_never_deleted BEFORE DELETE ON entry_revision
BEGIN
    SELECT RAISE(ABORT, 'entry revisions are never deleted');
END;

-- Text search stays fast at a million entries.
CREATE VIRTUAL TABLE entry_fts USING fts5(
    text, content = 'entry', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER entry_fts_after_insert AFTER INSERT ON entry
BEGIN
    INSERT INTO entry_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER entry_fts_after_update AFTER UPDATE OF text ON entry
BEGIN
    INSERT INTO entry_fts(entry_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO entry_fts(rowid, text) VALUES (new.id, new.text);
END;
