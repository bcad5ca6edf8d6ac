#include "incidentlistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

using namespace bridge;
using namespace Qt::StringLiterals;

class TestIncidentListModel : public QObject
{
    Q_OBJECT
private slots:
    void openFirstThenNewest()
    {
        TestBridge t;
        const qint64 old = t.newIncident(u"Old"_s);
        t.clock.advance(3600);
        IncidentListModel model(t.session.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 recent = t.newIncident(u"Recent"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.incidentIdAt(0), recent);
        QVERIFY(model.index(0).data().toString().contains(u"Recent"_s));
        QVERIFY(model.index(0).data().toString().contains(u"SEV2"_s));

        // Resolving the recent one moves it below the open one.
        QVERIFY(t.session->setStatus(recent, Status::Resolved));
        QCOMPARE(model.incidentIdAt(0), old);
        QCOMPARE(model.incidentIdAt(1), recent);
        QVERIFY(!model.index(1).data(IncidentListModel::OpenRole).toBool());
        QCOMPARE(model.index(1).data(IncidentListModel::StatusKeyRole).toString(), u"resolved"_s);
        QCOMPARE(model.rowOfIncident(recent), 1);

        QVERIFY(t.session->setSeverity(old, Severity::Sev1));
        QCOMPARE(model.index(0).data(IncidentListModel::SeverityRole).toInt(), 1);
    }

    void restoreResetsTheList()
    {

        SKIP_ON_TEAM_SERVER("a server's backups are its administrator's");
        TestBridge t;
        const qint64 kept = t.newIncident(u"Kept"_s);
        const auto copy = t.session->backUp();
        QVERIFY(copy);
        t.clock.advance(60);
        t.newIncident(u"Gone after the restore"_s);
        IncidentListModel model(t.session.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(t.session->restoreBackup(*copy));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.incidentIdAt(0), kept);
    }
};

QTEST_GUILESS_MAIN(TestIncidentListModel)
#include "tst_incidentlistmodel.moc"
