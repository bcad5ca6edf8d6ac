#include "demoincident.h"

#include "clock.h"
#include "incidentsession.h"

#include <QCoreApplication>
#include <QTimeZone>

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

// The review written in the days after the night, then the incident closed.
Done seedReview(IncidentSession &session, ManualClock &clock, qint64 id, const QDateTime &start,
                const QDateTime &now)
{
    Review review;
    review.summary
        = u"Checkout requests in eu-west-1 failed with 503s for about an hour. Reads "
          u"were routed to orders-db-replica-2, which lagged up to 340 s behind the "
          u"primary while the nightly analytics export ran, and the read router kept "
          u"sending traffic to it. Draining the replica mitigated it; we watched for two "
          u"hours before resolving."_s;
    review.impact = u"About 41% of checkout attempts in DE, FR and NL failed for 66 minutes; "
                    u"roughly 1,900 orders were retried or abandoned. No data was lost."_s;
    review.wentWell = u"The page was acknowledged in four minutes; the commander split the "
                      u"investigation from customer comms early; Aisha confirmed primary headroom "
                      u"before we moved reads."_s;
    review.wasHard = u"The dashboards for eu-west-1 and eu-central-1 look identical, and a restart "
                     u"went to the wrong region. Replica lag was not on the checkout dashboard."_s;
    review.lucky = u"The primary had spare capacity; on a weekday evening it would not have."_s;
    review.reviewDate = start.toLocalTime().date().addDays(3);
    review.factors = {
        {u"The read router does not eject a replica that lags more than 30 s"_s,
         FactorCategory::Technical,
         {u"Lag ejection disabled in router config v3"_s,
          u"OPS-2291: reduce failovers during "
          u"maintenance"_s,
          u"Approved by the platform lead to stop nightly pages"_s,
          u"Goal: fewer false pages for the on-call rotation"_s}},
        {u"The nightly analytics export reads from a replica that also serves checkout"_s,
         FactorCategory::Organisational,
         {u"Analytics moved to replica-2 in March"_s,
          u"Cost review: no dedicated analytics replica"_s}},
        {u"The runbook's restart command targets eu-central-1 by default"_s,
         FactorCategory::Process,
         {}},
    };
    QList<AssumptionRating> ratings;
    if (auto entries = session.entries(id)) {
        int n = 0;
        for (const Entry &e : *entries) {
            if (e.kind == EntryKind::Assumption && !e.isRetracted())
                ratings << AssumptionRating{e.id, n % 3 == 2, n++ % 3 != 1};
        }
    }
    review.assumptions = ratings;
    review.understanding = {
        {u"Maya Chen"_s, u"Until 23:22 I believed the cart-service deploy was the trigger; the "
                         u"rollback not helping was the first sign it was not."_s},
        {u"Luis Ortega"_s, u"I thought the pool limit had been lowered; I did not know the "
                           u"replicas were behind."_s},
    };
    review.followUps = {
        {u"Eject replicas lagging over 30 s, with an alert instead of a page"_s, u"Aisha Khan"_s,
         FollowUpType::Prevent, review.reviewDate.addDays(14),
         u"https://tracker.example/OPS-2310"_s},
        {u"Add replica lag to the checkout dashboard"_s, u"Maya Chen"_s, FollowUpType::Mitigate,
         review.reviewDate.addDays(7), u"https://tracker.example/OPS-2311"_s},
        {u"Give the region a colour on every dashboard"_s,
         u"Luis Ortega"_s,
         FollowUpType::Process,
         review.reviewDate.addDays(21),
         {}},
        {u"Share this review at the platform guild"_s,
         u"Jonas Weber"_s,
         FollowUpType::Learn,
         {},
         {}},
    };
    // Reviewed and closed by the morning after, never later than now: a close (and the backup
    // it takes) dated in the future would sit at the top of every list.
    clock.set(
        std::max(std::min(start.addSecs(3600 * 10), now.addSecs(-120)), start.addSecs(60 * 253)));
    if (auto saved = session.saveReview(id, review); !saved)
        return saved.error();
    if (auto closed = session.setStatus(id, Status::Closed, clock.now()); !closed)
        return closed.error();
    return done();
}

