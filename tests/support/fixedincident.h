#pragma once

#include "testsupport.h"

// A small but complete incident, written the way a bridge would, on a fixed clock: every
// entry kind that matters, a pin, a retraction, a workstream handed off and acknowledged, an
// update sent, and a written review.
inline qint64 seedFixedIncident(TestBridge &t)
{
    using namespace bridge;
    using namespace Qt::StringLiterals;
    const QDateTime start = t.clock.now(); // 2026-03-28 21:00 UTC
    const qint64 id = t.newIncident(u"Checkout 503s in eu-west-1"_s);
    auto at = [&](int minute) {
        return start.addSecs(60 * minute);
    };
    auto log = [&](int minute, EntryKind kind, const QString &actor, const QString &text) {
        t.clock.set(at(minute).addSecs(30));
        return t.log(id, text, kind, actor, at(minute));
    };
    t.clock.set(at(1));
    must(t.session->setMilestone(id, IncidentSession::Milestone::Detected, at(-3)));
    must(t.session->setMilestone(id, IncidentSession::Milestone::Acknowledged, at(2)));
    must(t.session->assignRole(id, Role::Commander, u"Jonas Weber"_s, at(2)));
    const Entry obs = log(4, EntryKind::Observation, u"Maya Chen"_s, u"Error rate 18%"_s);
    must(t.session->setPinned(obs.id, true));
    log(6, EntryKind::Expectation, u"Maya Chen"_s, u"Expected the deploy to be unrelated"_s);
    const Entry assume
        = log(8, EntryKind::Assumption, u"Luis Ortega"_s, u"Assuming the primary is healthy"_s);
    const Entry wrong
        = log(10, EntryKind::Action, u"Luis Ortega"_s, u"Restarted pods in eu-central"_s);
    must(t.session->retract(wrong.id, u"Wrong region"_s));
    log(12, EntryKind::Action, u"Luis Ortega"_s,
        u"Restarted pods in eu-west-1 | <b>now</b> *all* # of them"_s);
    t.clock.set(at(14));
    auto w = t.session->createWorkstream(
        id, {u"Drain replica-2"_s, u"Maya Chen"_s, WorkstreamState::Active, {}, {}, {}, 0});
    t.clock.set(at(20));
    auto h = t.session->handOff(id, {std::nullopt, w->id}, u"Aisha Khan"_s,
                                {u"Found the lag"_s, {}, u"Drain it"_s, {}, {}, {}}, at(20));
    t.clock.set(at(21));
    must(t.session->acknowledgeHandoff(h->id, at(21)));
    t.clock.set(at(25));
    must(t.session->markSent(id, Audience::Executive, u"SEV2: checkout failing in eu-west-1."_s,
                             at(25)));
    t.clock.set(at(40));
    must(t.session->setStatus(id, Status::Mitigated, at(40)));
    t.clock.set(at(60));
    must(t.session->setStatus(id, Status::Resolved, at(60)));

    Review review;
    review.summary = u"Replica lag made checkout reads time out."_s;
    review.impact = u"EU customers could not pay for 40 minutes."_s;
    review.wentWell = u"Fast acknowledgement."_s;
    review.wasHard = u"Two regions with the same dashboards."_s;
    review.lucky = u"It was a quiet night."_s;
    review.reviewDate = QDate(2026, 4, 2);
    review.factors = {{u"The read router does not eject lagging replicas"_s,
                       FactorCategory::Technical,
                       {u"Router config v3"_s, u"TICKET-812"_s, u"Approved to cut latency"_s}},
                      {u"Runbook names the wrong region"_s, FactorCategory::Process, {}}};
    review.assumptions = {{assume.id, false, true}};
    review.understanding = {{u"Maya Chen"_s, u"Thought the deploy was the trigger until 22:10."_s}};
    review.followUps = {{u"Eject replicas lagging over 30 s"_s, u"Aisha Khan"_s,
                         FollowUpType::Prevent, QDate(2026, 4, 30), u"https://tracker/OPS-1"_s}};
    must(t.session->saveReview(id, review));
    return id;
}
