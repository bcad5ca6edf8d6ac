#include "filedigest.h"
#include "storage/database.h"
#include "storage/incidentwords.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
int mode(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return st.st_mode & 0777;
}

// Makes an SQLite file with the raw C API, as another program would.
void makeSqliteFile(const QString &path, int applicationId, int userVersion)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    const QByteArray sql
        = "CREATE TABLE t(x); PRAGMA application_id = " + QByteArray::number(applicationId)
          + "; PRAGMA user_version = " + QByteArray::number(userVersion) + ";";
    QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

// Entries of the incident whose words hold `word` as a prefix, straight from the index.
int searchCount(QSqlQuery &q, qint64 incident, const QString &word)
{
    q.prepare(u"SELECT count(*) FROM entry_words WHERE entry_words MATCH ?"_s);
    q.addBindValue(incidentWordsPhrase(incident, word));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void freshDatabaseIsConfiguredAndPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.sqlite"_s);
        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE(db.value()->pragma(u"journal_mode"_s), u"wal"_s);
        QCOMPARE(db.value()->pragma(u"synchronous"_s), u"2"_s);
        QCOMPARE(db.value()->pragma(u"foreign_keys"_s), u"1"_s);
        QCOMPARE(db.value()->pragma(u"busy_timeout"_s).toInt(), Database::BusyTimeoutMs);
        QCOMPARE(db.value()->pragma(u"application_id"_s).toLongLong(),
                 qint64(Database::ApplicationId));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QSqlQuery write(db.value()->connection());
        QVERIFY(write.exec(u"INSERT INTO person (name, created_at) VALUES ('x', 0)"_s));
        QCOMPARE(mode(path), 0600);
        QCOMPARE(mode(path + u"-wal"_s), 0600);
        QCOMPARE(mode(path + u"-shm"_s), 0600);
    }

    void reopenKeepsDataAndDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"db.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(u"INSERT INTO person (name, created_at) VALUES ('Maya', 1)"_s));
        }
        auto again = Database::open(path);
        QVERIFY(again);
        QSqlQuery q(again.value()->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM person"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
    }

    // Schemas 5 and 9 rebuilt the search index (prefix indexes, then words tagged with their
    // incident); what schema 4 had indexed must still be found, and new entries indexed.
    void upgradeFromSchema4KeepsSearch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        for (const char *script : {":/sql/0001_initial.sql", ":/sql/0002_board.sql",
                                   ":/sql/0003_updates.sql", ":/sql/0004_review.sql"}) {
            QFile f(QString::fromLatin1(script));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(sqlite3_exec(raw, f.readAll().constData(), nullptr, nullptr, nullptr),
                     SQLITE_OK);
        }
        const QByteArray rows
            = "PRAGMA application_id = " + QByteArray::number(Database::ApplicationId)
              + "; PRAGMA user_version = 4;"
                "INSERT INTO person (name, created_at) VALUES ('Maya', 1);"
                "INSERT INTO incident (title, severity, status, started_at, created_at, "
                "created_by) VALUES ('Checkout down', 1, 'investigating', 1, 1, 1);"
                "INSERT INTO entry (incident_id, kind, actor_id, scribe_id, occurred_at, "
                "logged_at, text) VALUES (1, 'observation', 1, 1, 2, 2, 'Replica lag 340 s');";
        QCOMPARE(sqlite3_exec(raw, rows.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);

        auto db = Database::open(path);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"SELECT sql FROM sqlite_schema WHERE name = 'entry_words'"_s) && q.next());
        QVERIFY(q.value(0).toString().contains(u"prefix"_s));
        const auto found = [&](qint64 incident, const QString &word) {
            return searchCount(q, incident, word);
        };
        for (const QString &prefix : {u"r"_s, u"rep"_s, u"replica"_s, u"34"_s, u"REPLICA"_s})
            QCOMPARE(found(1, prefix), 1);
        QCOMPARE(found(2, u"replica"_s), 0); // another incident's words are not this one's
        QVERIFY(q.exec(
            u"INSERT INTO entry (incident_id, kind, actor_id, scribe_id, "
            "occurred_at, logged_at, text) VALUES (1, 'note', 1, 1, 3, 3, 'Rolled back')"_s));
        QCOMPARE(found(1, u"r"_s), 2);
        QCOMPARE(found(1, u"back"_s), 1);
    }

    // The search index tags each word with its incident. Ids that share digits (5, 55, 555),
    // ids wider than the tag's eight digits and text holding the tag's own separator must
    // each find their own incident's lines only.
    void searchWordsBelongToTheirIncidentWhateverItsId()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"db.sqlite"_s));
        QVERIFY(db);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"INSERT INTO person (id, name, created_at) VALUES (1, 'Maya', 1)"_s));
        const QList<qint64> ids{5, 55, 555, 99999999, 100000000, 5000000000};
        for (qint64 id : ids) {
            QVERIFY2(q.exec(u"INSERT INTO incident (id, title, severity, status, started_at, "
                            "created_at, created_by) VALUES (%1, 'I', 1, 'investigating', 1, 1, "
                            "1)"_s.arg(id)),
                     qPrintable(q.lastError().text()));
            q.prepare(u"INSERT INTO entry (incident_id, kind, actor_id, scribe_id, occurred_at, "
                      "logged_at, text) VALUES (?, 'note', 1, 1, 2, 2, ?)"_s);
            q.addBindValue(id);
            q.addBindValue(u"checkout %1 \u001f5\u001fsecret"_s.arg(id));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        const auto found = [&](qint64 incident, const QString &word) {
            return searchCount(q, incident, word);
        };
        for (qint64 id : ids) {
            QCOMPARE(found(id, u"check"_s), 1);
            QCOMPARE(found(id, QString::number(id)), 1);
            QCOMPARE(found(id, u"secret"_s), 1);
            QCOMPARE(found(id, u"5\u001fsecret"_s), 1); // the separator is only a space here
        }
        QCOMPARE(found(6, u"check"_s), 0);
        QCOMPARE(found(5, u"55"_s), 0);
        // Untagged text is tokenized as unicode61 would, tagged with nothing.
        QVERIFY(q.exec(u"SELECT count(*) FROM entry_words WHERE entry_words MATCH 'checkout'"_s)
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void databaseRefusesDeletingHistory()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"db.sqlite"_s));
        QVERIFY(db);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"INSERT INTO person (id, name, created_at) VALUES (1, 'Maya', 1)"_s));
        QVERIFY(
            q.exec(u"INSERT INTO incident (id, title, severity, status, started_at, created_at, "
                   "created_by) VALUES (1, 't', 1, 'investigating', 0, 0, 1)"_s));
        QVERIFY(q.exec(u"INSERT INTO entry (incident_id, kind, actor_id, scribe_id, occurred_at, "
                       "logged_at, text) VALUES (1, 'note', 1, 1, 0, 0, 'x')"_s));
        QVERIFY(!q.exec(u"DELETE FROM entry"_s));
        QVERIFY(q.lastError().text().contains(u"never deleted"_s));
    }

    void refusedFilesAreLeftUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not sqlite") << u"text"_s << u"not an SQLite file"_s;
        QTest::newRow("short garbage") << u"short"_s << u"not an SQLite file"_s;
        QTest::newRow("other application") << u"other"_s << u"another application"_s;
        QTest::newRow("no application id") << u"plain"_s << u"another application"_s;
        QTest::newRow("newer schema") << u"newer"_s << u"newer Incident Bridge"_s;
        QTest::newRow("read-only") << u"readonly"_s << u"read-only"_s;
    }
    void refusedFilesAreLeftUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"victim.sqlite"_s);
        if (kind == u"text"_s) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("Meeting notes, not a database.\n").repeated(20));
        } else if (kind == u"short"_s) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("SQLite format 3");
        } else if (kind == u"other"_s) {
            makeSqliteFile(path, 0x12345678, 0);
        } else if (kind == u"plain"_s) {
            makeSqliteFile(path, 0, 0);
        } else if (kind == u"newer"_s) {
            makeSqliteFile(path, int(Database::ApplicationId), Database::latestSchemaVersion() + 5);
        } else if (kind == u"readonly"_s) {
            {
                QVERIFY(Database::open(path));
            }
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        }
        const QByteArray before = fileDigest(path);
        QVERIFY(!before.isEmpty());

        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(expected), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(path), "the message names the file");
        QCOMPARE(fileDigest(path), before);
    }

    void readOnlyFolderIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"locked"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/db.sqlite"_s;
        {
            QVERIFY(Database::open(path));
        }
        const QByteArray before = fileDigest(path);
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        auto db = Database::open(path);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(u"folder"_s), qPrintable(db.error().message));
        QCOMPARE(fileDigest(path), before);
        // A new file in a read-only folder is refused before anything is created.
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        auto created = Database::open(folder + u"/new.sqlite"_s);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!created);
        QVERIFY(!QFile::exists(folder + u"/new.sqlite"_s));
    }

    void missingFolderIsExplained()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"no/such/folder/db.sqlite"_s);
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY(db.error().message.contains(u"does not exist"_s));
        QVERIFY(!QFile::exists(path));
        // The default location may create its folder.
        auto created = Database::open(path, Database::Location::Default);
        QVERIFY(created);
    }

    void pathResolutionOrder()
    {
        qputenv("INCIDENT_BRIDGE_DB", "/tmp/from-env.sqlite");
        QCOMPARE(Database::resolvePath(u"/tmp/given.sqlite"_s), u"/tmp/given.sqlite"_s);
        QCOMPARE(Database::resolvePath({}), u"/tmp/from-env.sqlite"_s);
        qunsetenv("INCIDENT_BRIDGE_DB");
        QCOMPARE(Database::resolvePath({}), Database::defaultPath());
        QVERIFY(Database::defaultPath().endsWith(u"/incidents.sqlite"_s));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
