-- Migration 3: the commonest write and the commonest read, each one statement's work.

-- A timeline line by people the client
-- has already seen committed. The client's ordinary road does the same in about ten round
-- trips; a bridge call logs hundreds of lines, so this road takes one. It runs with the
-- caller's rights (SECURITY INVOKER), so a read-only role is refused as on the other road and
-- the server stamps the caller's role on the row.
CREATE FUNCTION bridge.log_line(p_incident bigint, p_kind text, p_actor bigint,
    p_scribe bigint, p_occurred bigint, p_logged bigint, p_text text, p_pinned integer,
    p_uid uuid, OUT entry_id bigint, OUT stamped_by text, OUT kept_text text,
    OUT feed_before bigint, OUT feed_after bigint)
LANGUAGE plpgsql SET search_path = pg_catalog, bridge AS $$
DECLARE
    first_stint bigint;
    first_joined bigint;
BEGIN
    -- The lock every writer takes first (WriteTransaction, "IBrg"): each statement below
    -- takes a fresh snapshot after it, so the checks see every earlier commit, and the
    -- feed's numbers between the two reads are this call's own.
    PERFORM pg_advisory_xact_lock(1229091431);
    SELECT coalesce(max(seq), 0) INTO feed_before FROM bridge.change_log;
    -- Whoever appears as the actor is on the bridge from this entry on.
    SELECT s.id, s.joined_at INTO first_stint, first_joined FROM bridge.responder_stint s
     WHERE s.incident_id = p_incident AND s.person_id = p_actor
     ORDER BY s.joined_at LIMIT 1;
    IF first_stint IS NULL THEN
        INSERT INTO bridge.responder_stint (incident_id, person_id, joined_at)
            VALUES (p_incident, p_actor, p_occurred);
    ELSIF first_joined > p_occurred THEN
        UPDATE bridge.responder_stint SET joined_at = p_occurred WHERE id = first_stint;
    END IF;
    INSERT INTO bridge.entry AS e (incident_id, kind, actor_id, scribe_id, occurred_at,
            logged_at, text, pinned, client_uid)
        VALUES (p_incident, p_kind, p_actor, p_scribe, p_occurred, p_logged, p_text, p_pinned,
            p_uid)
        RETURNING e.id, e.written_by, e.text INTO entry_id, stamped_by, kept_text;
    SELECT coalesce(max(seq), 0) INTO feed_after FROM bridge.change_log;
END $$;

-- Search within one incident: every word of an entry is indexed as INCIDENT "x" word
-- ("12xcheckout"), so a search reads only that incident's postings, instead of every
-- incident's only to throw most away (a common word's list spans the whole server). The
-- text is split at punctuation as the file's FTS5 index splits it; each word is prefixed
-- before the parser sees it, so positions (for phrases such as "split-brain") are kept. A
-- prefix is digits then "x", so no two incidents' words can meet.
CREATE FUNCTION bridge.incident_lexemes(incident bigint, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('simple', regexp_replace(regexp_replace(body, '[[:punct:]]+', ' ', 'g'),
                                                '(\S+)', incident || 'x\1', 'g'))
$$;
-- The client's query (words, prefixes and phrases), normalised here as the entries were,
-- with every lexeme put in the incident's own terms.
CREATE FUNCTION bridge.incident_query(incident bigint, words text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT regexp_replace(to_tsquery('simple', words)::text, '''((?:[^'']|'''')*)''',
                          '''' || incident || 'x\1''', 'g')::tsquery
$$;
-- An index on the expression, not a stored column: the rows stay half the size, and a
-- search that matches most of an incident reads its rows' pages for their ids.
DROP INDEX bridge.entry_search;
ALTER TABLE bridge.entry DROP COLUMN search;
CREATE INDEX entry_search ON bridge.entry USING gin (bridge.incident_lexemes(incident_id, text));

UPDATE bridge.schema_info SET version = 3;
