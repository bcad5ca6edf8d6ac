#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The board's commands through the real binary.
class TestCliBoard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestDatabase m_database{m_dir.filePath(u"board.sqlite"_s)};

    using Run = CliRun;
    Run run(const QStringList &args)
    {
        Run r = runCli(m_database.path(), args);
        r.out = r.out.trimmed();
        return r;
    }
    QJsonObject show(const QString &id)
    {
        return QJsonDocument::fromJson(run({u"show"_s, id, u"--json"_s}).out.toUtf8()).object();
    }
    QString incident()
    {
        return run({u"new"_s, u"--title"_s, u"Replica lag"_s, u"--started"_s,
                    u"2026-11-24T01:00:00Z"_s})
            .out;
    }

private slots:
    void fullBridge()
    {
        const QString id = incident();
        QCOMPARE(
            run({u"join"_s, id, u"Maya Chen"_s, u"--at"_s, u"2026-11-24T01:05:00Z"_s,
                 u"--paged-at"_s, u"2026-11-24T01:02:00Z"_s, u"--timezone"_s, u"Europe/Berlin"_s})
                .code,
            0);
        QCOMPARE(run({u"role"_s, id, u"commander"_s, u"Jonas Weber"_s, u"--at"_s,
                      u"2026-11-24T01:10:00Z"_s})
                     .code,
                 0);
        const Run ws = run({u"workstream"_s, id, u"--title"_s, u"Fail back the database"_s,
                            u"--owner"_s, u"Maya Chen"_s, u"--state"_s, u"active"_s,
                            u"--check-in"_s, u"2026-11-24T02:00:00Z"_s});
        QCOMPARE(ws.code, 0);
        QVERIFY(ws.out.toLongLong() > 0);
        const Run h
            = run({u"handoff"_s, id, u"--workstream"_s, ws.out, u"--to"_s, u"Aisha Khan"_s,
                   u"--note"_s, u"replica-2 drained"_s, u"--at"_s, u"2026-11-24T01:30:00Z"_s});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.toLongLong() > 0);
        const Run ic = run({u"handoff"_s, id, u"--role"_s, u"commander"_s, u"--to"_s,
                            u"Priya Nair"_s, u"--at"_s, u"2026-11-24T01:40:00Z"_s});
        QCOMPARE(ic.code, 0);
        QCOMPARE(run({u"ack-handoff"_s, ic.out, u"--at"_s, u"2026-11-24T01:41:00Z"_s}).code, 0);
        QCOMPARE(run({u"leave"_s, id, u"Maya Chen"_s, u"--at"_s, u"2026-11-24T01:50:00Z"_s}).code,
                 0);

        const QJsonObject o = show(id);
        const QJsonArray roles = o.value(u"roles"_s).toArray();
        QCOMPARE(roles.size(), 2);
        QCOMPARE(roles.at(0).toObject().value(u"person"_s).toString(), u"Jonas Weber"_s);
        // Jonas held it until Priya acknowledged, not until it was offered.
        QCOMPARE(roles.at(0).toObject().value(u"to"_s).toString(), u"2026-11-24T01:41:00.000Z"_s);
        QVERIFY(roles.at(1).toObject().value(u"to"_s).isNull());

        const QJsonObject w = o.value(u"workstreams"_s).toArray().first().toObject();
        for (const char *key : {"id", "title", "owner", "helpers", "state", "check_in"})
            QVERIFY2(w.contains(QLatin1StringView(key)), key);
        // Offered to Aisha, never acknowledged: Maya still owns it.
        QCOMPARE(w.value(u"owner"_s).toString(), u"Maya Chen"_s);
        QCOMPARE(w.value(u"state"_s).toString(), u"active"_s);
        QCOMPARE(w.value(u"check_in"_s).toString(), u"2026-11-24T02:00:00.000Z"_s);

        const QJsonArray handoffs = o.value(u"handoffs"_s).toArray();
        QCOMPARE(handoffs.size(), 2);
        const QJsonObject first = handoffs.at(0).toObject();
        for (const char *key : {"id", "subject", "from", "to", "at", "note", "acknowledged_at"})
            QVERIFY2(first.contains(QLatin1StringView(key)), key);
        QCOMPARE(first.value(u"subject"_s).toString(), u"workstream:"_s + ws.out);
        QCOMPARE(first.value(u"from"_s).toString(), u"Maya Chen"_s);
        QCOMPARE(first.value(u"note"_s).toString(), u"replica-2 drained"_s);
        QVERIFY(first.value(u"acknowledged_at"_s).isNull());
        QCOMPARE(handoffs.at(1).toObject().value(u"acknowledged_at"_s).toString(),
                 u"2026-11-24T01:41:00.000Z"_s);

        QJsonObject maya;
        for (const QJsonValue &v : o.value(u"responders"_s).toArray()) {
            if (v.toObject().value(u"name"_s).toString() == u"Maya Chen"_s)
                maya = v.toObject();
        }
        for (const char *key : {"name", "joined_at", "paged_at", "on_bridge_minutes",
                                "sleeping_minutes", "incidents_24h", "first_incident", "warnings"})
            QVERIFY2(maya.contains(QLatin1StringView(key)), key);
        QCOMPARE(maya.value(u"on_bridge_minutes"_s).toInt(), 45);
        QCOMPARE(maya.value(u"sleeping_minutes"_s).toInt(), 45); // 02:05-02:50 Berlin
        QVERIFY(maya.value(u"first_incident"_s).toBool());
        QVERIFY(maya.value(u"warnings"_s).toArray().contains(u"paged_while_sleeping"_s));
    }

    void closingWithOpenWorkNeedsTheFlag()
    {
        const QString id = incident();
        QCOMPARE(run({u"workstream"_s, id, u"--title"_s, u"Drain replica-2"_s, u"--owner"_s,
                      u"Maya Chen"_s})
                     .code,
                 0);
        const Run refused = run({u"status"_s, id, u"closed"_s});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(u"--open-work close"_s), qPrintable(refused.err));
        QCOMPARE(show(id).value(u"status"_s).toString(), u"investigating"_s);
        QCOMPARE(run({u"status"_s, id, u"closed"_s, u"--open-work"_s, u"later"_s}).code, 2);
        QCOMPARE(run({u"status"_s, id, u"closed"_s, u"--open-work"_s, u"keep"_s}).code, 0);
        const QJsonObject o = show(id);
        QCOMPARE(o.value(u"status"_s).toString(), u"closed"_s);
        QCOMPARE(
            o.value(u"workstreams"_s).toArray().first().toObject().value(u"state"_s).toString(),
            u"open"_s);
    }

    void writerIsWhoTheyAreAndNamesAreChosen()
    {
        const QString id = incident();
        QCOMPARE(run({u"--as"_s, u"Sam Okafor"_s, u"log"_s, id, u"--kind"_s, u"action"_s,
                      u"Paged the DBA"_s})
                     .code,
                 0);
        // "Sam" is close to Sam Okafor: logged as a new person, with a word on stderr.
        const Run close
            = run({u"log"_s, id, u"--kind"_s, u"note"_s, u"--actor"_s, u"Sam"_s, u"On the call"_s});
        QCOMPARE(close.code, 0);
        QVERIFY2(close.err.contains(u"new person 'Sam'; did you mean 'Sam Okafor'?"_s),
                 qPrintable(close.err));
        // Case and accents are the same person, silently.
        const Run same = run(
            {u"log"_s, id, u"--kind"_s, u"note"_s, u"--actor"_s, u"sam okafor"_s, u"Still here"_s});
        QCOMPARE(same.code, 0);
        QVERIFY(same.err.isEmpty());
        const QJsonArray entries = show(id).value(u"entries"_s).toArray();
        QCOMPARE(entries.at(1).toObject().value(u"actor"_s).toString(), u"Sam Okafor"_s);
        QCOMPARE(entries.at(1).toObject().value(u"scribe"_s).toString(), u"Sam Okafor"_s);
        QCOMPARE(entries.last().toObject().value(u"actor"_s).toString(), u"Sam Okafor"_s);
        QCOMPARE(run({u"--as"_s, u" "_s, u"list"_s}).code, 2);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("join no person") << QStringList{u"join"_s, u"1"_s} << 2 << u"person"_s;
        QTest::newRow("join bad zone")
            << QStringList{u"join"_s, u"1"_s, u"Kim"_s, u"--timezone"_s, u"Mars/Base"_s} << 2
            << u"time zone"_s;
        QTest::newRow("join bad time")
            << QStringList{u"join"_s, u"1"_s, u"Kim"_s, u"--paged-at"_s, u"lunch"_s} << 2
            << u"is not a time"_s;
        QTest::newRow("join unknown incident")
            << QStringList{u"join"_s, u"99"_s, u"Kim"_s} << 2 << u"no incident"_s;
        QTest::newRow("leave not there")
            << QStringList{u"leave"_s, u"1"_s, u"Nobody Here"_s} << 2 << u"not on the bridge"_s;
        QTest::newRow("role unknown")
            << QStringList{u"role"_s, u"1"_s, u"captain"_s, u"Kim"_s} << 2 << u"unknown role"_s;
        QTest::newRow("workstream no title")
            << QStringList{u"workstream"_s, u"1"_s} << 2 << u"--title"_s;
        QTest::newRow("workstream bad state")
            << QStringList{u"workstream"_s, u"1"_s, u"--title"_s, u"x"_s, u"--state"_s, u"stuck"_s}
            << 2 << u"unknown workstream state"_s;
        QTest::newRow("handoff both")
            << QStringList{u"handoff"_s,      u"1"_s, u"--role"_s, u"comms"_s,
                           u"--workstream"_s, u"1"_s, u"--to"_s,   u"Kim"_s}
            << 2 << u"either"_s;
        QTest::newRow("handoff neither")
            << QStringList{u"handoff"_s, u"1"_s, u"--to"_s, u"Kim"_s} << 2 << u"either"_s;
        QTest::newRow("handoff no receiver")
            << QStringList{u"handoff"_s, u"1"_s, u"--role"_s, u"comms"_s} << 2 << u"--to"_s;
        QTest::newRow("handoff sme")
            << QStringList{u"handoff"_s, u"1"_s, u"--role"_s, u"sme"_s, u"--to"_s, u"Kim"_s} << 2
            << u"role command"_s;
        QTest::newRow("handoff unknown workstream")
            << QStringList{u"handoff"_s, u"1"_s, u"--workstream"_s, u"77"_s, u"--to"_s, u"Kim"_s}
            << 2 << u"no workstream 77"_s;
        QTest::newRow("ack unknown")
            << QStringList{u"ack-handoff"_s, u"4242"_s} << 2 << u"no handoff"_s;
        QTest::newRow("ack bad id")
            << QStringList{u"ack-handoff"_s, u"x"_s} << 2 << u"must be a number"_s;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        incident();
        const Run r = run(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.startsWith(u"incident-bridge: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(says, Qt::CaseInsensitive), qPrintable(r.err));
    }

    void acknowledgingTwiceIsRefused()
    {
        const QString id = incident();
        const Run h = run({u"handoff"_s, id, u"--role"_s, u"scribe"_s, u"--to"_s, u"Dana"_s});
        QCOMPARE(run({u"ack-handoff"_s, h.out}).code, 0);
        const Run again = run({u"ack-handoff"_s, h.out});
        QCOMPARE(again.code, 2);
        QVERIFY(again.err.contains(u"already acknowledged"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliBoard)
#include "tst_cli_board.moc"