Result<qint64> seedCheckoutNight(IncidentSession &session, ManualClock &clock,
                                 const QDateTime &start, const QDateTime &now)
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

    // The alert fired two minutes in; Maya acknowledged the page two minutes later.
    clock.set(at(4));
    if (auto m = session.setMilestone(id, IncidentSession::Milestone::Detected, at(2)); !m)
        return m.error();
    if (auto m = session.setMilestone(id, IncidentSession::Milestone::Acknowledged, at(4)); !m)
        return m.error();
    const std::pair<int, const char16_t *> sent[] = {
        {20, u"Current status: SEV1, investigating. Checkout failing in eu-west-1.\n"
             u"Impact: about 40% of EU checkouts fail.\nNext update: in 30 minutes."},
        {50, u"Current status: SEV1, identified. A lagging database replica; moving reads to the "
             u"primary.\nNext update: in 30 minutes."},
        {70, u"Current status: SEV1, mitigated. Error rate back to normal; watching.\n"
             u"Next update: in 30 minutes."},
        {140, u"Current status: SEV1, mitigated. Stable for over an hour.\nNext update: at "
              u"resolution."},
    };
    for (const auto &[minute, text] : sent) {
        clock.set(at(minute));
        if (auto s
            = session.markSent(id, Audience::Executive, QString::fromUtf16(text), at(minute));
            !s)
            return s.error();
    }

    // Who held what that night, for the board's history and the review.
    clock.set(at(10).addSecs(20));
    if (auto r = session.assignRole(id, Role::Commander, u"Jonas Weber"_s, at(10)); !r)
        return r.error();
    if (auto r = session.assignRole(id, Role::Scribe, u"Dana Whitfield"_s, at(10)); !r)
        return r.error();
    clock.set(at(12));
    auto investigation = session.createWorkstream(id, {u"Find why checkout requests fail"_s,
                                                       u"Maya Chen"_s,
                                                       WorkstreamState::Active,
                                                       {},
                                                       {},
                                                       {u"Luis Ortega"_s},
                                                       0});
    if (!investigation)
        return investigation.error();
    clock.set(at(46));
    const auto h = session.handOff(id, {std::nullopt, investigation->id}, u"Aisha Khan"_s,
                                   {u"Ruled out the cart-service deploy; pool saturation found"_s,
                                    u"Pod restarts in eu-west-1"_s,
                                    u"Check the replicas' lag"_s,
                                    u"Primary is healthy"_s,
                                    {},
                                    {}},
                                   at(46));
    if (!h)
        return h.error();
    clock.set(at(47).addSecs(15));
    if (!session.acknowledgeHandoff(h->id, at(47)))
        return Error::storage(u"could not acknowledge the demo handoff"_s);
    clock.set(at(66));
    if (auto w = session.workstreams(id); w && !w->isEmpty()) {
        const Workstream &found = w->first();
        if (auto u = session.updateWorkstream(found.id, {found.title,
                                                         found.owner,
                                                         WorkstreamState::Done,
                                                         {},
                                                         found.notes,
                                                         found.helpers,
                                                         0});
            !u)
            return u.error();
    }
    clock.set(at(252));
    for (const QString &person : session.people(id)) {
        if (auto left = session.leave(id, person, at(252)); !left)
            return left.error();
    }
    if (auto reviewed = seedReview(session, clock, id, start, now); !reviewed)
        return reviewed.error();
    return id;
}

