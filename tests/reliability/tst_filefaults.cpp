// Faults around the write path, through the real binary and real file-system objects in a
// temporary folder: damaged pages, planted links, FIFOs and devices, killed backups, a clock
// that goes back (faketime), a lock held while the schema is read.
#include "bulknotes.h"
#include "clirunner.h"
#include "filedigest.h"
#include "session/incidentsession.h"
#include "storage/backup.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
// Every fourth page from the third on gets garbage, the header stays: it opens, but reading
// the timeline (or copying it) fails.
void damagePages(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 page = 4096;
    for (qint64 at = 2 * page; at + page <= f.size(); at += 4 * page) {
        f.seek(at + 8);
        f.write(QByteArray(int(page - 16), char(0xa5)));
    }
}

int rawMode(const QString &path)
{
    struct stat st
    {};
    ::lstat(QFile::encodeName(path).constData(), &st);
    return int(st.st_mode & 07777);
}
} // namespace

class TestFileFaults : public QObject
{
    Q_OBJECT
private slots:
    void aDamagedDatabaseIsRestoredFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bridge.sqlite"_s);
        makeIncidentFile(path, 3000);
        const CliRun backedUp = runCli(path, {u"backup"_s});
        QCOMPARE(backedUp.code, 0);
        const QString backup = backedUp.out.trimmed();
        damagePages(path);
        const QByteArray damaged = fileDigest(path);
        const CliRun shown = runCli(path, {u"show"_s, u"1"_s});
        QCOMPARE(shown.code, 1);
        QVERIFY2(shown.err.contains(u"damaged"_s), qPrintable(shown.err));
        QVERIFY2(!shown.err.contains(u"disk is full"_s), qPrintable(shown.err));

