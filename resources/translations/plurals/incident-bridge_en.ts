<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>bridge::Alerts</name>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::BoardPane</name>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) overdue</source>
        <translation>
            <numerusform>%n check-in overdue</numerusform>
            <numerusform>%n check-ins overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s) not acknowledged</source>
        <translation>
            <numerusform>%n handoff not acknowledged</numerusform>
            <numerusform>%n handoffs not acknowledged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::CommandLine</name>
    <message numerus="yes">
        <source>%1 Tried for %n second(s); nothing was written. Run the command again when the server is back, or give it longer with --timeout SECONDS.</source>
        <translation>
            <numerusform>%1 Tried for %n second; nothing was written. Run the command again when the server is back, or give it longer with --timeout SECONDS.</numerusform>
            <numerusform>%1 Tried for %n seconds; nothing was written. Run the command again when the server is back, or give it longer with --timeout SECONDS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::ComposerPane</name>
    <message numerus="yes">
        <source>Made from %n timeline entries: %1. Check they still hold.</source>
        <translation>
            <numerusform>Made from %n timeline entry: %1. Check it still holds.</numerusform>
            <numerusform>Made from %n timeline entries: %1. Check they still hold.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::Fatigue</name>
    <message numerus="yes">
        <source>%n incidents in 24 h</source>
        <translation>
            <numerusform>%n incident in 24 h</numerusform>
            <numerusform>%n incidents in 24 h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::FilterBar</name>
    <message numerus="yes">
        <source>%n kinds</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::Postmortem</name>
    <message numerus="yes">
        <source>edited %n time(s)</source>
        <translation>
            <numerusform>edited once</numerusform>
            <numerusform>edited %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::ReviewPane</name>
    <message numerus="yes">
        <source>%n assumption(s)</source>
        <translation>
            <numerusform>%n assumption</numerusform>
            <numerusform>%n assumptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not rated</source>
        <translation>
            <numerusform>, %n not rated</numerusform>
            <numerusform>, %n not rated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n factor(s)</source>
        <translation>
            <numerusform>%n factor</numerusform>
            <numerusform>%n factors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::RosterPane</name>
    <message numerus="yes">
        <source>%1 (%n open)</source>
        <translation>
            <numerusform>%1 (%n open)</numerusform>
            <numerusform>%1 (%n open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::ServerNotice</name>
    <message numerus="yes">
        <source>Team database %1 unreachable since %2 — %n line(s) waiting to be sent. Reconnecting on its own.</source>
        <translation>
            <numerusform>Team database %1 unreachable since %2 — %n line waiting to be sent. Reconnecting on its own.</numerusform>
            <numerusform>Team database %1 unreachable since %2 — %n lines waiting to be sent. Reconnecting on its own.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::TeamDatabase</name>
    <message numerus="yes">
        <source>%n table(s) of another application</source>
        <translation>
            <numerusform>%n table of another application</numerusform>
            <numerusform>%n tables of another application</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::TimelineModel</name>
    <message numerus="yes">
        <source>Edited %n time(s); the history is kept.</source>
        <translation>
            <numerusform>Edited once; the history is kept.</numerusform>
            <numerusform>Edited %n times; the history is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::TimelinePane</name>
    <message numerus="yes">
        <source>Logged at %1, %n row(s) above the newest (marked in amber).</source>
        <translation>
            <numerusform>Logged at %1, %n row above the newest (marked in amber).</numerusform>
            <numerusform>Logged at %1, %n rows above the newest (marked in amber).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n matches; finding older ones…</source>
        <translation>
            <numerusform>The newest match; finding older ones…</numerusform>
            <numerusform>The newest %n matches; finding older ones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filter</source>
        <translation>
            <numerusform>%n entry matches the filter</numerusform>
            <numerusform>%n entries match the filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::Vocabulary</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s)</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expectation(s)</source>
        <translation>
            <numerusform>%n expectation</numerusform>
            <numerusform>%n expectations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assumption(s)</source>
        <translation>
            <numerusform>%n assumption</numerusform>
            <numerusform>%n assumptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s)</source>
        <translation>
            <numerusform>%n status change</numerusform>
            <numerusform>%n status changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handoff(s)</source>
        <translation>
            <numerusform>%n handoff</numerusform>
            <numerusform>%n handoffs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) sent</source>
        <translation>
            <numerusform>%n update sent</numerusform>
            <numerusform>%n updates sent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::WaitingLines</name>
    <message numerus="yes">
        <source>%n line(s) kept on this machine, not yet in the shared record; %1 refused when sent (incident-bridge outbox shows why).</source>
        <translation>
            <numerusform>%n line kept on this machine, not yet in the shared record; %1 refused when sent (incident-bridge outbox shows why).</numerusform>
            <numerusform>%n lines kept on this machine, not yet in the shared record; %1 refused when sent (incident-bridge outbox shows why).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) kept on this machine, not yet in the shared record: sent when the team database is back.</source>
        <translation>
            <numerusform>%n line kept on this machine, not yet in the shared record: sent when the team database is back.</numerusform>
            <numerusform>%n lines kept on this machine, not yet in the shared record: sent when the team database is back.</numerusform>
        </translation>
    </message>
</context>
</TS>
