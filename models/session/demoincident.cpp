#include "demoincident.h"

#include "clock.h"
#include "incidentsession.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Line
{
    int minute; // after the incident started
    EntryKind kind;
    const char16_t *actor;
    const char16_t *text;
    bool pinned = false;
};

// The story of one night, in the words a scribe would type.
const Line checkoutNight[] = {
    {2, EntryKind::Observation, u"Maya Chen",
     u"Page: checkout-api 5xx rate above 5% for 5 minutes in eu-west-1"},
    {4, EntryKind::Action, u"Maya Chen",
     u"Acknowledged the page, joined the bridge, opened the checkout dashboards"},
    {6, EntryKind::Observation, u"Maya Chen",
     u"Error rate 18% and climbing. Only eu-west-1 affected; us-east-1 healthy", true},
    {7, EntryKind::Expectation, u"Maya Chen",
     u"Expected the 22:30 cart-service deploy to be unrelated: it only touched the promo banner"},
    {10, EntryKind::Decision, u"Jonas Weber",
     u"Declaring SEV1. Jonas is incident commander, Dana scribes, Maya leads the investigation",
     true},
    {12, EntryKind::Assumption, u"Maya Chen",
     u"Assuming the orders database is healthy because the primary's CPU graph is flat"},
    {15, EntryKind::Action, u"Luis Ortega", u"Rolling back cart-service to v2.14.3 to rule it out"},
    {18, EntryKind::Observation, u"Luis Ortega", u"Rollback complete; error rate unchanged at 21%"},
    {19, EntryKind::Note, u"Dana Whitfield",
     u"Customer support: checkout failures reported from DE, FR and NL"},
    {22, EntryKind::Observation, u"Maya Chen",
     u"checkout-api connection pool saturated: 200/200 in use, p99 wait 9 s"},
    {24, EntryKind::Assumption, u"Luis Ortega",
     u"Assuming nobody changed the pool limit recently (it has been 200 since March)"},
    {27, EntryKind::Action, u"Luis Ortega", u"Restarting checkout-api pods in eu-central-1"},
    {30, EntryKind::Action, u"Maya Chen",
     u"Restarting checkout-api pods in eu-west-1, 25% at a time"},
    {34, EntryKind::Observation, u"Maya Chen",
     u"The restart bought four minutes, then the pool saturated again"},
    {41, EntryKind::Observation, u"Aisha Khan",
     u"orders-db-replica-2 replication lag at 340 s; checkout reads routed there time out", true},
    {43, EntryKind::Expectation, u"Aisha Khan",
     u"Expected the read router to eject a replica lagging more than 30 s. It did not"},
    {45, EntryKind::Decision, u"Jonas Weber",
     u"Route all checkout reads to the primary once Aisha confirms it has the headroom"},
    {47, EntryKind::Observation, u"Aisha Khan",
     u"Primary at 38% CPU with about 2,000 spare connections: headroom confirmed"},
    {52, EntryKind::Action, u"Aisha Khan",
     u"Read router changed: replica-2 drained, reads on the primary", true},
    {58, EntryKind::Observation, u"Maya Chen", u"Error rate falling: 21% to 6%"},
    {64, EntryKind::Observation, u"Maya Chen", u"Error rate 0.4%, back at baseline", true},
    {70, EntryKind::Assumption, u"Aisha Khan",
     u"Assuming the lag came from the nightly analytics export that starts at 23:00 on replica-2"},
    {80, EntryKind::Action, u"Aisha Khan", u"Paused the analytics export job on replica-2"},
    {95, EntryKind::Observation, u"Aisha Khan", u"replica-2 lag back to 0.3 s"},
    {110, EntryKind::Note, u"Jonas Weber",
     u"Support confirms the DE customers who reported it can check out again"},
    {130, EntryKind::Decision, u"Jonas Weber",
     u"Keep replica-2 out of rotation until morning; watch for two hours before resolving"},
    {170, EntryKind::Observation, u"Maya Chen", u"Quiet: no checkout errors for 90 minutes"},
    {238, EntryKind::Observation, u"Maya Chen", u"No errors for two hours; p99 latency normal"},
    {250, EntryKind::Note, u"Jonas Weber",
     u"Review booked for Thursday 10:00. Thank you all, get some sleep"},
};