        const CliRun restored = runCli(path, {u"restore"_s, backup});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QVERIFY2(!restored.err.contains(u"disk is full"_s), qPrintable(restored.err));
        // The damaged file is kept aside byte for byte, and the database works again.
        const QString aside = restored.out.section(u"kept as "_s, 1).trimmed().chopped(1);
        QCOMPARE(fileDigest(aside), damaged);
        const CliRun again = runCli(path, {u"show"_s, u"1"_s});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY(again.out.contains(u"Entry 2999"_s));
    }

    void backupsNeverRotateAwayTheNewestWhenTheClockGoesBack()
    {
        const QString faketime = QStandardPaths::findExecutable(u"faketime"_s);
        if (faketime.isEmpty())
            QSKIP("faketime is not installed (.ci/install-deps installs it)");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bridge.sqlite"_s);
        makeIncidentFile(path, 10);
        // Twelve copies, each taken at a clock a few minutes earlier than the last (the
        // hour repeated when clocks go back, in the machine's own zone).
        QStringList printed;
        for (int i = 0; i < 12; ++i) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"TZ"_s, u"Europe/Berlin"_s);
            // faketime is preloaded ahead of a sanitizer runtime; let the sanitizer accept it.
            env.insert(u"ASAN_OPTIONS"_s,
                       env.value(u"ASAN_OPTIONS"_s) + u":verify_asan_link_order=0"_s);
            p.setProcessEnvironment(env);
            p.start(faketime,
                    {u"2026-10-25 02:%1:00"_s.arg(59 - 4 * i, 2, 10, QChar(u'0')),
                     QString::fromUtf8(INCIDENT_BRIDGE_BIN), u"--db"_s, path, u"backup"_s});
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 0);
            printed << QString::fromUtf8(p.readAllStandardOutput()).trimmed();
            QVERIFY2(QFileInfo::exists(printed.last()), qPrintable(printed.last()));
        }
        // A restore keeps its "before restore" copy whatever rotation does.
        const CliRun restored = runCli(path, {u"restore"_s, printed.at(5)});
        QCOMPARE(restored.code, 0);
        const QString safety = restored.out.section(u"kept in "_s, 1).trimmed().chopped(1);
        QVERIFY2(QFileInfo::exists(safety), qPrintable(restored.out));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(runCli(path, {u"backup"_s}).code, 0);
        QVERIFY(QFileInfo::exists(safety));
        const CliRun listed = runCli(path, {u"backups"_s});
        QVERIFY(listed.out.contains(QFileInfo(safety).fileName()));
    }

    void aBackupsFolderThatIsALinkIsRefusedAndLeftAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bridge.sqlite"_s);
        makeIncidentFile(path, 5);
        const QString shared = dir.filePath(u"shared"_s);
        QVERIFY(QDir().mkpath(shared));
        QVERIFY(::chmod(QFile::encodeName(shared).constData(), 01777) == 0);
        QFile keepMe(shared + u"/incidents-20260101-000000-000.sqlite"_s);
        QVERIFY(keepMe.open(QIODevice::WriteOnly));
        keepMe.close();
        QVERIFY(QFile::link(shared, dir.filePath(u"backups"_s)));
        const CliRun run = runCli(path, {u"backup"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"symbolic link"_s), qPrintable(run.err));
        QCOMPARE(rawMode(shared), 01777);
        QCOMPARE(QDir(shared).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void aBackupsFolderWeDidNotMakeKeepsItsPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bridge.sqlite"_s);
        makeIncidentFile(path, 5);
        const QString folder = dir.filePath(u"backups"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0500) == 0);
        runCli(path, {u"backup"_s}); // root may write there, others may not: either way
        QCOMPARE(rawMode(folder), 0500);
        ::chmod(QFile::encodeName(folder).constData(), 0700);
        // One we make is owner-only.
        QTemporaryDir fresh;
        const QString other = fresh.filePath(u"bridge.sqlite"_s);
        makeIncidentFile(other, 5);
        QCOMPARE(runCli(other, {u"backup"_s}).code, 0);
        QCOMPARE(rawMode(fresh.filePath(u"backups"_s)), 0700);
    }

    void leftoversOfKilledBackupsAreCleared()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bridge.sqlite"_s);
        makeIncidentFile(path, 5);
        const QString folder = dir.filePath(u"backups"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString running = u"/.incidents-x.sqlite.partial-%1"_s.arg(::getpid());
        const QStringList stale{u"/.incidents-a.sqlite.partial"_s,
                                u"/.incidents-b.sqlite.partial-journal"_s,
                                u"/.incidents-c.sqlite.partial-999999999"_s,
                                u"/.incidents-c.sqlite.partial-999999999-journal"_s};
        for (const QString &name : stale + QStringList{running}) {
            QFile f(folder + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half a copy");
        }
        const QString besideDb = dir.filePath(u".bridge.sqlite.partial-999999999"_s);
        QFile(besideDb).open(QIODevice::WriteOnly);
        // At start (any command), and at each backup.
        QCOMPARE(runCli(path, {u"list"_s}).code, 0);
        for (const QString &name : stale)
            QVERIFY2(!QFileInfo::exists(folder + name), qPrintable(name));
        QVERIFY(!QFileInfo::exists(besideDb));
        QVERIFY(QFileInfo::exists(folder + running)); // its writer (this test) still runs
    }

    void specialFilesAsTheDatabaseAreRefused()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"pipe"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        CliRun run = runCli(fifo, {u"list"_s}); // it used to wait for a writer for ever
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"named pipe"_s), qPrintable(run.err));

        const QString dangling = dir.filePath(u"dangling.sqlite"_s);
        QVERIFY(QFile::link(dir.filePath(u"gone.sqlite"_s), dangling));
        run = runCli(dangling, {u"list"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"does not exist"_s) && !run.err.contains(u"File exists"_s),
                 qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"gone.sqlite"_s)));

        // A device node of our own, in the temporary folder (needs root to make).
        const QString device = dir.filePath(u"null"_s);
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0) {
            run = runCli(device, {u"list"_s});
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(u"a device"_s), qPrintable(run.err));
            QVERIFY(!QFileInfo::exists(device + u"-journal"_s));
        }
    }

    void aLockedSchemaReadIsBusyNotSchemaZero()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bridge.sqlite"_s);
        makeIncidentFile(path, 5);
        // Another process holds an exclusive lock (rollback journal mode, as an old tool
        // would): reading user_version fails; it must not be taken as an empty database.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const CliRun run = runCli(path, {u"list"_s}, env);
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QCOMPARE(run.code, 1);
        QVERIFY2(!run.err.contains(u"already exists"_s) && !run.err.contains(u"schema 0"_s),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Another program"_s), qPrintable(run.err));
        QCOMPARE(runCli(path, {u"list"_s}).code, 0);
    }

    void aDroppedTriggerIsRefused_data()
    {
        QTest::addColumn<QByteArray>("tamper");
        QTest::addColumn<QString>("trigger");
        QTest::newRow("immutability dropped")
            << QByteArray("DROP TRIGGER entry_never_deleted") << u"entry_never_deleted"_s;
        QTest::newRow("search dropped")
            << QByteArray("DROP TRIGGER entry_words_after_insert") << u"entry_words_after_insert"_s;
        QTest::newRow("revision guard altered")
            << QByteArray("DROP TRIGGER entry_revision_never_updated; CREATE TRIGGER "
                          "entry_revision_never_updated BEFORE UPDATE ON entry_revision WHEN 0 "
                          "BEGIN SELECT 1; END")
            << u"entry_revision_never_updated"_s;
    }
    void aDroppedTriggerIsRefused()
    {
        QFETCH(QByteArray, tamper);
        QFETCH(QString, trigger);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bridge.sqlite"_s);
        makeIncidentFile(path, 5);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, tamper.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const QByteArray before = fileDigest(path);
        const CliRun run = runCli(path, {u"show"_s, u"1"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"changed outside Incident Bridge"_s)
                     && run.err.contains(trigger),
                 qPrintable(run.err));
        QCOMPARE(fileDigest(path), before);
    }
};

QTEST_GUILESS_MAIN(TestFileFaults)
#include "tst_filefaults.moc"