// A zone where it is the middle of the night right now, so the demo always shows someone
// paged in their sleeping hours.
QString nightZone(const QDateTime &now)
{
    const char *zones[]
        = {"Pacific/Honolulu",  "America/Los_Angeles", "America/Chicago", "America/New_York",
           "America/Sao_Paulo", "Atlantic/Azores",     "Europe/London",   "Europe/Berlin",
           "Europe/Athens",     "Asia/Dubai",          "Asia/Kolkata",    "Asia/Bangkok",
           "Asia/Tokyo",        "Australia/Sydney",    "Pacific/Auckland"};
    QString best = u"Asia/Tokyo"_s;
    int bestDistance = 24;
    for (const char *id : zones) {
        const QTimeZone zone(id);
        if (!zone.isValid())
            continue;
        const int distance = std::abs(now.toTimeZone(zone).time().hour() - 3);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = QString::fromLatin1(id);
        }
    }
    return best;
}

// Two short incidents earlier today, so one responder is on their third in 24 hours.
Done seedEarlierToday(IncidentSession &session, ManualClock &clock, const QDateTime &now)
{
    const struct
    {
        const char16_t *title;
        Severity severity;
        int hoursAgo;
        const char16_t *line;
    } earlier[] = {
        {u"Login latency spike after certificate rotation", Severity::Sev3, 12,
         u"p95 login latency 4 s; OCSP stapling disabled on the new certificate"},
        {u"Status page widget returns 404", Severity::Sev4, 5,
         u"Widget embed URL changed in the CDN config; restored the old path"},
    };
    for (const auto &e : earlier) {
        const QDateTime start = now.addSecs(-3600 * e.hoursAgo);
        clock.set(start.addSecs(60));
        auto incident = session.createIncident({QString::fromUtf16(e.title), e.severity, start});
        if (!incident)
            return incident.error();
        clock.set(start.addSecs(600));
        if (auto l
            = session.log(incident->id, {EntryKind::Action, u"Maya Chen"_s, start.addSecs(540),
                                         QString::fromUtf16(e.line), false});
            !l)
            return l.error();
        clock.set(start.addSecs(40 * 60));
        if (auto r = session.setStatus(incident->id, Status::Resolved, start.addSecs(38 * 60)); !r)
            return r.error();
        if (e.hoursAgo == 12) {
            if (auto j = session.join(incident->id, u"Tomás Silva"_s, start.addSecs(300)); !j)
                return j.error();
            if (auto left = session.leave(incident->id, u"Tomás Silva"_s, start.addSecs(40 * 60));
                !left)
                return left.error();
        }
        if (e.hoursAgo == 12) {
            if (auto j = session.join(incident->id, u"Tomás Silva"_s, start.addSecs(300)); !j)
                return j.error();
            if (auto left = session.leave(incident->id, u"Tomás Silva"_s, start.addSecs(40 * 60));
                !left)
                return left.error();
        }
        if (auto left = session.leave(incident->id, u"Maya Chen"_s, start.addSecs(40 * 60)); !left)
            return left.error();
    }
    return done();
}

