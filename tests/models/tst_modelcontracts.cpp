// Every item model keeps Qt's model contract (QAbstractItemModelTester, failures fatal to the
// test) through what happens on a real bridge: this session's changes, another process's
// changes found by the poll, a restore, filter changes and the clock moving.
#include "incidentlistmodel.h"
#include "rostermodel.h"
#include "testsupport.h"
#include "timelinemodel.h"
#include "updatelistmodel.h"
#include "workstreammodel.h"

#include <QAbstractItemModelTester>

#include <memory>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
using Mode = QAbstractItemModelTester::FailureReportingMode;

// All five models on one session, each watched by a tester.
struct WatchedModels
{
    explicit WatchedModels(IncidentSession *session)
        : timeline(session)
        , incidents(session)
        , updates(session)
        , roster(session)
        , workstreams(session)
    {
        for (QAbstractItemModel *m : all())
            testers.push_back(std::make_unique<QAbstractItemModelTester>(m, Mode::QtTest));
    }
    QList<QAbstractItemModel *> all()
    {
        return {&timeline, &incidents, &updates, &roster, &workstreams};
    }
    void show(qint64 incidentId)
    {
        timeline.setIncident(incidentId);
        updates.setIncident(incidentId);
        roster.setIncident(incidentId);
        workstreams.setIncident(incidentId);
    }

    TimelineModel timeline;
    IncidentListModel incidents;
    UpdateListModel updates;
    RosterModel roster;
    WorkstreamModel workstreams;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

// A day of work on one incident through session s, starting at the clock's now.
void work(IncidentSession &s, ManualClock &clock, qint64 id, const QString &who)
{
    must(s.join(id, who));
    const Entry first
        = must(s.log(id, {EntryKind::Observation, who, {}, u"Errors at 4%"_s, false}));
    clock.advance(70);
    must(s.log(id, {EntryKind::Action, who, {}, u"Rolled back"_s, false}));
    clock.advance(3600 * 3); // across midnight: a day break appears in the timeline
    must(s.edit(first.id, {EntryKind::Observation, who, {}, u"Errors at 6%"_s, false}));
    must(s.setPinned(first.id, true));
    must(s.retract(first.id, u"Wrong dashboard"_s));
    // Backfilled: lands above rows already shown.
    must(s.log(id, {EntryKind::Note, who, clock.now().addSecs(-7200), u"Backfilled"_s, false}));
    const Workstream ws = must(s.createWorkstream(
        id, {u"Drain zone b"_s, who, WorkstreamState::Open, clock.now().addSecs(600), {}, {}, 0}));
    HandoffContext context;
    context.doneSoFar = u"half drained"_s;
    const Handoff h = must(s.handOff(id, {std::nullopt, ws.id}, u"Priya Nair"_s, context));
    must(s.acknowledgeHandoff(h.id));
    must(s.assignRole(id, Role::Commander, who));
    must(s.markSent(id, Audience::Executive, u"Rolled back; watching"_s));
    clock.advance(60);
}
} // namespace

class TestModelContracts : public QObject
{
    Q_OBJECT
private slots:
    void liveChangesHereAndFromAnotherProcess()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        WatchedModels models(t.session.get());
        models.show(id);
        t.clock.advance(90 * 60); // 22:30: the day break comes in work()
        work(*t.session, t.clock, id, u"Sam Okafor"_s);
        QVERIFY(models.timeline.rowCount() >= 6);
        QVERIFY(models.workstreams.rowCount() == 1);
        QVERIFY(models.updates.rowCount() == 1);

        // Another process does the same; this session finds it by polling.
        auto other = must(
            IncidentSession::open(t.path(), Database::Location::Given, &t.clock, u"Jonas Weber"_s));
        const int before = models.timeline.rowCount();
        work(*other, t.clock, id, u"Jonas Weber"_s);
        must(other->createIncident({u"Second"_s, Severity::Sev3, t.clock.now()}));
        t.session->pollExternalChanges();
        QVERIFY(models.timeline.rowCount() > before);
        QCOMPARE(models.incidents.rowCount(), 2);
        QCOMPARE(models.workstreams.rowCount(), 2);

        must(t.session->setStatus(id, Status::Closed, {}, IncidentSession::OpenWork::Close));
        t.clock.advance(3600);
        models.workstreams.tick();
        models.roster.reload();
    }

    void filtersAndZones()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const qint64 second = t.newIncident(u"Search slow"_s);
        WatchedModels models(t.session.get());
        models.show(id);
        work(*t.session, t.clock, id, u"Sam Okafor"_s);
        TimelineModel &m = models.timeline;
        const int all = m.rowCount();
        m.setFilter({{}, {}, u"rolled"_s, true});
        QVERIFY(m.rowCount() >= 1 && m.rowCount() < all);
        // A line logged while the filter hides it, and one it lets through.
        t.log(id, u"Paged the DBA"_s);
        t.log(id, u"Rolled forward"_s);
        m.setFilter({{EntryKind::Observation}, {}, {}, false});
        m.setFilter({{}, u"Sam Okafor"_s, {}, true});
        m.setFilter({{}, {}, u"no such words"_s, true});
        QCOMPARE(m.rowCount(), 0);
        m.setFilter({});
        m.setShowUtc(true);
        m.setShowUtc(false);
        models.show(second);
        models.show(id);
        models.show(0);
    }

    void restoreReplacesEverything()
    {

        SKIP_ON_TEAM_SERVER("a server's backups are its administrator's");
        TestBridge t;
        const qint64 id = t.newIncident();
        WatchedModels models(t.session.get());
        models.show(id);
        const QString copy = must(t.session->backUp());
        work(*t.session, t.clock, id, u"Sam Okafor"_s);
        t.newIncident(u"Only after the backup"_s);
        const int grown = models.timeline.rowCount();
        must(t.session->restoreBackup(copy));
        QVERIFY2(
            models.timeline.rowCount() < grown,
            qPrintable(u"%1 rows after, %2 before"_s.arg(models.timeline.rowCount()).arg(grown)));
        QCOMPARE(models.incidents.rowCount(), 1);
        QCOMPARE(models.workstreams.rowCount(), 0);
        QCOMPARE(models.updates.rowCount(), 0);

        // And a restore made by another process, found by the poll.
        auto other = must(
            IncidentSession::open(t.path(), Database::Location::Given, &t.clock, u"Jonas Weber"_s));
        const QString again = must(other->backUp());
        work(*t.session, t.clock, id, u"Sam Okafor"_s);
        must(other->restoreBackup(again));
        t.session->pollExternalChanges();
        QCOMPARE(models.workstreams.rowCount(), 0);
    }
};

QTEST_MAIN(TestModelContracts)
#include "tst_modelcontracts.moc"
