-- Incident Bridge schema 4: the blameless review of an incident.
-- No root cause field: contributing factors, as many as there were.

CREATE TABLE review (
    incident_id INTEGER PRIMARY KEY REFERENCES incident(id),
    summary     TEXT NOT NULL DEFAULT '',
    impact      TEXT NOT NULL DEFAULT '',
    went_well   TEXT NOT NULL DEFAULT '',
    was_hard    TEXT NOT NULL DEFAULT '',
    lucky       TEXT NOT NULL DEFAULT '',
    review_date INTEGER,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE contributing_factor (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id),
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    category    TEXT NOT NULL CHECK (category IN
                    ('technical', 'process', 'organisational', 'external')),
    chain       TEXT NOT NULL DEFAULT '[]' -- JSON array of strings, followed upward
);
CREATE INDEX contributing_factor_by_incident ON contributing_factor(incident_id, position);

-- Each assumption entry placed on the map: known or unknown, important or not.
CREATE TABLE assumption_rating (
    entry_id  INTEGER PRIMARY KEY REFERENCES entry(id),
    known     INTEGER NOT NULL CHECK (known IN (0, 1)),
    important INTEGER NOT NULL CHECK (important IN (0, 1))
);

-- A person's own understanding of the timeline at the time.
CREATE TABLE understanding (
    incident_id INTEGER NOT NULL REFERENCES incident(id),
    person_id   INTEGER NOT NULL REFERENCES person(id),
    text        TEXT NOT NULL,
    PRIMARY KEY (incident_id, person_id)
);

CREATE TABLE follow_up (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id),
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    owner       TEXT NOT NULL DEFAULT '',
    type        TEXT NOT NULL CHECK (type IN ('mitigate', 'prevent', 'process', 'learn')),
    due         TEXT NOT NULL DEFAULT '', -- a date, yyyy-mm-dd, or empty
    link        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX follow_up_by_incident ON follow_up(incident_id, position);
