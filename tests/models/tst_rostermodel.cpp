#include "rostermodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

using namespace bridge;
using namespace Qt::StringLiterals;

class TestRosterModel : public QObject
{
    Q_OBJECT
private slots:
    void loadedFirstAndLive()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        RosterModel model(t.session.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(id);
        const QDateTime start = t.clock.now();
        QVERIFY(t.session->join(id, u"Rested"_s, start.addSecs(7200)));
        QVERIFY(t.session->join(id, u"Tired"_s, start, {}, u"UTC"_s));
        QVERIFY(t.session->assignRole(id, Role::Commander, u"Tired"_s));
        QCOMPARE(model.rowCount(), 2);
        t.clock.advance(4 * 3600);
        model.reload();
        QCOMPARE(model.index(0, 0).data(RosterModel::PersonRole).toString(), u"Tired"_s);
        QVERIFY(model.index(0, 0)
                    .data(RosterModel::WarningsRole)
                    .toStringList()
                    .contains(u"long_shift"_s));
        QVERIFY(model.index(0, RosterModel::WorkloadColumn)
                    .data()
                    .toString()
                    .contains(u"without a break"_s));
        QVERIFY(model.index(0, RosterModel::RolesColumn)
                    .data()
                    .toString()
                    .contains(u"commander"_s, Qt::CaseInsensitive));
        QCOMPARE(model.index(0, RosterModel::OnBridgeColumn).data().toString(), u"4h 00m"_s);

        QVERIFY(t.session->leave(id, u"Tired"_s));
        QCOMPARE(model.rowOfPerson(u"Tired"_s), 1); // those who left go to the bottom
        QVERIFY(!model.index(1, 0).data(RosterModel::OnBridgeRole).toBool());
        QVERIFY(model.index(1, 0).data().toString().contains(u"left"_s));
    }
};

QTEST_GUILESS_MAIN(TestRosterModel)
#include "tst_rostermodel.moc"
