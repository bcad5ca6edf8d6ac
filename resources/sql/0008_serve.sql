-- What `incident-bridge serve` keeps: the tokens leaders' pages and alert webhooks are opened
-- with, the alert groups that opened incidents, and the deliveries already taken.

-- Only a SHA-256 digest of each token is kept. A revoked token stays, so the record says who
-- could read or open incidents, and when; its name is free again.
CREATE TABLE access_token (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    scope      TEXT NOT NULL CHECK (scope IN ('read', 'alerts')),
    digest     TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE UNIQUE INDEX access_token_live_name ON access_token (name) WHERE revoked_at IS NULL;

-- An alert group or fingerprint (Alertmanager's groupKey, an alert's fingerprint, a PagerDuty
-- incident id) and the incident it opened or joined: later alerts of it attach while that
-- incident is open.
CREATE TABLE alert_link (
    source      TEXT NOT NULL,
    alert_key   TEXT NOT NULL,
    incident_id INTEGER NOT NULL REFERENCES incident(id),
    PRIMARY KEY (source, alert_key)
);

-- Each delivery's digest: the same delivery sent again writes nothing.
CREATE TABLE alert_delivery (
    digest      TEXT PRIMARY KEY,
    received_at INTEGER NOT NULL,
    incident_id INTEGER REFERENCES incident(id)
);

-- Leaders' pages show an incident's key moments: found without a pass over its timeline.
CREATE INDEX entry_pinned ON entry (incident_id, occurred_at) WHERE pinned = 1;
