#include "bulknotes.h"
#include "session/incidentsession.h"
#include "storage/backup.h"
#include "storage/database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace bridge;
using namespace Qt::StringLiterals;

// The random kill delays come from one seeded generator: the seed is printed at the start,
// and BRIDGE_CRASH_SEED=N replays a failing run's delays.
QRandomGenerator &delays()
{
    static QRandomGenerator generator = [] {
        bool given = false;
        const quint32 seed = qEnvironmentVariable("BRIDGE_CRASH_SEED").toUInt(&given);
        const quint32 used = given ? seed : QRandomGenerator::system()->generate();
        qInfo("crash test seed %u (replay with BRIDGE_CRASH_SEED=%u)", used, used);
        return QRandomGenerator(used);
    }();
    return generator;
}

// Kills writers with SIGKILL at random moments. Every entry whose write was acknowledged
// (printed after its commit, or a log command that exited 0) must be there afterwards, no
// entry may be half-written, and SQLite's quick_check must say ok.
// CRASH_KILLS sets how many kills each writer gets (default 50: 150 in all).
class TestCrash : public QObject
{
    Q_OBJECT
private:
    // Kills a child that is still running. processId() is 0 once it has ended, and kill(0)
    // would signal our whole process group, this test included.
    static void killNow(QProcess &p)
    {
        const qint64 pid = p.processId();
        if (pid > 0 && p.state() == QProcess::Running)
            ::kill(pid_t(pid), SIGKILL);
    }

    int kills() const
    {
        const int n = qEnvironmentVariableIntValue("CRASH_KILLS");
        return n > 0 ? n : 50;
    }

    // Opens the file as the app would after a crash: it must open, pass quick_check, and
    // hold one whole state. Returns its entry count, or -1.
    static int entriesAfterCrash(const QString &path)
    {
        auto db = Database::open(path);
        if (!db) {
            qWarning("%s", qPrintable(db.error().message));
            return -1;
        }
        QSqlQuery q(db.value()->connection());
        if (!q.exec(u"PRAGMA quick_check"_s) || !q.next() || q.value(0).toString() != u"ok"_s)
            return -1;
        if (!q.exec(u"SELECT count(*) FROM entry"_s) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // Checks the file after the kills; returns how many entries it holds.
    void verify(const QString &path, const QSet<qint64> &acknowledged, int *total)
    {
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"PRAGMA quick_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QVERIFY(q.exec(u"SELECT id, text FROM entry WHERE kind = 'action'"_s));
        static const QRegularExpression whole(u"^crash entry \\d+ x{200}$|^cli entry \\d+$"_s);
        QSet<qint64> present;
        while (q.next()) {
            present.insert(q.value(0).toLongLong());
            QVERIFY2(whole.match(q.value(1).toString()).hasMatch(), "an entry is half-written");
        }
        for (qint64 id : acknowledged)
            QVERIFY2(present.contains(id), qPrintable(u"acknowledged entry %1 was lost"_s.arg(id)));
        *total = int(present.size());
    }

private slots:
    void sessionWriterSurvivesKills()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crash.sqlite"_s);
        QSet<qint64> acknowledged;
        qint64 next = 0;
        for (int k = 0; k < kills(); ++k) {
            QProcess driver;
            driver.start(QString::fromUtf8(CRASH_DRIVER), {path, QString::number(next)});
            QVERIFY(driver.waitForStarted());
            QTest::qWait(delays().bounded(20, 120));
            killNow(driver);
            if (driver.state() != QProcess::NotRunning)
                QVERIFY(driver.waitForFinished(10000));
            // It only stops when killed: exiting by itself means a crashed file did not reopen.
            QVERIFY2(driver.exitStatus() == QProcess::CrashExit,
                     qPrintable(u"the writer gave up after kill %1: %2"_s.arg(k).arg(
                         QString::fromLocal8Bit(driver.readAllStandardError()))));
            for (const QByteArray &line : driver.readAllStandardOutput().split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 2) {
                    acknowledged.insert(parts.at(1).toLongLong());
                    next = parts.at(0).toLongLong() + 1;
                }
            }
        }
        int total = 0;
        verify(path, acknowledged, &total);
        qInfo("%d kills, %lld acknowledged entries, %d entries in the file, 0 lost", kills(),
              qint64(acknowledged.size()), total);
    }

