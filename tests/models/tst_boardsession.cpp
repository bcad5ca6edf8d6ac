#include "testsupport.h"

#include <QSignalSpy>

using namespace bridge;
using namespace Qt::StringLiterals;

class TestBoardSession : public QObject
{
    Q_OBJECT
private slots:
    void roleHistoryAndHandoff()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        QSignalSpy board(t.session.get(), &IncidentSession::boardChanged);
        auto first = t.session->assignRole(id, Role::Commander, u"Jonas"_s);
        QVERIFY(first);
        QVERIFY(!first->has_value()); // nobody held it: no handoff
        QCOMPARE(t.session->currentHolder(id, Role::Commander), u"Jonas"_s);
        QVERIFY(board.count() >= 1);

        t.clock.advance(600);
        auto second = t.session->assignRole(id, Role::Commander, u"Priya"_s);
        QVERIFY(second);
        QVERIFY(second->has_value()); // a held single-holder role changes hands by handoff
        const Handoff h = **second;
        QCOMPARE(h.from, u"Jonas"_s);
        QCOMPARE(h.to, u"Priya"_s);
        QCOMPARE(h.subjectKey(), u"role:commander"_s);
        QVERIFY(h.isWaiting());
        // An offer is not a holding: Jonas keeps the role until Priya acknowledges.
        QCOMPARE(t.session->currentHolder(id, Role::Commander), u"Jonas"_s);
        QCOMPARE(t.session->roles(id)->size(), 1);
        // Offering it to her again is refused; the first offer still waits.
        QVERIFY(!t.session->assignRole(id, Role::Commander, u"priya"_s));

        t.clock.advance(360);
        QVERIFY(t.session->acknowledgeHandoff(h.id, {}, u"Priya"_s));
        QCOMPARE(t.session->currentHolder(id, Role::Commander), u"Priya"_s);
        const auto roles = t.session->roles(id);
        QCOMPARE(roles->size(), 2);
        QCOMPARE(roles->at(0).person, u"Jonas"_s);
        QCOMPARE(roles->at(0).to, t.clock.now()); // ends at the acknowledgement, not the offer
        QCOMPARE(roles->at(1).from, t.clock.now());
        QVERIFY(roles->at(1).isCurrent());

        // Assigning the same holder again changes nothing.
        QVERIFY(t.session->assignRole(id, Role::Commander, u"priya"_s));
        QCOMPARE(t.session->roles(id)->size(), 2);

