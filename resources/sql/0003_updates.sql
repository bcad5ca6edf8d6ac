-- Incident Bridge schema 3: SLA milestones, the update policy and the updates sent.

-- When the alert fired, and when a responder acknowledged it.
ALTER TABLE incident ADD COLUMN detected_at INTEGER;
ALTER TABLE incident ADD COLUMN acknowledged_at INTEGER;

-- Per severity: acknowledge within N minutes, update every M minutes (NULL: no cadence).
-- Kept in the file so the policy travels with the incidents it applies to.
CREATE TABLE update_policy (
    severity      INTEGER PRIMARY KEY CHECK (severity BETWEEN 1 AND 4),
    ack_minutes   INTEGER NOT NULL CHECK (ack_minutes > 0),
    every_minutes INTEGER CHECK (every_minutes IS NULL OR every_minutes > 0)
);
INSERT INTO update_policy (severity, ack_minutes, every_minutes) VALUES
    (1, 5, 30), (2, 15, 60), (3, 60, 240), (4, 240, NULL);

CREATE TABLE status_update (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id),
    audience    TEXT NOT NULL CHECK (audience IN ('executive', 'customer', 'tactical')),
    text        TEXT NOT NULL,
    sent_at     INTEGER NOT NULL,
    author_id   INTEGER NOT NULL REFERENCES person(id),
    entry_id    INTEGER REFERENCES entry(id)
);
CREATE INDEX status_update_by_incident ON status_update(incident_id, sent_at);
CREATE TRIGGER status_update_never_deleted BEFORE DELETE ON status_update
BEGIN
    SELECT RAISE(ABORT, 'sent updates are part of the record and are never deleted');
END;
