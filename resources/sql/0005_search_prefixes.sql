-- Incident Bridge schema 5: search that stays fast at a million entries.
-- * Prefix indexes for one to three letters: without them a short prefix ("t", "db") merges
--   the doclists of every matching word in the database, 100-200 ms at a million entries.
-- * The incident as a second column, so a search inside one incident intersects with the
--   incident's own doclist instead of walking every incident's matches.
DROP TRIGGER entry_fts_after_insert;
DROP TRIGGER entry_fts_after_update;
DROP TABLE entry_fts;
CREATE VIRTUAL TABLE entry_fts USING fts5(
    text, incident_id, content = 'entry', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
CREATE TRIGGER entry_fts_after_insert AFTER INSERT ON entry
BEGIN
    INSERT INTO entry_fts(rowid, text, incident_id) VALUES (new.id, new.text, new.incident_id);
END;
CREATE TRIGGER entry_fts_after_update AFTER UPDATE OF text, incident_id ON entry
BEGIN
    INSERT INTO entry_fts(entry_fts, rowid, text, incident_id)
        VALUES ('delete', old.id, old.text, old.incident_id);
    INSERT INTO entry_fts(rowid, text, incident_id) VALUES (new.id, new.text, new.incident_id);
END;
INSERT INTO entry_fts(entry_fts) VALUES ('rebuild');