        // Assignment, offer and acknowledgement are on the timeline as handoff entries.
        int handoffEntries = 0;
        for (const Entry &e : *t.session->entries(id))
            handoffEntries += e.kind == EntryKind::Handoff;
        QCOMPARE(handoffEntries, 3);
    }

    void multiHolderRoles()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        QVERIFY(t.session->assignRole(id, Role::Sme, u"Aisha"_s));
        QVERIFY(t.session->assignRole(id, Role::Sme, u"Luis"_s));
        int smes = 0;
        for (const RoleAssignment &a : *t.session->roles(id))
            smes += a.role == Role::Sme && a.isCurrent();
        QCOMPARE(smes, 2);
        auto refused = t.session->handOff(id, {Role::Sme, 0}, u"Maya"_s, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
    }

    void acknowledgeOnceAndKeepTheTime()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        auto h = t.session->handOff(id, {Role::Comms, 0}, u"Ana"_s,
                                    {u"drafted update"_s, {}, u"send at :30"_s, {}, {}, u"n"_s});
        QVERIFY(h);
        QCOMPARE(h->from, QString()); // nobody held it before
        t.clock.advance(90);
        auto acked = t.session->acknowledgeHandoff(h->id);
        QVERIFY(acked);
        QCOMPARE(acked->acknowledgedAt, t.clock.now());
        QCOMPARE(acked->context.doneSoFar, u"drafted update"_s);
        auto again = t.session->acknowledgeHandoff(h->id);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Conflict);
        QCOMPARE(t.session->acknowledgeHandoff(999).error().code, Error::Code::NotFound);
        QVERIFY(t.session->entries(id)->last().text.contains(u"acknowledged"_s));
    }

    void workstreamLifecycle()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const Entry source = t.log(id, u"Replica lag 340 s"_s, EntryKind::Observation);
        WorkstreamDraft d{u"Fail back the database"_s,
                          u"Maya"_s,
                          WorkstreamState::Active,
                          t.clock.now().addSecs(900),
                          {},
                          {u"Luis"_s, u"Aisha"_s},
                          source.id};
        auto w = t.session->createWorkstream(id, d);
        QVERIFY(w);
        QCOMPARE(w->owner, u"Maya"_s);
        QCOMPARE(w->helpers, (QStringList{u"Aisha"_s, u"Luis"_s}));
        QCOMPARE(w->sourceEntryId, source.id);
        QVERIFY(!w->isCheckInOverdue(t.clock.now()));
        t.clock.advance(1000);
        QVERIFY(w->isCheckInOverdue(t.clock.now()));

        auto h = t.session->handOff(id, {std::nullopt, w->id}, u"Aisha"_s, {});
        QVERIFY(h);
        QCOMPARE(h->from, u"Maya"_s);
        QCOMPARE(h->subjectKey(), u"workstream:%1"_s.arg(w->id));
        QCOMPARE(t.session->workstreams(id)->first().owner, u"Maya"_s); // until Aisha takes it
        QVERIFY(t.session->acknowledgeHandoff(h->id));
        QCOMPARE(t.session->workstreams(id)->first().owner, u"Aisha"_s);
        QVERIFY(!t.session->handOff(id, {std::nullopt, w->id}, u"aisha"_s, {}));
        QVERIFY(!t.session->handOff(id, {std::nullopt, 999}, u"Luis"_s, {}));

        d.state = WorkstreamState::Blocked;
        d.helpers = {};
        auto blocked = t.session->updateWorkstream(w->id, d);
        QVERIFY(blocked);
        QCOMPARE(blocked->state, WorkstreamState::Blocked);
        QVERIFY(blocked->helpers.isEmpty());
        QVERIFY(t.session->entries(id)->last().text.contains(u"Blocked"_s));

        QVERIFY(!t.session->createWorkstream(id, {u"  "_s, {}, {}, {}, {}, {}, 0}));
    }

    void rosterJoinsLeavesAndImplicitJoin()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const QDateTime start = t.clock.now();
        QVERIFY(t.session->join(id, u"Sam"_s, start, start.addSecs(-120), u"Asia/Tokyo"_s));
        QVERIFY(!t.session->join(id, u"Kim"_s, {}, {}, u"Mars/Olympus"_s));
        // Logging as an actor joins them at the entry's time, backfilled or not.
        t.log(id, u"restarted pods"_s, EntryKind::Action, u"Luis"_s, start.addSecs(300));
        t.log(id, u"earlier"_s, EntryKind::Action, u"Luis"_s, start.addSecs(60));
        QVERIFY(t.session->assignRole(id, Role::Deputy, u"Sam"_s));
        t.clock.advance(3600);
        QVERIFY(t.session->leave(id, u"Sam"_s));
        QCOMPARE(t.session->currentHolder(id, Role::Deputy), QString()); // leaving ends roles
        auto notThere = t.session->leave(id, u"Sam"_s);
        QVERIFY(!notThere);
        QVERIFY(notThere.error().message.contains(u"not on the bridge"_s));

        const auto people = t.session->responders(id);
        QVERIFY(people);
        QCOMPARE(people->size(), 2); // Sam and Luis; the scribe wrote only system entries
        for (const ResponderFigures &f : *people) {
            if (f.name == u"Luis"_s) {
                QCOMPARE(f.joinedAt, start.addSecs(60));
                QVERIFY(f.isOnBridge());
            } else {
                QCOMPARE(f.name, u"Sam"_s);
                QCOMPARE(f.onBridgeSeconds, 3600);
                QCOMPARE(f.pagedAt, start.addSecs(-120));
                QCOMPARE(f.zone.id(), QByteArray("Asia/Tokyo"));
                QVERIFY(!f.isOnBridge());
            }
        }
    }

    void sleepWindowTravelsWithTheFile()
    {
        TestBridge t;
        QCOMPARE(t.session->sleepWindow(), SleepWindow{});
        QVERIFY(t.session->setSleepWindow({QTime(22, 30), QTime(7, 0)}));
        auto other = IncidentSession::open(t.path(), Database::Location::Given);
        QCOMPARE(other.value()->sleepWindow().start, QTime(22, 30));
        QVERIFY(!t.session->setSleepWindow({QTime(7, 0), QTime(7, 0)}));
    }

    void recordGathersEverything()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        QVERIFY(t.session->assignRole(id, Role::Commander, u"Jonas"_s));
        QVERIFY(t.session->createWorkstream(id, {u"W"_s, u"Maya"_s, {}, {}, {}, {}, 0}));
        auto r = t.session->record(id);
        QVERIFY(r);
        QCOMPARE(r->incident.id, id);
        QCOMPARE(r->roles.size(), 1);
        QCOMPARE(r->workstreams.size(), 1);
        QCOMPARE(r->responders.size(), 2);
        QVERIFY(!t.session->record(42));
    }
};

QTEST_GUILESS_MAIN(TestBoardSession)
#include "tst_boardsession.moc"
