// Bad files and a bad disk, through the real binary and the entry bar: each gets a specific
// message and a non-zero exit, and a file we refuse is left byte-for-byte as it was.
#include "bulknotes.h"
#include "clirunner.h"
#include "filedigest.h"
#include "session/incidentsession.h"
#include "storage/incidentwords.h"
#include "timeline/entrybar.h"

#include <QApplication>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/resource.h>

#include <csignal>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
int entryCount(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM entry", -1, &stmt, nullptr);
    const int n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return n;
}

QString quickCheck(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr);
    QString result
        = sqlite3_step(stmt) == SQLITE_ROW
              ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)))
              : u"no answer"_s;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return result;
}
} // namespace

class TestBadFiles : public QObject
{
    Q_OBJECT
private slots:
    void truncatedFileIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cut.sqlite"_s);
        makeIncidentFile(path, 2000);
        QFile f(path);
        QVERIFY(f.resize(f.size() / 2));
        const QByteArray before = fileDigest(path);
        const CliRun run = runCli(path, {u"list"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"is damaged"_s) && run.err.contains(u"end is missing"_s),
                 qPrintable(run.err));
        QVERIFY(run.err.contains(path));
        QCOMPARE(fileDigest(path), before);
        qInfo("truncated: %s", qPrintable(run.err.trimmed()));
    }

    // A checkpoint copies page 1 (with the new page count) before the pages it counts; killed
    // part-way, the file is short but its WAL holds every page. That is not a truncation.
    // (tst_crash hit this about once in twelve runs before the check looked for a WAL.)
    void interruptedCheckpointIsNotMistakenForTruncation()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"live.sqlite"_s);
        const QString copy = dir.filePath(u"crashed.sqlite"_s);
        makeIncidentFile(path, 10);
        sqlite3 *writer = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &writer), SQLITE_OK);
        QVERIFY(registerIncidentWords(writer)); // the search triggers' tokenizer
        QCOMPARE(sqlite3_exec(writer,
                              "PRAGMA wal_autocheckpoint = 0; BEGIN;"
                              "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                              "WHERE i < 3000) INSERT INTO entry (incident_id, kind, actor_id, "
                              "scribe_id, occurred_at, logged_at, text) SELECT 1, 'note', 1, 1, "
                              "i, i, 'after the checkpoint ' || i FROM n; COMMIT;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(writer, "PRAGMA page_count", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        const quint32 pages = quint32(sqlite3_column_int(stmt, 0));
        sqlite3_finalize(stmt);
        // The state a kill leaves: the WAL as it is, page 1 already saying how many pages.
        QVERIFY(QFile::copy(path, copy));
        QVERIFY(QFile::copy(path + u"-wal"_s, copy + u"-wal"_s));
        sqlite3_close(writer);
        {
            QFile f(copy);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY2(f.size() < qint64(pages) * 4096, "the file must be shorter than its count");
            uchar count[4];
            qToBigEndian(pages, count);
            f.seek(28);
            f.write(reinterpret_cast<const char *>(count), 4);
        }
        const CliRun run = runCli(copy, {u"list"_s});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(entryCount(copy), entryCount(path));
        QCOMPARE(quickCheck(copy), u"ok"_s);
    }

    void corruptedPagesAreReportedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"corrupt.sqlite"_s);
        makeIncidentFile(path, 2000);
        {
            // Every fourth page from the third on: the entry table cannot escape.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 page = 4096;
            for (qint64 at = 2 * page; at + page <= f.size(); at += 4 * page) {
                f.seek(at + 8);
                f.write(QByteArray(int(page - 16), char(0xa5)));
            }
        }
        const QByteArray before = fileDigest(path);
        const CliRun run = runCli(path, {u"show"_s, u"1"_s});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"damaged"_s) && run.err.contains(u"backup"_s),
                 qPrintable(run.err));
        QCOMPARE(fileDigest(path), before);
        qInfo("corrupted pages: %s", qPrintable(run.err.trimmed()));
    }

    void lockedBeyondTheBusyTimeoutIsExplained()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"locked.sqlite"_s);
        makeIncidentFile(path, 10);
        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &holder), SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        QElapsedTimer waited;
        waited.start();
        const CliRun run = runCli(path, {u"log"_s, u"1"_s, u"--kind"_s, u"note"_s, u"waits"_s});
        sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(holder);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(u"Another program is holding the database"_s),
                 qPrintable(run.err));
        QVERIFY(waited.elapsed() >= 4500); // it waited out the busy timeout first
        QCOMPARE(entryCount(path), 11);
        qInfo("locked: %s", qPrintable(run.err.trimmed()));
    }

    // A file size limit turns the write of a big entry into an I/O error half-way through.
    void writeErrorLosesNothingAndHalfWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"limited.sqlite"_s);
        makeIncidentFile(path, 10);
        QProcess p;
        p.setChildProcessModifier([] {
            ::signal(SIGXFSZ, SIG_IGN); // fail the write with EFBIG instead of killing us
            const rlimit limit{48 * 1024, 48 * 1024};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        p.start(
            QString::fromUtf8(INCIDENT_BRIDGE_BIN),
            {u"--db"_s, path, u"log"_s, u"1"_s, u"--kind"_s, u"note"_s, QString(100 * 1024, u'x')});
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(u"The disk reported an error"_s), qPrintable(err));
        QCOMPARE(entryCount(path), 11);
        QCOMPARE(quickCheck(path), u"ok"_s);
        qInfo("file size limit: %s", qPrintable(err.trimmed()));
    }

    // A real full disk: a 1 MiB tmpfs. Needs the right to mount; skipped without it.
    void fullDiskKeepsTheTypedText()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(u"small"_s);
        QVERIFY(QDir().mkpath(mountPoint));
        if (::mount("tmpfs", QFile::encodeName(mountPoint).constData(), "tmpfs", 0,
                    "size=1m,mode=0700")
            != 0)
            QSKIP("cannot mount a small tmpfs here (needs root or CAP_SYS_ADMIN)");
        const auto unmount = qScopeGuard(
            [&] { ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH); });
        const QString path = mountPoint + u"/full.sqlite"_s;
        int logged = 0;
        QString typed;
        {
            auto session = IncidentSession::open(path, Database::Location::Given);
            QVERIFY2(session, session ? "" : qPrintable(session.error().message));
            const qint64 id = session.value()->createIncident({u"Disk"_s, Severity::Sev2, {}})->id;
            EntryBar bar(session.value().get());
            bar.setIncident(id);
            for (int i = 0; i < 10000 && bar.errorText().isEmpty(); ++i) {
                typed = u"Entry %1 "_s.arg(i) + QString(2000, u'z');
                bar.textEdit()->setText(typed);
                emit bar.textEdit()->returnPressed();
                if (bar.errorText().isEmpty())
                    ++logged;
            }
            QVERIFY2(bar.errorText().contains(u"disk is full"_s), qPrintable(bar.errorText()));
            QCOMPARE(bar.textEdit()->text(), typed); // nothing the scribe typed is lost
            qInfo("full disk after %d entries: %s", logged, qPrintable(bar.errorText()));

            const CliRun run = runCli(path, {u"log"_s, QString::number(id), u"--kind"_s, u"note"_s,
                                             QString(20000, u'y')});
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(u"disk is full"_s), qPrintable(run.err));
            qInfo("full disk, command line: %s", qPrintable(run.err.trimmed()));
        }
        QCOMPARE(entryCount(path), logged + 1); // and the opening entry
        QCOMPARE(quickCheck(path), u"ok"_s);
    }
};

QTEST_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
