#include "filedigest.h"
#include "storage/backup.h"
#include "storage/incidentwords.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>

#include <sqlite3.h>

#include <sys/stat.h>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
// Runs SQL on a file without our checks in the way: to age a copy, or make one another's.
void exec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

QStringList texts(bridge::IncidentSession &session, qint64 incident)
{
    QStringList list;
    for (const bridge::Entry &e : *session.entries(incident))
        list << e.text;
    return list;
}

QStringList backupNames(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private slots:
    void backupIsACheckedPrivateCopy()
    {
        TestBridge t;
        const qint64 id = t.newIncident(u"Checkout 503s"_s);
        t.log(id, u"Rolled back"_s);
        auto copy = t.session->backUp();
        QVERIFY2(copy, copy ? "" : qPrintable(copy.error().message));
        QVERIFY(copy->startsWith(t.dir.path() + u"/backups/incidents-"_s));
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(*copy).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        // The copy opens as a database of ours and holds what the original held.
        auto restored = IncidentSession::open(*copy, Database::Location::Given);
        QVERIFY(restored);
        QCOMPARE(restored.value()->incidents().size(), 1);
        QCOMPARE(restored.value()->entries(id)->last().text, u"Rolled back"_s);
    }

    void closingAnIncidentTakesABackup()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const QString folder = defaultBackupFolder(t.path());
        QVERIFY(!QDir(folder).exists());
        QVERIFY(t.session->setStatus(id, Status::Resolved));
        QVERIFY(!QDir(folder).exists());
        QVERIFY(t.session->setStatus(id, Status::Closed));
        QCOMPARE(QDir(folder).entryList({u"*.sqlite"_s}, QDir::Files).size(), 1);
    }

    void keepsTheNewestCopiesWhateverTheClockSays()
    {
        TestBridge t;
        t.newIncident();
        const QString folder = t.dir.filePath(u"rotating"_s);
        // The clock runs backwards (a correction, the repeated hour): taken last is newest.
        const auto request = [&](int hoursBack, BackupReason reason = BackupReason::OnDemand) {
            BackupRequest r;
            r.folder = folder;
            r.takenAt
                = QDateTime(QDate(2026, 10, 25), QTime(3, 0), Qt::UTC).addSecs(-3600 * hoursBack);
            r.reason = reason;
            r.keep = 3;
            return r;
        };
        const QString before = must(backUpDatabase(t.session->database().connection(),
                                                   request(9, BackupReason::BeforeRestore)));
        QStringList taken;
        for (int i = 0; i < 5; ++i)
            taken << must(backUpDatabase(t.session->database().connection(), request(i)));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(QFileInfo::exists(taken.at(i)), i >= 2);
        QVERIFY(QFileInfo::exists(before)); // never rotated away
        // Newest first in the list, by the order they were taken, not by their clock.
        const QList<BackupInfo> listed = listBackups(folder);
        QCOMPARE(listed.first().path, QFileInfo(taken.last()).absoluteFilePath());
        QCOMPARE(listed.last().path, QFileInfo(before).absoluteFilePath());
        QVERIFY(QFileInfo(taken.last())
                    .fileName()
                    .startsWith(u"incidents-20261024T230000.000Z-000006"_s));
    }

    void backupsAreRenamedIntoPlaceOnlyWhenChecked()
    {
        TestBridge t;
        t.newIncident();
        const QString folder = defaultBackupFolder(t.path());
        // A half-written copy a crash left behind under a temporary name is cleared away.
        QDir().mkpath(folder);
        const QString stale = folder + u"/.incidents-20260101-000000-000.sqlite.partial"_s;
        QFile junk(stale);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("half a copy");
        junk.flush();
        QVERIFY(junk.setFileTime(QDateTime::currentDateTime().addSecs(-7200),
                                 QFileDevice::FileModificationTime));
        junk.close();
        auto copy = t.session->backUp();
        QVERIFY(copy);
        QCOMPARE(backupNames(folder), QStringList{QFileInfo(*copy).fileName()});
    }

    void restoreBringsBackTheCopyAndKeepsTheCurrentOne()
    {
        TestBridge t;
        const qint64 id = t.newIncident(u"Checkout 503s"_s);
        t.log(id, u"Rolled back the payment service"_s);
        const auto copy = t.session->backUp();
        QVERIFY(copy);
        t.clock.advance(600);
        t.log(id, u"Disabled the retry storm"_s);
        const qint64 later = t.newIncident(u"Search latency"_s);
        QCOMPARE(t.session->undoStack()->count(), 2);
        QSignalSpy replaced(t.session.get(), &IncidentSession::databaseReplaced);

        const auto safety = t.session->restoreBackup(*copy);
        QVERIFY2(safety, safety ? "" : qPrintable(safety.error().message));
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(t.session->incidents().size(), 1);
        QVERIFY(!t.session->incident(later));
        QVERIFY(texts(*t.session, id).contains(u"Rolled back the payment service"_s));
        QVERIFY(!texts(*t.session, id).contains(u"Disabled the retry storm"_s));
        QCOMPARE(t.session->undoStack()->count(), 0); // it spoke of entries now gone
        // Work goes on: a new entry is logged and found by search.
        const Entry next = t.log(id, u"Paged the database owner"_s);
        QCOMPARE(t.session->textMatches(id, u"paged"_s).value(), QList<qint64>{next.id});
        QCOMPARE(t.session->textMatches(id, u"rolled"_s).value().size(), 1);
        // What was there before the restore is kept, checked, and named for why.
        QVERIFY(safety->endsWith(u"-before-restore.sqlite"_s));
        const BackupInfo before = inspectBackup(*safety, true);
        QVERIFY2(before.restorable(), qPrintable(before.problem));
        QCOMPARE(before.incidents, 2);
        QCOMPARE(before.reason, BackupReason::BeforeRestore);
        QCOMPARE(QFileInfo(*copy).exists(), true);
    }

    void anotherWindowSeesTheRestore()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const auto copy = t.session->backUp();
        QVERIFY(copy);
        t.clock.advance(60);
        t.log(id, u"Only in the newer state"_s);
        auto other = IncidentSession::open(t.path(), Database::Location::Given);
        QVERIFY(other);
        QSignalSpy replaced(other.value().get(), &IncidentSession::databaseReplaced);
        QSignalSpy added(other.value().get(), &IncidentSession::entryAdded);
        QVERIFY(t.session->restoreBackup(*copy));
        other.value()->pollExternalChanges();
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(added.size(), 0); // nothing announced as new from a replaced file
        QVERIFY(!texts(*other.value(), id).contains(u"Only in the newer state"_s));
    }

    void refusedBackupsChangeNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not SQLite") << u"text"_s << u"cannot be read as a database"_s;
        QTest::newRow("another application's")
            << u"foreign"_s << u"not an Incident Bridge backup"_s;
        QTest::newRow("newer schema") << u"newer"_s << u"newer Incident Bridge"_s;
        QTest::newRow("damaged pages") << u"damaged"_s << u"is damaged"_s;
        QTest::newRow("missing") << u"missing"_s << u"cannot be read"_s;
        QTest::newRow("the database itself") << u"self"_s << u"the database itself"_s;
    }

    void refusedBackupsChangeNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        TestBridge t;
        const qint64 id = t.newIncident();
        t.log(id, u"Must survive"_s);
        const auto good = t.session->backUp();
        QVERIFY(good);
        const QString folder = defaultBackupFolder(t.path());
        QString bad = t.dir.filePath(u"bad.sqlite"_s);
        if (kind == u"text"_s) {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        } else if (kind == u"foreign"_s) {
            exec(bad, "CREATE TABLE notes(x); INSERT INTO notes VALUES (1);");
        } else if (kind == u"newer"_s) {
            QVERIFY(QFile::copy(*good, bad));
            exec(bad, "PRAGMA user_version = 99");
        } else if (kind == u"damaged"_s) {
            QVERIFY(QFile::copy(*good, bad));
            QFile f(bad);
            QVERIFY(f.open(QIODevice::ReadWrite));
            for (qint64 at = 2 * 4096; at + 4096 <= f.size(); at += 2 * 4096) {
                f.seek(at + 8);
                f.write(QByteArray(4096 - 16, char(0xa5)));
            }
        } else if (kind == u"self"_s) {
            bad = t.path();
        } else {
            bad = t.dir.filePath(u"nowhere.sqlite"_s);
        }
        const QStringList backupsBefore = backupNames(folder);
        const QByteArray badBefore = kind == u"self"_s ? QByteArray() : fileDigest(bad);
        QSignalSpy replaced(t.session.get(), &IncidentSession::databaseReplaced);
        const auto refused = t.session->restoreBackup(bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
        QCOMPARE(replaced.size(), 0);
        QVERIFY(texts(*t.session, id).contains(u"Must survive"_s));
        QCOMPARE(backupNames(folder), backupsBefore); // not even a safety copy was needed
        if (kind != u"self"_s)
            QCOMPARE(fileDigest(bad), badBefore);
        qInfo("%s: %s", qPrintable(kind), qPrintable(refused.error().message));
    }

    void olderSchemaIsUpgradedAfterRestore()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        t.log(id, u"Failover to the standby"_s);
        const auto copy = t.session->backUp();
        QVERIFY(copy);
        // Make it a real schema-5 copy: without what schema 6 added (the change feed and the
        // handoff's acknowledged_by and withdrawn_at columns), nor what 7, 8 and 9 added.
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(*copy).constData(), &db), SQLITE_OK);
            QVERIFY(registerIncidentWords(db)); // the search triggers' tokenizer
            // Schema 5's search index, as 0005 made it, in place of 9's.
            QFile schema5(u":/sql/0005_search_prefixes.sql"_s);
            QVERIFY(schema5.open(QIODevice::ReadOnly));
            QByteArray searchIndex;
            for (const QByteArray &line : schema5.readAll().split('\n'))
                if (!line.startsWith("DROP"))
                    searchIndex += line + '\n';
            QCOMPARE(sqlite3_exec(db,
                                  "DROP TRIGGER entry_words_after_insert; "
                                  "DROP TRIGGER entry_words_after_update; DROP TABLE entry_words;",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, searchIndex.constData(), nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE name LIKE 'feed_%'", -1,
                               &st, nullptr);
            QStringList triggers;
            while (sqlite3_step(st) == SQLITE_ROW)
                triggers << QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
            sqlite3_finalize(st);
            QVERIFY(triggers.size() > 10);
            for (const QString &name : std::as_const(triggers))
                QCOMPARE(sqlite3_exec(db, ("DROP TRIGGER " + name.toUtf8()).constData(), nullptr,
                                      nullptr, nullptr),
                         SQLITE_OK);
            QCOMPARE(sqlite3_exec(db,
                                  "DROP TABLE change_log; DROP TABLE access_token; "
                                  "DROP TABLE alert_link; DROP TABLE alert_delivery; "
                                  "DROP INDEX entry_pinned; "
                                  "ALTER TABLE handoff DROP COLUMN acknowledged_by; "
                                  "ALTER TABLE handoff DROP COLUMN withdrawn_at; "
                                  "PRAGMA user_version = 5",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        }
        QCOMPARE(inspectBackup(*copy, true).schemaVersion, 5);
        QVERIFY(t.session->restoreBackup(*copy));
        QCOMPARE(t.session->database().schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(t.session->textMatches(id, u"stand"_s).value().size(), 1);
        // The upgraded copy has its change feed: another session sees a new line.
        auto other = IncidentSession::open(t.path(), Database::Location::Given, nullptr, u"B"_s);
        QVERIFY(other);
        QSignalSpy added(other.value().get(), &IncidentSession::entryAdded);
        t.log(id, u"After the upgrade"_s);
        other.value()->pollExternalChanges();
        QCOMPARE(added.count(), 1);
    }

    void rotationSparesTheCopyBeingRestored()
    {
        TestBridge t;
        t.newIncident();
        const QString folder = defaultBackupFolder(t.path());
        for (int day = 1; day <= 9; ++day) {
            t.clock.set(QDateTime(QDate(2026, 1, day), QTime(12, 0)));
            QVERIFY(t.session->backUp());
        }
        t.clock.set(QDateTime(QDate(2026, 1, 10), QTime(12, 0)));
        QVERIFY(t.session->backUp());
        QCOMPARE(listBackups(folder).size(), 10);
        const QString oldest = listBackups(folder).last().path;
        QVERIFY(oldest.contains(u"20260101"_s));
        t.clock.set(QDateTime(QDate(2026, 1, 11), QTime(12, 0)));
        QVERIFY(t.session->restoreBackup(oldest));
        const QStringList left = QDir(folder).entryList({u"*.sqlite"_s}, QDir::Files, QDir::Name);
        QCOMPARE(left.size(), 11); // the ten newest, and the one restored on top
        QVERIFY(left.contains(QFileInfo(oldest).fileName()));
    }

    void listsBackupsNewestFirstWithWhatTheyHold()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        QVERIFY(t.session->backUp());
        t.clock.advance(3600);
        t.log(id, u"Rolled back"_s);
        QVERIFY(t.session->setStatus(id, Status::Closed)); // backs up as well
        const QString folder = defaultBackupFolder(t.path());
        QFile junk(folder + u"/incidents-20250101-000000-000.sqlite"_s);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database");
        junk.close();

        const QList<BackupInfo> list = listBackups(folder);
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).reason, BackupReason::IncidentClosed);
        QCOMPARE(list.at(0).entries, 3); // opened, rolled back, closed
        QCOMPARE(list.at(0).lastEntryAt, t.clock.now());
        QCOMPARE(list.at(1).reason, BackupReason::OnDemand);
        QCOMPARE(list.at(1).incidents, 1);
        QCOMPARE(list.at(1).entries, 1);
        QVERIFY(list.at(0).takenAt > list.at(1).takenAt);
        QVERIFY(list.at(0).restorable() && list.at(1).restorable());
        QVERIFY(!list.at(2).restorable());
    }

    void damagedFileIsMovedAsideAndReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"incidents.sqlite"_s);
        QString copy;
        {
            auto session = IncidentSession::open(path, Database::Location::Given);
            QVERIFY(session);
            const qint64 id = session.value()->createIncident({u"DNS"_s, Severity::Sev1, {}})->id;
            QVERIFY(session.value()->log(id, {EntryKind::Action, {}, {}, u"Flushed caches"_s}));
            auto taken = session.value()->backUp();
            QVERIFY(taken);
            copy = *taken;
        }
        QFile f(path);
        QVERIFY(f.resize(f.size() / 2));
        const QByteArray damaged = fileDigest(path);
        QCOMPARE(IncidentSession::open(path, Database::Location::Given).error().code,
                 Error::Code::Damaged);

        const auto aside = replaceDamagedFile(path, copy, u"20260328-220000"_s);
        QVERIFY2(aside, aside ? "" : qPrintable(aside.error().message));
        QCOMPARE(*aside, path + u".damaged-20260328-220000"_s);
        QCOMPARE(fileDigest(*aside), damaged);
        QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());
        auto reopened = IncidentSession::open(path, Database::Location::Given);
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
        QCOMPARE(texts(*reopened.value(), 1).last(), u"Flushed caches"_s);
        QVERIFY(!QFileInfo::exists(dir.filePath(u".incidents.sqlite.partial"_s)));

        // A copy that is no good changes nothing at all.
        const QByteArray now = fileDigest(path);
        QVERIFY(!replaceDamagedFile(path, *aside, u"20260328-230000"_s));
        QCOMPARE(fileDigest(path), now);
        QVERIFY(!QFileInfo::exists(path + u".damaged-20260328-230000"_s));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
