#include "clirunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Run = CliRun;

// Every command and error, through the real binary.
class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(u"cli.sqlite"_s); }

    Run run(const QStringList &args, const QString &database = {})
    {
        return runCli(database.isEmpty() ? db() : database, args);
    }

    QJsonObject show(const QString &id)
    {
        const Run r = run({u"show"_s, id, u"--json"_s});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QString newIncident(const QString &title = u"Checkout 503s"_s)
    {
        const Run r = run({u"new"_s, u"--title"_s, title, u"--severity"_s, u"SEV2"_s});
        return r.out.trimmed();
    }

private slots:
    void newPrintsTheIdAlone()
    {
        const Run r = run({u"new"_s, u"--title"_s, u"Checkout 503s"_s, u"--severity"_s, u"sev1"_s,
                           u"--started"_s, u"2018-10-21T22:52:00Z"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(QRegularExpression(u"^\\d+\\n$"_s).match(r.out).hasMatch(), qPrintable(r.out));
        const QJsonObject o = show(r.out.trimmed());
        QCOMPARE(o.value(u"severity"_s).toString(), u"SEV1"_s);
        QCOMPARE(o.value(u"status"_s).toString(), u"investigating"_s);
        QCOMPARE(o.value(u"milestones"_s).toObject().value(u"started"_s).toString(),
                 u"2018-10-21T22:52:00.000Z"_s);
    }

    void logAndShowJson()
    {
        const QString id = newIncident();
        Run r = run({u"log"_s, id, u"--kind"_s, u"observation"_s, u"--actor"_s, u"Maya Chen"_s,
                     u"--at"_s, u"2018-10-21T22:52:00+02:00"_s, u"--pin"_s, u"Error"_s, u"rate"_s,
                     u"18%"_s});
        QCOMPARE(r.code, 0);
        const qint64 entryId = r.out.trimmed().toLongLong();
        QVERIFY(entryId > 0);
        const QJsonObject o = show(id);
        for (const char *key : {"id", "title", "severity", "status", "milestones", "entries"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        const QJsonArray entries = o.value(u"entries"_s).toArray();
        // Ordered by occurred_at: the backfilled 2018 entry comes before the opening entry.
        const QJsonObject e = entries.first().toObject();
        QCOMPARE(e.value(u"id"_s).toInteger(), entryId);
        QCOMPARE(e.value(u"kind"_s).toString(), u"observation"_s);
        QCOMPARE(e.value(u"actor"_s).toString(), u"Maya Chen"_s);
        QCOMPARE(e.value(u"text"_s).toString(), u"Error rate 18%"_s);
        QCOMPARE(e.value(u"occurred_at"_s).toString(), u"2018-10-21T20:52:00.000Z"_s);
        QVERIFY(e.value(u"logged_at"_s).toString().endsWith(u'Z'));
        QVERIFY(e.value(u"pinned"_s).toBool());
        QVERIFY(!e.value(u"retracted"_s).toBool());
        QVERIFY(e.contains(u"scribe"_s));
        const QJsonObject m = o.value(u"milestones"_s).toObject();
        for (const char *key : {"started", "mitigated", "resolved", "closed"})
            QVERIFY2(m.contains(QLatin1StringView(key)), key);
        QVERIFY(m.value(u"resolved"_s).isNull());
    }

    void showDatesTheFarFuture()
    {
        // 23:30 UTC on the last day of 9999 is 00:30 on 1 Jan 10000 in Berlin (TZ in ctest).
        const QString id = newIncident();
        QCOMPARE(run({u"log"_s, id, u"--kind"_s, u"note"_s, u"--at"_s, u"9999-12-31T23:30:00Z"_s,
                      u"Far future"_s})
                     .code,
                 0);
        const QString shown = run({u"show"_s, id}).out;
        QVERIFY2(shown.contains(u"\n10000-01-01\n  00:30:00"_s), qPrintable(shown));
    }

    void statusSetsMilestone()
    {
        const QString id = newIncident();
        const Run r = run({u"status"_s, id, u"mitigated"_s, u"--at"_s, u"2030-01-01T00:00:00Z"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject o = show(id);
        QCOMPARE(o.value(u"status"_s).toString(), u"mitigated"_s);
        QCOMPARE(o.value(u"milestones"_s).toObject().value(u"mitigated"_s).toString(),
                 u"2030-01-01T00:00:00.000Z"_s);
        QCOMPARE(o.value(u"entries"_s).toArray().last().toObject().value(u"kind"_s).toString(),
                 u"status"_s);
    }

    void listJson()
    {
        const QString id = newIncident(u"Listed"_s);
        const Run r = run({u"list"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!list.isEmpty());
        bool found = false;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "title", "severity", "status", "started"})
                QVERIFY2(o.contains(QLatin1StringView(key)), key);
            found |= o.value(u"id"_s).toInteger() == id.toLongLong();
        }
        QVERIFY(found);
        const Run plain = run({u"list"_s});
        QCOMPARE(plain.code, 0);
        QVERIFY(plain.out.contains(u"Listed"_s));
        QVERIFY(run({u"show"_s, id}).out.contains(u"Listed"_s));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command"_s;
        QTest::newRow("unknown option")
            << QStringList{u"list"_s, u"--color"_s} << u"Unknown option"_s;
        QTest::newRow("new without title") << QStringList{u"new"_s} << u"title"_s;
        QTest::newRow("bad severity")
            << QStringList{u"new"_s, u"--title"_s, u"x"_s, u"--severity"_s, u"SEV9"_s}
            << u"severity"_s;
        QTest::newRow("bad started")
            << QStringList{u"new"_s, u"--title"_s, u"x"_s, u"--started"_s, u"noon"_s}
            << u"is not a time"_s;
        QTest::newRow("log unknown kind")
            << QStringList{u"log"_s, u"1"_s, u"--kind"_s, u"rumour"_s, u"x"_s} << u"unknown kind"_s;
        QTest::newRow("log system kind")
            << QStringList{u"log"_s, u"1"_s, u"--kind"_s, u"status"_s, u"x"_s} << u"unknown kind"_s;
        QTest::newRow("log no kind") << QStringList{u"log"_s, u"1"_s, u"x"_s} << u"--kind"_s;
        for (const QString &bad : {u"x"_s, u"-1"_s, u"3601"_s, u"1.5"_s})
            QTest::newRow(qPrintable(u"timeout "_s + bad))
                << QStringList{u"--timeout"_s, bad, u"list"_s}
                << u"--timeout takes a whole number"_s;
        QTest::newRow("timeout missing")
            << QStringList{u"list"_s, u"--timeout"_s} << u"Unknown option"_s;
        QTest::newRow("log no text")
            << QStringList{u"log"_s, u"1"_s, u"--kind"_s, u"note"_s} << u"text"_s;
        QTest::newRow("log bad time")
            << QStringList{u"log"_s, u"1"_s, u"--kind"_s, u"note"_s, u"--at"_s, u"25:99"_s, u"x"_s}
            << u"is not a time"_s;
        QTest::newRow("log unknown incident")
            << QStringList{u"log"_s, u"9999"_s, u"--kind"_s, u"note"_s, u"x"_s}
            << u"no incident 9999"_s;
        QTest::newRow("log bad id")
            << QStringList{u"log"_s, u"abc"_s, u"--kind"_s, u"note"_s, u"x"_s}
            << u"must be a number"_s;
        QTest::newRow("status unknown state")
            << QStringList{u"status"_s, u"1"_s, u"fixed"_s} << u"unknown state"_s;
        QTest::newRow("status unknown incident")
            << QStringList{u"status"_s, u"9999"_s, u"resolved"_s} << u"no incident"_s;
        QTest::newRow("show unknown incident")
            << QStringList{u"show"_s, u"9999"_s} << u"no incident"_s;
        QTest::newRow("show no id") << QStringList{u"show"_s} << u"incident id"_s;
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        newIncident();
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(u"incident-bridge: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(says, Qt::CaseInsensitive), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(r.out.isEmpty());
    }

    void unusableDatabaseExitsOneAndIsUntouched()
    {
        const QString path = m_dir.filePath(u"notes.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("not a database at all\n").repeated(50));
        f.close();
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        const QByteArray content = check.readAll();
        check.close();
        const Run r = run({u"list"_s}, path);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.startsWith(u"incident-bridge: "_s));
        QVERIFY(r.err.contains(path));
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), content);

        const Run missing = run({u"list"_s}, m_dir.filePath(u"no/such/dir/x.sqlite"_s));
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(u"does not exist"_s));
    }

    void environmentVariableChoosesDatabase()
    {
        const QString path = m_dir.filePath(u"env.sqlite"_s);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"INCIDENT_BRIDGE_DB"_s, path);
        p.setProcessEnvironment(env);
        p.start(QString::fromUtf8(INCIDENT_BRIDGE_BIN), {u"new"_s, u"--title"_s, u"From env"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(path));
    }

    // INCIDENT_BRIDGE_EXIT_AFTER_PAINT: the window paints once, says so, and quits cleanly.
    void windowCanQuitAfterItsFirstPaint()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"INCIDENT_BRIDGE_EXIT_AFTER_PAINT"_s, u"1"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const CliRun run = runCli(dir.filePath(u"empty.sqlite"_s), {}, env);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, u"painted\n"_s);
    }

    void helpAndVersion()
    {
        QProcess p;
        p.start(QString::fromUtf8(INCIDENT_BRIDGE_BIN), {u"--help"_s});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        for (const char *command : {"new", "log", "status", "list", "show"})
            QVERIFY(help.contains(QLatin1StringView(command)));
        p.start(QString::fromUtf8(INCIDENT_BRIDGE_BIN), {u"--version"_s});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).startsWith(u"incident-bridge "_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