Result<qint64> seedSearchLatency(IncidentSession &session, ManualClock &clock, const QDateTime &now)
{
    // Running for 3 h 40 min, so the first responder is past the long-shift mark.
    const QDateTime start = now.addSecs(-220 * 60);
    auto at = [&](int minute) {
        return start.addSecs(60 * minute);
    };
    clock.set(at(1));
    auto incident = session.createIncident(
        {u"Search results slow for logged-in users (p99 2.3 s)"_s, Severity::Sev2, start});
    if (!incident)
        return incident.error();
    const qint64 id = incident->id;
    auto fail = [](const auto &r) {
        return !r;
    };

    if (auto j = session.join(id, u"Tomás Silva"_s, start, start.addSecs(-120), u"Europe/Lisbon"_s);
        fail(j))
        return j.error();
    clock.set(at(3));
    if (auto r = session.assignRole(id, Role::Commander, u"Tomás Silva"_s, at(2)); fail(r))
        return r.error();
    if (auto r = session.assignRole(id, Role::Scribe, u"Dana Whitfield"_s, at(3)); fail(r))
        return r.error();
    const Line lines[] = {
        {4, EntryKind::Observation, u"Tomás Silva",
         u"Search p99 at 2.3 s for logged-in users; anonymous traffic fine", true},
        {9, EntryKind::Assumption, u"Tomás Silva",
         u"Assuming the personalisation cache is cold after this afternoon's deploy"},
        {14, EntryKind::Action, u"Tomás Silva",
         u"Warming the personalisation cache from yesterday's snapshot"},
        {31, EntryKind::Observation, u"Luis Ortega",
         u"search-ranker 3.2 rolled out to 100% at the same time as the cache deploy"},
        {35, EntryKind::Decision, u"Tomás Silva",
         u"Roll back search-ranker 3.2 in parallel with the cache warm-up"},
        {44, EntryKind::Expectation, u"Maya Chen",
         u"Expected p99 to recover within 20 minutes of the cache warm-up"},
        {95, EntryKind::Observation, u"Maya Chen", u"p99 down to 1.4 s and falling slowly"},
        {150, EntryKind::Note, u"Ana Souza",
         u"Status page updated: degraded search for signed-in users"},
        {190, EntryKind::Observation, u"Luis Ortega",
         u"Rollback blocked: release manager approval needed for a ranker downgrade"},
        {205, EntryKind::Observation, u"Maya Chen",
         u"Search cluster CPU at 85%; adding nodes would help"},
    };
    for (const Line &line : lines) {
        clock.set(at(line.minute).addSecs(25));
        EntryDraft d{line.kind, QString::fromUtf16(line.actor), at(line.minute),
                     QString::fromUtf16(line.text), line.pinned};
        if (auto e = session.log(id, d); fail(e))
            return e.error();
    }
    clock.set(at(150));
    if (auto r = session.assignRole(id, Role::Comms, u"Ana Souza"_s, at(149)); fail(r))
        return r.error();
    if (auto r = session.assignRole(id, Role::Sme, u"Luis Ortega"_s, at(31)); fail(r))
        return r.error();

    // Detected by the alert two minutes before it was declared; acknowledged four minutes in.
    clock.set(at(5));
    if (auto m = session.setMilestone(id, IncidentSession::Milestone::Detected, at(-2)); fail(m))
        return m.error();
    if (auto m = session.setMilestone(id, IncidentSession::Milestone::Acknowledged, at(4)); fail(m))
        return m.error();
    // Updates went out on time at first, then the bridge got busy: the next one is late.
    const struct
    {
        int minute;
        Audience audience;
        const char16_t *text;
    } sentUpdates[] = {
        {25, Audience::Executive,
         u"Current status: SEV2, investigating. Search is slow for signed-in users.\n"
         u"Impact: signed-in users wait 2-3 s for search results; checkout unaffected.\n"
         u"What we're doing:\n- Warming the personalisation cache (Tomás Silva)\n"
         u"Next update: in 60 minutes."},
        {40, Audience::Customer,
         u"Investigating: We are investigating reports of slow search results for signed-in "
         u"customers. We will post the next update by the top of the hour."},
        {150, Audience::Executive,
         u"Current status: SEV2, identified. Cache warm-up helping; ranker rollback under way.\n"
         u"Impact: search p99 down to 1.4 s for signed-in users.\n"
         u"What we're doing:\n- Cache warm-up (Tomás Silva)\n- Ranker rollback (Luis Ortega)\n"
         u"Next update: in 60 minutes."},
    };
    for (const auto &u : sentUpdates) {
        clock.set(at(u.minute));
        if (auto s = session.markSent(id, u.audience, QString::fromUtf16(u.text), at(u.minute));
            fail(s))
            return s.error();
    }

    // The board as the commander finds it now.
    clock.set(at(20));
    WorkstreamDraft cache{u"Warm the personalisation cache"_s,
                          u"Tomás Silva"_s,
                          WorkstreamState::Active,
                          {},
                          u"Snapshot from 02:00; 60% warmed"_s,
                          {u"Maya Chen"_s},
                          0};
    auto w1 = session.createWorkstream(id, cache);
    if (fail(w1))
        return w1.error();
    clock.set(at(36));
    WorkstreamDraft rollback{
        u"Roll back search-ranker 3.2"_s, u"Luis Ortega"_s, WorkstreamState::Active, {}, {}, {}, 0};
    auto w2 = session.createWorkstream(id, rollback);
    if (fail(w2))
        return w2.error();
    clock.set(at(151));
    WorkstreamDraft comms{u"Customer comms and status page"_s,
                          u"Ana Souza"_s,
                          WorkstreamState::Active,
                          {},
                          {},
                          {},
                          0};
    auto w3 = session.createWorkstream(id, comms);
    if (fail(w3))
        return w3.error();
    clock.set(at(206));
    WorkstreamDraft nodes{
        u"Add four search nodes"_s, u"Maya Chen"_s, WorkstreamState::Open, {}, {}, {}, 0};
    auto w4 = session.createWorkstream(id, nodes);
    if (fail(w4))
        return w4.error();
    clock.set(at(60));
    WorkstreamDraft index{u"Confirm last night's index rebuild finished"_s,
                          u"Luis Ortega"_s,
                          WorkstreamState::Done,
                          {},
                          u"Finished 01:12, 0 errors"_s,
                          {},
                          0};
    if (auto w5 = session.createWorkstream(id, index); fail(w5))
        return w5.error();

    // Check-ins: two overdue, one blocked, the rest due soon.
    clock.set(now.addSecs(-600));
    const struct
    {
        const Workstream &w;
        WorkstreamState state;
        int checkInMinutes;
        QString notes;
    } updates[] = {
        {*w1, WorkstreamState::Active, 12, w1->notes},
        {*w2, WorkstreamState::Blocked, -8, u"Waiting for release manager approval"_s},
        {*w3, WorkstreamState::Active, 20, {}},
        {*w4, WorkstreamState::Active, -3, u"Capacity request filed"_s},
    };
    for (const auto &u : updates) {
        WorkstreamDraft d{u.w.title, u.w.owner,   u.state, now.addSecs(60 * u.checkInMinutes),
                          u.notes,   u.w.helpers, 0};
        if (auto saved = session.updateWorkstream(u.w.id, d); fail(saved))
            return saved.error();
    }

    // Someone woken in the middle of their night, and two handoffs not yet acknowledged.
    clock.set(now.addSecs(-18 * 60));
    if (auto j = session.join(id, u"Sam Okafor"_s, now.addSecs(-18 * 60), now.addSecs(-22 * 60),
                              nightZone(now));
        fail(j))
        return j.error();
    clock.set(now.addSecs(-9 * 60));
    if (auto h = session.handOff(id, {std::nullopt, w4->id}, u"Sam Okafor"_s,
                                 {u"Capacity request filed"_s,
                                  u"Nodes provisioning in eu-west"_s,
                                  u"Add them to the search pool when healthy"_s,
                                  {},
                                  u"New nodes start with a cold cache"_s,
                                  {}},
                                 now.addSecs(-9 * 60));
        fail(h))
        return h.error();
    clock.set(now.addSecs(-6 * 60));
    if (auto j = session.join(id, u"Priya Nair"_s, now.addSecs(-12 * 60), {}, {}); fail(j))
        return j.error();
    if (auto h = session.handOff(id, {Role::Commander, 0}, u"Priya Nair"_s,
                                 {u"Cache warm-up running; ranker rollback blocked on approval"_s,
                                  u"Cache warm-up at 60%"_s,
                                  u"Get release manager approval for the rollback"_s,
                                  u"Cold cache is the main cause"_s,
                                  {},
                                  u"Tomás has been on since the start"_s},
                                 now.addSecs(-6 * 60));
        fail(h))
        return h.error();
    return id;
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
    auto night = seedCheckoutNight(*session.value(), clock, start.toUTC(), now);
    if (!night)
        return night;
    if (auto earlier = seedEarlierToday(*session.value(), clock, now); !earlier)
        return earlier.error();
    return seedSearchLatency(*session.value(), clock, now);
}

} // namespace bridge