    void commandLineWriterSurvivesKills()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cli-crash.sqlite"_s);
        QProcess create;
        create.start(QString::fromUtf8(INCIDENT_BRIDGE_BIN),
                     {u"--db"_s, path, u"new"_s, u"--title"_s, u"Crash"_s});
        QVERIFY(create.waitForFinished(30000));
        QCOMPARE(create.exitCode(), 0);
        QSet<qint64> acknowledged;
        int killed = 0;
        for (int n = 0; killed < kills(); ++n) {
            QProcess log;
            log.start(QString::fromUtf8(INCIDENT_BRIDGE_BIN),
                      {u"--db"_s, path, u"log"_s, u"1"_s, u"--kind"_s, u"action"_s,
                       u"cli entry %1"_s.arg(n)});
            QVERIFY(log.waitForStarted());
            // Half the runs are killed part-way; the others must finish and be kept.
            if (n % 2 == 0) {
                QTest::qWait(delays().bounded(1, 40));
                killNow(log);
                ++killed;
            }
            if (log.state() != QProcess::NotRunning)
                QVERIFY(log.waitForFinished(30000));
            // Every run that was not killed must succeed, on whatever the last kill left.
            if (log.exitStatus() == QProcess::NormalExit) {
                QVERIFY2(log.exitCode() == 0,
                         qPrintable(QString::fromLocal8Bit(log.readAllStandardError())));
                acknowledged.insert(log.readAllStandardOutput().trimmed().toLongLong());
            }
        }
        int total = 0;
        verify(path, acknowledged, &total);
        qInfo("%d kills, %lld acknowledged log commands, %d entries in the file, 0 lost", killed,
              qint64(acknowledged.size()), total);
    }

    // A restore killed at any moment leaves the database as it was or as the backup was,
    // never a mix, and never a half-written copy under a backup's name.
    void restoreSurvivesKills()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"restore.sqlite"_s);
        const QString smaller = dir.filePath(u"smaller.sqlite"_s);
        const QString larger = dir.filePath(u"larger.sqlite"_s);
        {
            auto session = IncidentSession::open(path, Database::Location::Given);
            QVERIFY(session);
            const qint64 id
                = session.value()->createIncident({u"Restore"_s, Severity::Sev1, {}})->id;
            QSqlQuery q(session.value()->database().connection());
            const auto addEntries = [&](int count) {
                QVERIFY(insertNotes(session.value()->database().connection(), id, count, [](int i) {
                    return u"restore entry %1 %2"_s.arg(i).arg(QString(300, u'r'));
                }));
            };
            addEntries(400);
            QVERIFY(q.exec(u"VACUUM INTO '%1'"_s.arg(smaller)));
            addEntries(400);
            QVERIFY(q.exec(u"VACUUM INTO '%1'"_s.arg(larger)));
        }
        const int smallCount = entriesAfterCrash(smaller);
        const int largeCount = entriesAfterCrash(larger);
        QVERIFY(smallCount > 0 && largeCount > smallCount);

        int killed = 0;
        int completed = 0;
        for (int k = 0; k < kills(); ++k) {
            const QString &target = k % 2 == 0 ? smaller : larger;
            QProcess restore;
            restore.start(QString::fromUtf8(INCIDENT_BRIDGE_BIN),
                          {u"--db"_s, path, u"restore"_s, target});
            QVERIFY(restore.waitForStarted());
            QTest::qWait(delays().bounded(1, 60));
            killNow(restore);
            if (restore.state() != QProcess::NotRunning)
                QVERIFY(restore.waitForFinished(30000));
            const int count = entriesAfterCrash(path);
            if (restore.exitStatus() == QProcess::NormalExit) {
                QVERIFY2(restore.exitCode() == 0,
                         qPrintable(QString::fromLocal8Bit(restore.readAllStandardError())));
                QCOMPARE(count, target == smaller ? smallCount : largeCount);
                ++completed;
            } else {
                QVERIFY2(
                    count == smallCount || count == largeCount,
                    qPrintable(u"after kill %1 the file holds %2 entries"_s.arg(k).arg(count)));
                ++killed;
            }
        }
        // Whatever a kill interrupted, nothing under a backup's name is half a copy.
        const QList<BackupInfo> backups = listBackups(defaultBackupFolder(path));
        for (const BackupInfo &b : backups)
            QVERIFY2(inspectBackup(b.path, true).restorable(), qPrintable(b.path));
        qInfo("%d restores killed part-way, %d completed, %lld checked backups; every state "
              "whole",
              killed, completed, qint64(backups.size()));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
