-- Settings are now saved with an upsert (the same SQL on a file and a team server), which
-- updates a row in place where INSERT OR REPLACE deleted and inserted it: the change feed
-- hears of an update too.
CREATE TRIGGER feed_setting_update AFTER UPDATE ON bridge_setting
BEGIN INSERT INTO change_log (subject, incident_id, row_id) VALUES ('settings', NULL, NULL); END;