Result<qint64> seedCheckoutNight(IncidentSession &session, ManualClock &clock,
                                 const QDateTime &start)
{
    auto at = [&](int minute) {
        return start.addSecs(60 * minute);
    };
    // The scribe writes each line down about half a minute after it happened.
    auto logAt = [&](qint64 incidentId, const Line &line) -> Result<Entry> {
        clock.set(at(line.minute).addSecs(35));
        EntryDraft draft;
        draft.kind = line.kind;
        draft.actor = QString::fromUtf16(line.actor);
        draft.occurredAt = at(line.minute);
        draft.text = QString::fromUtf16(line.text);
        draft.pinned = line.pinned;
        return session.log(incidentId, draft);
    };

    clock.set(at(1));
    auto incident = session.createIncident(
        {u"Checkout API returning 503s in eu-west-1"_s, Severity::Sev2, start});
    if (!incident)
        return incident.error();
    const qint64 id = incident->id;

    for (const Line &line : checkoutNight) {
        if (line.minute == 10) {
            clock.set(at(9));
            if (auto raised = session.setSeverity(id, Severity::Sev1, at(9)); !raised)
                return raised.error();
        }
        if (line.minute == 58) {
            clock.set(at(56));
            if (auto s = session.setStatus(id, Status::Identified, at(55)); !s)
                return s.error();
        }
        if (line.minute == 70) {
            clock.set(at(66));
            if (auto s = session.setStatus(id, Status::Mitigated, at(66)); !s)
                return s.error();
        }
        auto logged = logAt(id, line);
        if (!logged)
            return logged.error();
        if (line.minute == 27) {
            // Logged against the wrong region, and taken back the way a scribe would.
            clock.advance(60);
            if (auto r = session.retract(logged->id, u"Wrong region: the restart was in "
                                                     u"eu-west-1, see the next entry"_s);
                !r)
                return r.error();
        }
        if (line.minute == 22) {
            // A typo fixed a minute later; the first wording stays in the history.
            clock.advance(70);
            EntryDraft fixed{line.kind, QString::fromUtf16(line.actor), at(line.minute),
                             u"checkout-api connection pool saturated: 200/200 in use, "
                             u"p99 wait for a connection 9 s"_s,
                             false};
            if (auto e = session.edit(logged->id, fixed); !e)
                return e.error();
        }
    }
    clock.set(at(245));
    if (auto s = session.setStatus(id, Status::Resolved, at(245)); !s)
        return s.error();
    return id;
}

Done seedSearchLatency(IncidentSession &session, ManualClock &clock, const QDateTime &now)
{
    const QDateTime start = now.addSecs(-26 * 60);
    clock.set(start.addSecs(30));
    auto incident = session.createIncident(
        {u"Search results slow for logged-in users (p99 2.3 s)"_s, Severity::Sev3, start});
    if (!incident)
        return incident.error();
    const Line lines[] = {
        {1, EntryKind::Observation, u"Tomás Silva",
         u"Search p99 at 2.3 s for logged-in users; anonymous traffic fine"},
        {5, EntryKind::Assumption, u"Tomás Silva",
         u"Assuming the personalisation cache is cold after this afternoon's deploy"},
        {9, EntryKind::Action, u"Tomás Silva",
         u"Warming the personalisation cache from yesterday's snapshot"},
        {17, EntryKind::Observation, u"Tomás Silva", u"p99 down to 1.4 s and falling slowly"},
    };
    for (const Line &line : lines) {
        clock.set(start.addSecs(60 * line.minute + 20));
        EntryDraft draft{line.kind, QString::fromUtf16(line.actor), start.addSecs(60 * line.minute),
                         QString::fromUtf16(line.text), false};
        if (auto e = session.log(incident->id, draft); !e)
            return e.error();
    }
    return done();
}
} // namespace

Result<qint64> seedDemoIncidents(const QString &databasePath, const QDateTime &now)
{
    ManualClock clock(now);
    auto session = IncidentSession::open(databasePath, Database::Location::Given, &clock,
                                         u"Dana Whitfield"_s);
    if (!session)
        return session.error();
    // Started at 22:41 local time the night before, so the timeline crosses midnight.
    const QDateTime localNow = now.toLocalTime();
    const QDateTime start(localNow.date().addDays(-1), QTime(22, 41));
    auto main = seedCheckoutNight(*session.value(), clock, start.toUTC());
    if (!main)
        return main;
    if (auto second = seedSearchLatency(*session.value(), clock, now); !second)
        return second.error();
    return main;
}

} // namespace bridge
