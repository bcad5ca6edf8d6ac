#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// milestone, update and policy through the real binary.
class TestCliUpdates : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestDatabase m_database{m_dir.filePath(u"updates.sqlite"_s)};
    using Run = CliRun;
    Run run(const QStringList &args) { return runCli(m_database.path(), args); }
    QJsonObject show(const QString &id)
    {
        return QJsonDocument::fromJson(run({u"show"_s, id, u"--json"_s}).out.toUtf8()).object();
    }
    QString incident(const QString &severity = u"SEV1"_s)
    {
        return run({u"new"_s, u"--title"_s, u"Checkout 503s"_s, u"--severity"_s, severity,
                    u"--started"_s, u"2026-11-24T02:00:00Z"_s})
            .out.trimmed();
    }

private slots:
    void milestonesUpdatesAndSla()
    {
        const QString id = incident();
        QCOMPARE(
            run({u"milestone"_s, id, u"detected"_s, u"--at"_s, u"2026-11-24T01:58:00Z"_s}).code, 0);
        QCOMPARE(
            run({u"milestone"_s, id, u"acknowledged"_s, u"--at"_s, u"2026-11-24T02:01:00Z"_s}).code,
            0);

        const Run draft = run({u"update"_s, id, u"--audience"_s, u"executive"_s, u"--draft"_s});
        QCOMPARE(draft.code, 0);
        QVERIFY(draft.out.startsWith(u"Incident: SEV1"_s));
        QVERIFY(show(id).value(u"updates"_s).toArray().isEmpty()); // a draft records nothing

        for (const char *at : {"2026-11-24T02:20:00Z", "2026-11-24T03:10:00Z"}) {
            const Run sent = run({u"update"_s, id, u"--audience"_s, u"customer"_s, u"--text"_s,
                                  u"Investigating: slow checkout. Next update 03:40 UTC."_s,
                                  u"--at"_s, QString::fromLatin1(at)});
            QCOMPARE(sent.code, 0);
            QVERIFY(sent.out.trimmed().toLongLong() > 0);
        }
        const QJsonObject o = show(id);
        const QJsonObject m = o.value(u"milestones"_s).toObject();
        QCOMPARE(m.value(u"detected"_s).toString(), u"2026-11-24T01:58:00.000Z"_s);
        QCOMPARE(m.value(u"acknowledged"_s).toString(), u"2026-11-24T02:01:00.000Z"_s);
        const QJsonArray updates = o.value(u"updates"_s).toArray();
        QCOMPARE(updates.size(), 2);
        const QJsonObject u = updates.first().toObject();
        for (const char *key : {"id", "audience", "sent_at", "author", "text"})
            QVERIFY2(u.contains(QLatin1StringView(key)), key);
        QCOMPARE(u.value(u"audience"_s).toString(), u"customer"_s);
        const QJsonObject sla = o.value(u"sla"_s).toObject();
        QCOMPARE(sla.value(u"ack_minutes"_s).toInt(), 3);
        QCOMPARE(sla.value(u"ack_met"_s).toBool(), true);
        QCOMPARE(sla.value(u"cadence_minutes"_s).toInt(), 30);
        // The customer page was updated at 03:10; the executive one never: due since 02:30.
        QCOMPARE(sla.value(u"next_update_due"_s).toString(), u"2026-11-24T02:30:00.000Z"_s);
        QCOMPARE(sla.value(u"next_update_audience"_s).toString(), u"executive"_s);
        QVERIFY(sla.value(u"overdue"_s).isBool());
        QCOMPARE(sla.value(u"late_updates"_s).toInt(), 1); // 02:20 -> 03:10 is 50 > 30 minutes
        // The update is on the timeline.
        QCOMPARE(o.value(u"entries"_s).toArray().last().toObject().value(u"kind"_s).toString(),
                 u"update"_s);
    }

    void policyChangesCadence()
    {
        const QString id = incident(u"SEV4"_s);
        QVERIFY(show(id).value(u"sla"_s).toObject().value(u"cadence_minutes"_s).isNull());
        QCOMPARE(run({u"policy"_s, u"SEV4"_s, u"--ack"_s, u"120"_s, u"--every"_s, u"90"_s}).code,
                 0);
        const QJsonObject sla = show(id).value(u"sla"_s).toObject();
        QCOMPARE(sla.value(u"cadence_minutes"_s).toInt(), 90);
        QCOMPARE(sla.value(u"next_update_due"_s).toString(), u"2026-11-24T03:30:00.000Z"_s);
        QVERIFY(sla.value(u"ack_minutes"_s).isNull());
        QCOMPARE(run({u"policy"_s, u"SEV4"_s, u"--ack"_s, u"120"_s, u"--every"_s, u"none"_s}).code,
                 0);
        QVERIFY(show(id).value(u"sla"_s).toObject().value(u"next_update_due"_s).isNull());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("milestone unknown")
            << QStringList{u"milestone"_s, u"1"_s, u"noticed"_s} << u"unknown milestone"_s;
        QTest::newRow("milestone bad time")
            << QStringList{u"milestone"_s, u"1"_s, u"detected"_s, u"--at"_s, u"dawn"_s}
            << u"is not a time"_s;
        QTest::newRow("milestone no incident")
            << QStringList{u"milestone"_s, u"99"_s, u"detected"_s} << u"no incident"_s;
        QTest::newRow("update no audience")
            << QStringList{u"update"_s, u"1"_s, u"--draft"_s} << u"--audience"_s;
        QTest::newRow("update bad audience")
            << QStringList{u"update"_s, u"1"_s, u"--audience"_s, u"board"_s, u"--draft"_s}
            << u"unknown audience"_s;
        QTest::newRow("update neither")
            << QStringList{u"update"_s, u"1"_s, u"--audience"_s, u"customer"_s}
            << u"either --draft"_s;
        QTest::newRow("update both")
            << QStringList{u"update"_s,  u"1"_s,      u"--audience"_s, u"customer"_s,
                           u"--draft"_s, u"--text"_s, u"x"_s}
            << u"either --draft"_s;
        QTest::newRow("update empty") << QStringList{u"update"_s,   u"1"_s,      u"--audience"_s,
                                                     u"customer"_s, u"--text"_s, u"  "_s}
                                      << u"empty"_s;
        QTest::newRow("policy bad severity")
            << QStringList{u"policy"_s, u"SEV7"_s, u"--ack"_s, u"5"_s, u"--every"_s, u"30"_s}
            << u"unknown severity"_s;
        QTest::newRow("policy zero")
            << QStringList{u"policy"_s, u"SEV1"_s, u"--ack"_s, u"0"_s, u"--every"_s, u"30"_s}
            << u"--ack"_s;
        QTest::newRow("policy words")
            << QStringList{u"policy"_s, u"SEV1"_s, u"--ack"_s, u"5"_s, u"--every"_s, u"often"_s}
            << u"--every"_s;
        QTest::newRow("policy missing")
            << QStringList{u"policy"_s, u"SEV1"_s, u"--ack"_s, u"5"_s} << u"--every"_s;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        incident();
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(u"incident-bridge: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(says, Qt::CaseInsensitive), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliUpdates)
#include "tst_cli_updates.moc"
