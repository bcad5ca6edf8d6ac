-- Incident Bridge schema 9: a search inside one incident reads only that incident's words.
-- FTS5 expands a prefix ("check" -> check, checked, checkout) over the doclists of the whole
-- file before it can intersect them with an incident, which at a million entries cost 20-40 ms
-- for two ordinary words. The app's tokenizer incident_words indexes each word tagged with its
-- incident ("00000042:checkout"), so the expansion covers one incident's words.
-- * The indexed value is "<incident id>\x1f<text>"; the tokenizer reads the tag off its front.
-- * Contentless: entry holds the text; the triggers give the old value back to delete it.
-- * Prefix indexes for one to three letters after the nine-character tag.
-- * No per-row sizes (columnsize=0): nothing ranks by length, and each line is one write less.
DROP TRIGGER entry_fts_after_insert;
DROP TRIGGER entry_fts_after_update;
DROP TABLE entry_fts;
CREATE VIRTUAL TABLE entry_words USING fts5(
    words, content = '', columnsize = 0,
    tokenize = 'incident_words remove_diacritics 2', prefix = '10 11 12');
CREATE TRIGGER entry_words_after_insert AFTER INSERT ON entry
BEGIN
    INSERT INTO entry_words(rowid, words)
        VALUES (new.id, new.incident_id || char(31) || new.text);
END;
CREATE TRIGGER entry_words_after_update AFTER UPDATE OF text, incident_id ON entry
BEGIN
    INSERT INTO entry_words(entry_words, rowid, words)
        VALUES ('delete', old.id, old.incident_id || char(31) || old.text);
    INSERT INTO entry_words(rowid, words)
        VALUES (new.id, new.incident_id || char(31) || new.text);
END;
INSERT INTO entry_words(rowid, words) SELECT id, incident_id || char(31) || text FROM entry;
