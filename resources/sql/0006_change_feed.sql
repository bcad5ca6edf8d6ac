-- Incident Bridge schema 6: a change feed in commit order, and handoffs that complete on
-- acknowledgement.

-- Every committed change, numbered in commit order. Writers on this file are serialised by
-- BEGIN IMMEDIATE, so a number taken inside the writing transaction grows with the commits;
-- other sessions catch up by "seq above the last one seen", whatever order row ids come in.
-- Filled by triggers, so no code path that writes can forget it.
CREATE TABLE change_log (
    seq         INTEGER PRIMARY KEY,
    subject     TEXT NOT NULL,   -- incident, entry_added, entry_changed, board, updates, review,
                                 -- people, settings
    incident_id INTEGER,
    row_id      INTEGER
);

CREATE TRIGGER feed_incident_insert AFTER INSERT ON incident
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('incident', new.id, new.id); END;
CREATE TRIGGER feed_incident_update AFTER UPDATE ON incident
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('incident', new.id, new.id); END;

CREATE TRIGGER feed_entry_insert AFTER INSERT ON entry
BEGIN
    INSERT INTO change_log (subject, incident_id, row_id)
        VALUES ('entry_added', new.incident_id, new.id);
END;
CREATE TRIGGER feed_entry_update AFTER UPDATE ON entry
BEGIN
    INSERT INTO change_log (subject, incident_id, row_id)
        VALUES ('entry_changed', new.incident_id, new.id);
END;

CREATE TRIGGER feed_role_insert AFTER INSERT ON role_assignment
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('board', new.incident_id, new.id); END;
CREATE TRIGGER feed_role_update AFTER UPDATE ON role_assignment
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('board', new.incident_id, new.id); END;
CREATE TRIGGER feed_workstream_insert AFTER INSERT ON workstream
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('board', new.incident_id, new.id); END;
CREATE TRIGGER feed_workstream_update AFTER UPDATE ON workstream
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('board', new.incident_id, new.id); END;
CREATE TRIGGER feed_helper_insert AFTER INSERT ON workstream_helper
BEGIN
    INSERT INTO change_log (subject, incident_id, row_id)
        SELECT 'board', incident_id, id FROM workstream WHERE id = new.workstream_id;
END;
CREATE TRIGGER feed_helper_delete AFTER DELETE ON workstream_helper
BEGIN
    INSERT INTO change_log (subject, incident_id, row_id)
        SELECT 'board', incident_id, id FROM workstream WHERE id = old.workstream_id;
END;
CREATE TRIGGER feed_handoff_insert AFTER INSERT ON handoff
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('board', new.incident_id, new.id); END;
CREATE TRIGGER feed_handoff_update AFTER UPDATE ON handoff
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('board', new.incident_id, new.id); END;
CREATE TRIGGER feed_stint_insert AFTER INSERT ON responder_stint
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('board', new.incident_id, new.id); END;
CREATE TRIGGER feed_stint_update AFTER UPDATE ON responder_stint
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('board', new.incident_id, new.id); END;

CREATE TRIGGER feed_update_insert AFTER INSERT ON status_update
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('updates', new.incident_id, new.id); END;
CREATE TRIGGER feed_policy_update AFTER UPDATE ON update_policy
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('settings', NULL, NULL); END;
CREATE TRIGGER feed_policy_insert AFTER INSERT ON update_policy
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('settings', NULL, NULL); END;

CREATE TRIGGER feed_review_insert AFTER INSERT ON review
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('review', new.incident_id, NULL); END;
CREATE TRIGGER feed_review_update AFTER UPDATE ON review
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('review', new.incident_id, NULL); END;

CREATE TRIGGER feed_person_insert AFTER INSERT ON person
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('people', NULL, new.id); END;
CREATE TRIGGER feed_person_update AFTER UPDATE ON person
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('people', NULL, new.id); END;

CREATE TRIGGER feed_setting_change AFTER INSERT ON bridge_setting
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('settings', NULL, NULL); END;

-- A handoff completes when the receiver acknowledges it; who pressed Acknowledge is kept
-- (on a shared machine it may be someone else). An offer can also be withdrawn, when the
-- incident closes with it still open.
ALTER TABLE handoff ADD COLUMN acknowledged_by INTEGER REFERENCES person(id);
ALTER TABLE handoff ADD COLUMN withdrawn_at INTEGER;

-- Before this schema the receiver held the role from the offer; an offer still waiting keeps
-- that holding, so an upgrade changes nobody's role.
