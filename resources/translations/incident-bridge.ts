<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>QObject</name>
    <message>
        <source>Incident Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the incident database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::Backup</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup named %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed its check (%1) and was removed; the database itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::Board</name>
    <message>
        <source>Incident commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comms lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject-matter expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstream &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::BoardPane</name>
    <message>
        <source>&amp;New Workstream…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Workstream…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstreams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver confirms they have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s) not acknowledged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No workstreams yet. Start one with New Workstream, or from a timeline entry&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::BoardStore</name>
    <message>
        <source>There is no workstream %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no handoff %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::Cadence</name>
    <message>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-facing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tactical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::CommandLine</name>
    <message>
        <source>join needs an incident id and a person: join 12 &quot;Maya Chen&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave needs an incident id and a person: leave 12 &quot;Maya Chen&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role needs an incident id, a role and a person: role 12 commander &quot;Jonas Weber&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: use commander, deputy, scribe, comms, sme or observer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workstream needs one incident id: workstream 12 --title &quot;Fail back the database&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workstream needs --title &quot;...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown workstream state &quot;%1&quot;: use open, active, blocked or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff needs one incident id: handoff 12 --role commander --to &quot;Priya Nair&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff needs either --role ROLE or --workstream WID, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff needs --to PERSON: who takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: use commander, deputy, scribe or comms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstream id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ack-handoff needs one handoff id: ack-handoff 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handoff id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the %2 command). Run incident-bridge --help for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number such as 12, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a time. Use ISO 8601, such as 2018-10-21T22:52:00Z, 2018-10-21T22:52:00+02:00 or 2018-10-21T22:52 for local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no incident %1. Run incident-bridge list to see the incidents in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name, as in --db incidents.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1. Run incident-bridge --help for the usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo opens the window with a throwaway database; it cannot be combined with the %1 command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Run incident-bridge --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new takes no further words; put the title in --title &quot;...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new needs a title: --title &quot;Checkout returns 503 in eu-west&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;: use SEV1 (worst), SEV2, SEV3 or SEV4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log needs an incident id and the text: log 12 --kind action &quot;Rolled back the deploy&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log needs --kind: action, observation, expectation, assumption, decision or note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;: use action, observation, expectation, assumption, decision or note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log needs the entry&apos;s text after the incident id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status needs an incident id and a state: status 12 mitigated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;: use investigating, identified, mitigated, resolved or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments besides --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs one incident id: show 12 [--json].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [retracted: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone needs an incident id and detected or acknowledged: milestone 12 acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown milestone &quot;%1&quot;: use detected or acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update needs one incident id: update 12 --audience executive --draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update needs --audience executive, customer or tactical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown audience &quot;%1&quot;: use executive, customer or tactical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update needs either --draft (print a draft, record nothing) or --text TEXT (record it as sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at goes with --text: a draft is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy needs a severity, --ack MINUTES and --every MINUTES: policy SEV2 --ack 15 --every 60 (--every none for no cadence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;: use SEV1, SEV2, SEV3 or SEV4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ack must be a whole number of minutes above zero, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every must be a whole number of minutes above zero, or none; not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2. Nothing was written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs an incident id and --format md, html, pdf or json: export 12 --format md --output review.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use md, html, pdf or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone. Use an IANA name such as Europe/Berlin or America/New_York.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF needs --output FILE; it is not written to the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  incident-bridge [--db FILE] [--demo]           start the window
  incident-bridge [--db FILE] new --title TEXT [--severity SEV1|SEV2|SEV3|SEV4]
                                  [--started TIME]
  incident-bridge [--db FILE] log ID --kind KIND [--actor NAME] [--at TIME] [--pin] TEXT...
  incident-bridge [--db FILE] status ID STATE [--at TIME]
  incident-bridge [--db FILE] list [--json]
  incident-bridge [--db FILE] show ID [--json]
  incident-bridge [--db FILE] join ID PERSON [--at TIME] [--paged-at TIME]
                                  [--timezone ZONE]
  incident-bridge [--db FILE] leave ID PERSON [--at TIME]
  incident-bridge [--db FILE] role ID ROLE PERSON [--at TIME]
  incident-bridge [--db FILE] workstream ID --title TEXT [--owner PERSON]
                                  [--state open|active|blocked|done] [--check-in TIME]
  incident-bridge [--db FILE] handoff ID (--role ROLE | --workstream WID) --to PERSON
                                  [--note TEXT] [--at TIME]
  incident-bridge [--db FILE] ack-handoff HANDOFF_ID [--at TIME]
  incident-bridge [--db FILE] milestone ID detected|acknowledged [--at TIME]
  incident-bridge [--db FILE] update ID --audience executive|customer|tactical --draft
  incident-bridge [--db FILE] update ID --audience executive|customer|tactical
                                  --text TEXT [--at TIME]
  incident-bridge [--db FILE] policy SEVERITY --ack MINUTES --every MINUTES|none
  incident-bridge [--db FILE] export ID --format md|html|pdf|json [--output FILE]
                                  [--timezone ZONE]
  incident-bridge [--db FILE] import FILE

KIND: action, observation, expectation, assumption, decision, note.
STATE: investigating, identified, mitigated, resolved, closed.
ROLE: commander, deputy, scribe, comms, sme, observer. ZONE: an IANA name such as
Europe/Berlin.
TIME: ISO 8601, such as 2018-10-21T22:52:00Z, 2018-10-21T22:52:00+02:00, or without a
zone for local time. The default is now.

Options:
  --db FILE      the database (default: $INCIDENT_BRIDGE_DB, else the user&apos;s data folder)
  --demo         open a throwaway database with a realistic incident
  -h, --help     show this help
  -v, --version  show the version

Exit status: 0 on success, 1 when the database cannot be opened or written,
2 for bad usage or an unknown incident, kind, state, severity or time.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs one file: import incident-12.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 256 MB; it is not an export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::ComposerPane</name>
    <message>
        <source>&amp;Draft from Live State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Draft from Live State, then edit. Square brackets mark what only you can write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions about the wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it as sent, write it on the timeline and restart the cadence (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Plain Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions. Ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cadence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident over: no more updates due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next due %1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 update recorded as sent at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. It is not recorded as sent until you press Mark Sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::Database</name>
    <message>
        <source>%1 is a folder, not a database file. Give the path of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Incident Bridge database: it is not an SQLite file at all. Choose another file with --db; this one was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application (application id 0x%2), not Incident Bridge&apos;s. Choose another file with --db; this one was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the file is read-only. Make it writable or choose another file with --db; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder of %1: SQLite needs to create its journal beside the file. Make the folder writable or move the file; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist. Create it or choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is not writable. Choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer Incident Bridge (schema %1; this build knows up to %2). Update Incident Bridge to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite did not accept %1 (it reports %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application id could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver gave no native handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema %2: %3. The database was left at schema %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::EntryBar</name>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of entry this is (Ctrl+1 to Ctrl+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did or saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for now, or backfill: 14:02, 14:02:30, -5m, or a full date such as 2026-11-23T23:58</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? Type and press Enter to log it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what happened first: an empty entry is not logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. Type 14:02, 14:02:30, -5m, or a full date such as 2026-11-23T23:58; leave it empty for now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::EntryCommand</name>
    <message>
        <source>log &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpin &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retract &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::EntryDetails</name>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes since it was logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see it in full, with its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned as a key moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1 by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::EntryEditDialog</name>
    <message>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did or saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier wording is kept in the entry&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::Fatigue</name>
    <message>
        <source>On for %1 without a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paged at %1 their time, in the night</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incidents in 24 h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::FilterBar</name>
    <message>
        <source>Show &amp;retracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the timeline (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted entries stay on the record, struck through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kinds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::HandoffDialog</name>
    <message>
        <source>Hand off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has been done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is running right now and not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should happen next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we believe but have not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could go wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver acknowledges it (&quot;You&apos;re now the incident commander, okay?&quot;); until then it is flagged on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::Import</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 8601 time such as 2018-10-21T22:52:00.000Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 256 MB; this is not an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2); it may be truncated. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is JSON but not an incident export. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no format_version: it is not an Incident Bridge export. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is format %1; this build reads format %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an actor, a scribe and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.change has an unknown value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.title is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.subject must be role:NAME or workstream:ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.timezone &quot;%2&quot; is not a time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review.review_date must be a date such as 2026-12-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.due must be a date such as 2026-12-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export cannot be imported: %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::IncidentHeader</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: SEV1 is the worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the incident started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement and update clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds the roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff waiting for acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver confirms they have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident open. Start one with File → New Incident (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody — assign one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: not acknowledged for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 confirms they have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged in %1m, within policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged in %1m, policy missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ACKNOWLEDGED, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATE OVERDUE by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next update in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update for %1 is overdue. Open the composer with Ctrl+Shift+U.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update for %1 is due in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::IncidentListModel</name>
    <message>
        <source>#%1 %2 · %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::IncidentSession</name>
    <message>
        <source>Done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who joins: a person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone. Use an IANA name such as Europe/Berlin or America/New_York.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the bridge of incident %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who takes the role: a person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workstream needs a title, such as &quot;Fail back the database&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workstream needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstream &quot;%1&quot;: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who takes over: a person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any number of people can be %1; add them with the role command instead of a handoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workstream %1 in incident %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff: %1 to %2, waiting for acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff: %1 from %2 to %3, waiting for acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff %1 was already acknowledged by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acknowledged the handoff and is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acknowledged the handoff and now owns workstream &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleeping hours need a start and an end, such as 23:00 to 08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident needs a title: say what is broken, for example &quot;Checkout returns 503 in eu-west&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident opened as %1, investigating: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: the alert fired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged: a responder is on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; entries are written by the application; log an action, observation, expectation, assumption, decision or note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what happened first: an empty entry is not logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry cannot be edited to nothing. To take it back, retract it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry cannot be turned into a system entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries written by the application cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the entry is retracted; the reason stays on the timeline for the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries written by the application cannot be retracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is already retracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is not retracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes must be whole numbers above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update is empty: write it, or draft it from the live state, before marking it sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 update sent:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contributing factor needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up needs a description of the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export cannot be imported: handoff %1 names workstream %2, which is not in the file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export cannot be imported: the review rates entry %1, which is not in the file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::IncidentStore</name>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::JoinDialog</name>
    <message>
        <source>Someone joins the bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not paged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paged, minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::LanguageCheck</name>
    <message>
        <source>Blame-prone wording. Say what happened and what people saw, not who should have done better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person is named as the cause. Describe the change and the conditions instead; people act on what they know at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s name in a customer update. Say &quot;our team&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like an internal host or service name. Customers need the effect in their words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP address in a customer update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the draft still to be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time for the next update. Readers stop asking when they know when they will hear more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindsight wording. Ask what made the action make sense at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Just&quot; and &quot;simply&quot; make a hard thing sound easy, and the person who found it hard sound careless.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::MainWindow</name>
    <message>
        <source>Incident Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstreams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log an Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Times in &amp;UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compose an Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert &amp;Detected At…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did the alert fire?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the alert fired (14:02, -20m, or 2026-11-23T23:58):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. Use 14:02, -20m or 2026-11-23T23:58.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledged Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update &amp;Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Incident Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Incident Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident Bridge %1

The live record of an incident bridge call: timeline, ownership, updates and a blameless postmortem. Everything stays on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 — Incident Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::NewIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is broken, for example &quot;Checkout returns 503 in eu-west&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at, local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started &amp;at (local)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::PolicyDialog</name>
    <message>
        <source>Update policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: acknowledge within, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: update every, minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::Postmortem</name>
    <message>
        <source>Unknown and important: check these first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known and important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown and unimportant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known and unimportant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet placed on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the incident is not closed; facts may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (still open: DRAFT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors (scribes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times shown in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time undetected (started to detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detection time not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the alert fired before the incident was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>edited %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>RETRACTED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries were pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry, in the order it happened, with the date and the time zone on every row. Retracted entries are kept and marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people knew and did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each person: the actions they took and when, the effects they observed, what they expected, what they assumed, and their own understanding of the timeline at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effects observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understanding of the timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unimportant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody logged an assumption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complex systems fail for several reasons at once; each factor is followed up the chain that made it possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership and handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roles were assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handoffs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No updates were recorded as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responders and load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload, not blame: long hours and nights on the bridge make everyone&apos;s decisions harder, and tell us where to add people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their sleeping hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents in 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postmortem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well, what was hard, where we got lucky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got lucky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RETRACTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: the incident is not closed; facts may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown, important: check first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known, important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown, unimportant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known, unimportant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and more (see the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← unknown      known →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>important ↑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::Review</name>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prevent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::ReviewPane</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in a few sentences, without blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who and what was affected, and for how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their understanding of the timeline at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understanding of the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where we got lucky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracker link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions about the wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing
&amp;factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Understanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went &amp;well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was &amp;hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got &amp;lucky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions (never a block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up %1: &quot;%2&quot; is not a date. Write it as 2026-12-01, or leave it empty. Nothing was saved yet; your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the postmortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind it, separated by →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the factor upward: the change, the ticket behind it, who approved it and why, the business driver behind that. Separate the links with →, -&gt; or ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the report&apos;s times in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::RoleDialog</name>
    <message>
        <source>Assign a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving a role someone holds hands it off; they acknowledge it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::RosterModel</name>
    <message>
        <source>owns &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First incident here: pair them with someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents this person was on in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on this bridge during their sleeping hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined %1, their time zone %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paged %1 their time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider offering a handoff so they can rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and workstreams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::RosterPane</name>
    <message>
        <source>&amp;Join…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &amp;Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a &amp;Handoff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sleeping Hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand this person&apos;s role or workstream to someone rested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::SleepWindowDialog</name>
    <message>
        <source>Sleeping hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleeping hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleeping hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on the bridge between these hours, in each person&apos;s own time zone, counts as time at night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::Storage</name>
    <message>
        <source>read the roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end the roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the helpers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the workstreams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the helpers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledge the handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the responders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record who joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record who left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the busy timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stamp the new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read new entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the earlier revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pin the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retract the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the entry&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read changed entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is holding the database. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the update policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the update policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is not an assumption of this incident, so it cannot be placed on its assumption map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::Time</name>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::TimelineModel</name>
    <message>
        <source>Happened %1 %2 (%3 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edited %n time(s); the history is kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retracted by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retracted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::TimelinePane</name>
    <message>
        <source>&amp;Edit Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin as Key Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retract Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;Workstream from This Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filter</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retract entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this entry retracted? It stays on the record, struck through, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::UpdateDraft</name>
    <message>
        <source>Next update: %1 (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2. %3. Ongoing for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact: [who is affected, how badly, since when]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we&apos;re doing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- [the main lines of work]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Blocked: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are investigating reports of [what customers notice]. Some customers may [the effect on them].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have identified the cause of [what customers notice] and are working on a fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fix has been applied for [what customers notice]. We are monitoring to make sure it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This incident has been resolved. [what customers noticed] is working normally again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will post the next update by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident commander: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (check-in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Unblock %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Check in on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 to acknowledge: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- A comms lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Nothing right now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::UpdateListModel</name>
    <message>
        <source>%1 · %2 · %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::Vocabulary</name>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::WorkstreamDialog</name>
    <message>
        <source>New workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstream title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line of work, such as &quot;Fail back the database&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check-in, minutes from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet (use Hand off to assign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (use Hand off to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Helpers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::WorkstreamModel</name>
    <message>
        <source>%1, not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody — assign an owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
