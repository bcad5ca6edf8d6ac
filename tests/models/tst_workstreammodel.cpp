#include "testsupport.h"
#include "workstreammodel.h"

#include <QAbstractItemModelTester>

using namespace bridge;
using namespace Qt::StringLiterals;

class TestWorkstreamModel : public QObject
{
    Q_OBJECT
private slots:
    void urgentFirstAndLive()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        WorkstreamModel model(t.session.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(id);
        const QDateTime now = t.clock.now();
        auto open = t.session->createWorkstream(
            id, {u"Open"_s, u"A"_s, WorkstreamState::Open, {}, {}, {}, 0});
        auto soon = t.session->createWorkstream(
            id, {u"Due soon"_s, u"B"_s, WorkstreamState::Active, now.addSecs(120), {}, {}, 0});
        auto blocked = t.session->createWorkstream(
            id, {u"Blocked"_s, u"C"_s, WorkstreamState::Blocked, {}, {}, {}, 0});
        auto done = t.session->createWorkstream(
            id, {u"Done"_s, u"D"_s, WorkstreamState::Done, {}, {}, {}, 0});
        QVERIFY(open && soon && blocked && done);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.workstreamAt(0).title, u"Blocked"_s);
        QCOMPARE(model.workstreamAt(3).title, u"Done"_s);
        QVERIFY(model.index(0, 0).data(WorkstreamModel::BlockedRole).toBool());
        QCOMPARE(model.index(1, WorkstreamModel::CheckInColumn).data().toString(), u"in 2m"_s);

        // The clock passes the check-in: it is overdue, says so, and moves up.
        t.clock.advance(300);
        model.tick();
        const int row = model.rowOfWorkstream(soon->id);
        QCOMPARE(row, 1);
        QVERIFY(model.index(row, 0).data(WorkstreamModel::OverdueRole).toBool());
        QVERIFY(model.index(row, WorkstreamModel::CheckInColumn)
                    .data()
                    .toString()
                    .startsWith(u"OVERDUE"_s));

        // A handoff not yet acknowledged shows on the owner.
        auto h = t.session->handOff(id, {std::nullopt, open->id}, u"E"_s, {});
        QVERIFY(h);
        const int handed = model.rowOfWorkstream(open->id);
        QVERIFY(model.index(handed, 0).data(WorkstreamModel::PendingHandoffRole).toBool());
        QCOMPARE(model.index(handed, 0).data(WorkstreamModel::PendingHandoffIdRole).toLongLong(),
                 h->id);
        QVERIFY(model.index(handed, WorkstreamModel::OwnerColumn)
                    .data()
                    .toString()
                    .contains(u"offered to E, waiting"_s));
        QVERIFY(t.session->acknowledgeHandoff(h->id));
        QVERIFY(!model.index(model.rowOfWorkstream(open->id), 0)
                     .data(WorkstreamModel::PendingHandoffRole)
                     .toBool());
        QCOMPARE(model.index(model.rowOfWorkstream(open->id), WorkstreamModel::OwnerColumn)
                     .data()
                     .toString(),
                 u"E"_s);
    }

    void otherIncidentsIgnored()
    {
        TestBridge t;
        const qint64 a = t.newIncident(u"A"_s);
        const qint64 b = t.newIncident(u"B"_s);
        WorkstreamModel model(t.session.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(a);
        QVERIFY(t.session->createWorkstream(b, {u"Elsewhere"_s, {}, {}, {}, {}, {}, 0}));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(t.session->createWorkstream(a, {u"Here"_s, {}, {}, {}, {}, {}, 0}));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(
            model.index(0, WorkstreamModel::OwnerColumn).data().toString().contains(u"Nobody"_s));
    }
};

QTEST_GUILESS_MAIN(TestWorkstreamModel)
#include "tst_workstreammodel.moc"
