-- The rights of the team's roles, applied by `team init` after every migration (it is safe
-- to apply again). incident_bridge: what the app needs to run a bridge. incident_bridge_reader:
-- reading only, for leaders and dashboards. A responder's login role is made a member of one.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'incident_bridge') THEN
        CREATE ROLE incident_bridge NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'incident_bridge_reader') THEN
        CREATE ROLE incident_bridge_reader NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO incident_bridge, incident_bridge_reader',
                   current_database());
END $$;

REVOKE ALL ON SCHEMA bridge FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA bridge FROM PUBLIC, incident_bridge, incident_bridge_reader;
GRANT USAGE ON SCHEMA bridge TO incident_bridge, incident_bridge_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA bridge TO incident_bridge, incident_bridge_reader;

-- Rows are added; only the tables that hold a current state are changed, and only the
-- review's lists (rewritten as a whole on save) and a workstream's helpers lose rows.
GRANT INSERT ON bridge.person, bridge.incident, bridge.entry, bridge.entry_revision,
    bridge.role_assignment, bridge.workstream, bridge.workstream_helper, bridge.handoff,
    bridge.responder_stint, bridge.bridge_setting, bridge.update_policy, bridge.status_update,
    bridge.review, bridge.contributing_factor, bridge.assumption_rating, bridge.understanding,
    bridge.follow_up TO incident_bridge;
GRANT UPDATE ON bridge.person, bridge.incident, bridge.role_assignment, bridge.workstream,
    bridge.handoff, bridge.responder_stint, bridge.bridge_setting, bridge.update_policy,
    bridge.review, bridge.contributing_factor, bridge.assumption_rating, bridge.understanding,
    bridge.follow_up TO incident_bridge;
-- An entry's current state, never its incident, scribe, logging time or writer; and the
-- trigger refuses even these unless the revision keeping the earlier state was written.
GRANT UPDATE (kind, actor_id, occurred_at, text, pinned, edits, retracted_at, retracted_by,
    retract_reason) ON bridge.entry TO incident_bridge;
GRANT DELETE ON bridge.workstream_helper, bridge.contributing_factor, bridge.assumption_rating,
    bridge.understanding, bridge.follow_up TO incident_bridge;

-- The change feed is written by its trigger as the schema's owner, so no client can add,
-- change or remove a line of it, and every client can read it.
ALTER FUNCTION bridge.feed() SECURITY DEFINER SET search_path = pg_catalog, bridge;
REVOKE ALL ON FUNCTION bridge.feed() FROM PUBLIC;

-- `incident-bridge serve` (migration 2): tokens are made and revoked, alert groups linked
-- and deliveries noted by responders' roles; none is ever deleted.
GRANT INSERT, UPDATE ON bridge.access_token, bridge.alert_link TO incident_bridge;
GRANT INSERT ON bridge.alert_delivery TO incident_bridge;

-- The one-statement timeline line (migration 3): the caller's own rights decide.
REVOKE ALL ON FUNCTION bridge.log_line(bigint, text, bigint, bigint, bigint, bigint, text,
    integer, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION bridge.log_line(bigint, text, bigint, bigint, bigint, bigint, text,
    integer, uuid) TO incident_bridge;
