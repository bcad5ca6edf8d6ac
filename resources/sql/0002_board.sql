-- Incident Bridge schema 2: roles, workstreams, handoffs and the responder roster.

-- Who held which role, from when to when. One open row per single-holder role.
CREATE TABLE role_assignment (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id),
    role        TEXT NOT NULL CHECK (role IN
                    ('commander', 'deputy', 'scribe', 'comms', 'sme', 'observer')),
    person_id   INTEGER NOT NULL REFERENCES person(id),
    from_at     INTEGER NOT NULL,
    to_at       INTEGER
);
CREATE INDEX role_assignment_by_incident ON role_assignment(incident_id, role, to_at);

CREATE TABLE workstream (
    id              INTEGER PRIMARY KEY,
    incident_id     INTEGER NOT NULL REFERENCES incident(id),
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    owner_id        INTEGER REFERENCES person(id),
    state           TEXT NOT NULL CHECK (state IN ('open', 'active', 'blocked', 'done')),
    check_in_at     INTEGER,
    notes           TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    source_entry_id INTEGER REFERENCES entry(id)
);
CREATE INDEX workstream_by_incident ON workstream(incident_id);

CREATE TABLE workstream_helper (
    workstream_id INTEGER NOT NULL REFERENCES workstream(id),
    person_id     INTEGER NOT NULL REFERENCES person(id),
    PRIMARY KEY (workstream_id, person_id)
);

-- A role or workstream passing from one person to another, with its context.
CREATE TABLE handoff (
    id               INTEGER PRIMARY KEY,
    incident_id      INTEGER NOT NULL REFERENCES incident(id),
    role             TEXT,
    workstream_id    INTEGER REFERENCES workstream(id),
    from_person_id   INTEGER REFERENCES person(id),
    to_person_id     INTEGER NOT NULL REFERENCES person(id),
    at               INTEGER NOT NULL,
    done_so_far      TEXT NOT NULL DEFAULT '',
    in_flight        TEXT NOT NULL DEFAULT '',
    next_steps       TEXT NOT NULL DEFAULT '',
    open_assumptions TEXT NOT NULL DEFAULT '',
    risks            TEXT NOT NULL DEFAULT '',
    note             TEXT NOT NULL DEFAULT '',
    acknowledged_at  INTEGER,
    CHECK ((role IS NULL) <> (workstream_id IS NULL))
);
CREATE INDEX handoff_by_incident ON handoff(incident_id);

-- Each time a person is on the bridge of an incident: join to leave.
CREATE TABLE responder_stint (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id),
    person_id   INTEGER NOT NULL REFERENCES person(id),
    joined_at   INTEGER NOT NULL,
    left_at     INTEGER,
    paged_at    INTEGER
);
CREATE INDEX responder_stint_by_incident ON responder_stint(incident_id, person_id);
CREATE INDEX responder_stint_by_person ON responder_stint(person_id, joined_at);

-- Settings that travel with the file (sleeping hours, later the update policy).
CREATE TABLE bridge_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
