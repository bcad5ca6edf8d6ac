#include "database.h"

#include "incidentwords.h"
#include "schemacheck.h"
#include "sqlerror.h"
#include "sqlitehandle.h"
#include "teamaddress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>

#include <sqlite3.h>

#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Database)
};

constexpr int SqliteHeaderSize = 100;
constexpr char SqliteMagic[] = "SQLite format 3";

QString migrationFile(int version)
{
    return u":/sql/%1_"_s.arg(version, 4, 10, QChar(u'0'));
}

QStringList migrationFiles()
{
    QStringList files = QDir(u":/sql"_s).entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f.prepend(u":/sql/"_s);
    return files;
}

bool hasWriteBits(const QFileInfo &info)
{
    // Root may write anything; a file or folder with no write bit was made read-only on
    // purpose, so honour that too.
    const auto bits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & bits);
}

// What the path is, before anything opens it: opening a FIFO waits for a writer for ever, a
// device is not ours to fill, and a dangling link would be created through.
Done checkPathKind(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat link
    {};
    if (::lstat(native.constData(), &link) != 0)
        return done(); // nothing there: a new database
    struct stat target
    {};
    if (::stat(native.constData(), &target) != 0) {
        return Error::storage(Tr::tr("%1 is a symbolic link to %2, which does not exist. Give the "
                                     "path of the database file itself, or remove the link.")
                                  .arg(path, QFileInfo(path).symLinkTarget()));
    }
    const auto refuse = [&](const QString &what) {
        return Error::storage(Tr::tr("%1 is %2, not a database file. Give the path of a file "
                                     "with --db; nothing was written.")
                                  .arg(path, what));
    };
    if (S_ISFIFO(target.st_mode))
        return refuse(Tr::tr("a named pipe (FIFO)"));
    if (S_ISCHR(target.st_mode) || S_ISBLK(target.st_mode))
        return refuse(Tr::tr("a device"));
    if (S_ISSOCK(target.st_mode))
        return refuse(Tr::tr("a socket"));
    return done();
}

// Reads the 100-byte header without SQLite, so a file we refuse is never opened for writing.
Done checkExistingFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error::storage(
            Tr::tr("%1 is a folder, not a database file. Give the path of a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(Tr::tr("Cannot read %1: %2. Check the file's permissions.")
                                  .arg(path, file.errorString()));
    if (file.size() == 0)
        return done(); // SQLite treats an empty file as an empty database
    const QByteArray header = file.read(SqliteHeaderSize);
    if (header.size() < SqliteHeaderSize || !header.startsWith(QByteArrayView(SqliteMagic)))
        return Error::storage(Tr::tr("%1 is not an Incident Bridge database: it is not an SQLite "
                                     "file at all. Choose another file with --db; this one was "
                                     "left untouched.")
                                  .arg(path));
    const quint32 appId = qFromBigEndian<quint32>(header.constData() + 68);
    if (appId != Database::ApplicationId)
        return Error::storage(Tr::tr("%1 is an SQLite database of another application "
                                     "(application id 0x%2), not Incident Bridge's. Choose another "
                                     "file with --db; this one was left untouched.")
                                  .arg(path)
                                  .arg(appId, 8, 16, QChar(u'0')));
    // The header's page count is trustworthy when its "valid for" counter matches the change
    // counter; a file shorter than those pages lost its end (a copy cut short, a full disk).
    // Not while a WAL or rollback journal holds pages: a checkpoint writes page 1 first, so a
    // crash part-way leaves a short file that the WAL completes when SQLite opens it.
    const bool journalPending
        = QFileInfo(path + u"-wal"_s).size() > 0 || QFileInfo(path + u"-journal"_s).size() > 0;
    const quint32 pageSizeField = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const quint32 pages = qFromBigEndian<quint32>(header.constData() + 28);
    const bool countValid = qFromBigEndian<quint32>(header.constData() + 24)
                            == qFromBigEndian<quint32>(header.constData() + 92);
    if (!journalPending && countValid && pages > 0 && file.size() < pageSize * pages)
        return Error::damaged(
            Tr::tr("%1 is damaged: it is %2 bytes long but holds %3 pages of %4 "
                   "bytes, so its end is missing. Restore it from a backup (the window offers them "
                   "when it starts, or run incident-bridge restore); this file "
                   "was left untouched.")
                .arg(path)
                .arg(file.size())
                .arg(pages)
                .arg(pageSize));
    if (!hasWriteBits(info))
        return Error::storage(Tr::tr("Cannot write %1: the file is read-only. Make it writable or "
                                     "choose another file with --db; it was left untouched.")
                                  .arg(path));
    if (!hasWriteBits(QFileInfo(info.absolutePath())))
        return Error::storage(Tr::tr("Cannot write in the folder of %1: SQLite needs to create its "
                                     "journal beside the file. Make the folder writable or move "
                                     "the file; it was left untouched.")
                                  .arg(path));
    return done();
}

// Creates the file owner-only before SQLite sees it; its -wal and -shm files inherit the mode.
Done createPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    if (!dir.exists())
        return Error::storage(Tr::tr("Cannot create %1: the folder %2 does not exist. Create it "
                                     "or choose another file with --db.")
                                  .arg(path, dir.path()));
    if (!hasWriteBits(QFileInfo(dir.path())))
        return Error::storage(Tr::tr("Cannot create %1: the folder %2 is not writable. Choose "
                                     "another file with --db.")
                                  .arg(path, dir.path()));
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error::storage(
            Tr::tr("Cannot create %1: %2.").arg(path, QString::fromLocal8Bit(strerror(errno))));
    ::close(fd);
    return done();
}

Result<int> schemaVersionIn(sqlite3 *handle)
{
    sqlite3_stmt *st = nullptr;
    int rc = sqlite3_prepare_v2(handle, "PRAGMA user_version", -1, &st, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(st);
    const int version = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW)
        return sqliteError(handle, QT_TRANSLATE_NOOP("bridge::Storage", "read the schema version"));
    return version;
}

QString readPragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA "_s + name) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, Location location)
{
    if (isTeamDatabaseUri(path))
        return openTeam(path);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    setStorageFolder(QFileInfo(absolute).absolutePath());
    if (auto kind = checkPathKind(absolute); !kind)
        return kind.error();
    bool created = false;
    if (QFileInfo::exists(absolute)) {
        if (auto checked = checkExistingFile(absolute); !checked)
            return checked.error();
        created = QFileInfo(absolute).size() == 0;
    } else {
        if (location == Location::Default)
            QDir().mkpath(QFileInfo(absolute).absolutePath());
        if (auto made = createPrivateFile(absolute); !made)
            return made.error();
        created = true;
    }

    std::unique_ptr<Database> database(new Database);
    database->m_path = absolute;
    database->m_displayName = absolute;
    database->m_connectionName = newConnectionName();
    database->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database->m_connectionName);
    database->m_db.setDatabaseName(absolute);
    if (!database->m_db.open())
        return Error::storage(
            Tr::tr("Cannot open %1: %2").arg(absolute, database->m_db.lastError().databaseText()));
    // Before anything touches the search index: its triggers run the app's tokenizer.
    if (!registerIncidentWords(sqliteHandle(database->m_db)))
        return Error::storage(Tr::tr("Cannot open %1: this SQLite library has no full-text "
                                     "search (FTS5).")
                                  .arg(absolute));
    if (auto configured = database->configure(created); !configured)
        return Error{configured.error().code,
                     Tr::tr("Cannot use %1: %2").arg(absolute, configured.error().message)};
    if (auto migrated = database->migrate(); !migrated)
        return migrated.error();
    if (auto intact = checkSchemaIntact(sqliteHandle(database->m_db), absolute, migrationFiles());
        !intact)
        return intact.error();
    return database;
}

QString Database::newConnectionName()
{
    static std::atomic<int> counter{0};
    return u"bridge-%1"_s.arg(++counter);
}

void Database::setBusyTimeout(int ms)
{
    if (isTeam()) {
        QSqlQuery q(m_db);
        q.exec(u"SET lock_timeout = %1"_s.arg(ms));
        return;
    }
    sqlite3_busy_timeout(sqliteHandle(m_db), ms);
}

Done Database::configure(bool created)
{
    QSqlQuery q(m_db);
    // The timeout first, so every later statement waits for another writer instead of failing.
    if (!q.exec(u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs)))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "set the busy timeout"));

    // A read that fails (another process holds an exclusive lock) is an error, never schema 0.
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the schema version"));
    const int version = q.value(0).toInt();
    q.finish();
    if (!created && version > latestSchemaVersion()) {
        return Error::storage(Tr::tr("it was written by a newer Incident Bridge (schema %1; this "
                                     "build knows up to %2). Update Incident Bridge to open it; "
                                     "the file was left untouched.")
                                  .arg(version)
                                  .arg(latestSchemaVersion()));
    }
    if (created) {
        // Stamp the file as ours before switching to WAL, so the id is in the main file
        // even if we crash before the first checkpoint.
        if (!q.exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId)))
            return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "stamp the new database"));
    }
    const struct
    {
        QString set;
        QString name;
        QString expected;
    } pragmas[] = {
        {u"PRAGMA journal_mode = WAL"_s, u"journal_mode"_s, u"wal"_s},
        {u"PRAGMA synchronous = FULL"_s, u"synchronous"_s, u"2"_s},
        {u"PRAGMA foreign_keys = ON"_s, u"foreign_keys"_s, u"1"_s},
    };
    for (const auto &p : pragmas) {
        // A refusal SQLite can explain (a damaged file, a lock held) says so in its own words.
        if (!q.exec(p.set))
            return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "open the database"));
        q.finish();
        const QString actual = readPragma(m_db, p.name);
        if (actual.compare(p.expected, Qt::CaseInsensitive) != 0)
            return Error::storage(Tr::tr("SQLite did not accept %1 (it reports %2).")
                                      .arg(p.set, actual.isEmpty() ? Tr::tr("an error") : actual));
    }
    if (readPragma(m_db, u"application_id"_s).toLongLong() != ApplicationId)
        return Error::storage(Tr::tr("the application id could not be written."));
    m_schemaVersion = version;
    return done();
}

Done Database::migrate()
{
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return Error::storage(Tr::tr("The SQLite driver gave no native handle."));
    const QStringList files = migrationFiles();
    for (int version = m_schemaVersion + 1; version <= files.size(); ++version) {
        const QString &file = files.at(version - 1);
        if (!file.startsWith(migrationFile(version)))
            return Error::storage(Tr::tr("Migration %1 is missing from this build.").arg(version));
        QFile script(file);
        if (!script.open(QIODevice::ReadOnly))
            return Error::storage(Tr::tr("Cannot read migration %1.").arg(file));
        if (sqlite3_exec(handle, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
            return sqliteError(handle,
                               QT_TRANSLATE_NOOP("bridge::Storage", "upgrade the database"));
        // The version that decides this step is read inside its transaction: another
        // process may have upgraded the file since it was opened.
        const auto current = schemaVersionIn(handle);
        if (!current || *current >= version) {
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            if (!current)
                return current.error();
            m_schemaVersion = *current;
            continue;
        }
        // sqlite3_exec runs a whole script; QSqlQuery prepares one statement at a time.
        const QByteArray sql = script.readAll() + "\nPRAGMA user_version = "
                               + QByteArray::number(version) + ";\nCOMMIT;";
        char *message = nullptr;
        if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString why = QString::fromUtf8(message);
            sqlite3_free(message);
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            return Error::storage(Tr::tr("Could not upgrade %1 to schema %2: %3. The database was "
                                         "left at schema %4.")
                                      .arg(m_path)
                                      .arg(version)
                                      .arg(why)
                                      .arg(m_schemaVersion));
        }
        m_schemaVersion = version;
    }
    return done();
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

qint64 Database::dataVersion() const
{
    if (isTeam()) {
        // Writers number their changes in commit order (see WriteTransaction), so the newest
        // number moves exactly when someone commits.
        QSqlQuery q(m_db);
        if (!q.exec(u"SELECT coalesce(max(seq), 0) FROM change_log"_s) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    return readPragma(m_db, u"data_version"_s).toLongLong();
}

qint64 Database::schemaCookie() const
{
    if (isTeam())
        return m_schemaVersion; // nobody restores a server under a live session
    return readPragma(m_db, u"schema_version"_s).toLongLong();
}

Done Database::replaceWith(const QString &backupPath, const std::function<Done()> &whileLocked)
{
    if (isTeam())
        return Error::invalid(teamBackupMessage());
    const char *doing = QT_TRANSLATE_NOOP("bridge::Storage", "restore the backup");
    sqlite3 *live = sqliteHandle(m_db);
    if (!live)
        return Error::storage(Tr::tr("The SQLite driver gave no native handle."));
    ReadOnlySqliteFile source(backupPath);
    // A WAL database cannot take pages of another size; our own backups never differ.
    const auto pageSize = source.value("PRAGMA page_size");
    if (!pageSize)
        return sqliteError(source.errorCode(), doing);
    if (pageSize->toLongLong() != readPragma(m_db, u"page_size"_s).toLongLong())
        return Error::invalid(Tr::tr("Could not restore the backup: its page size (%1 bytes) "
                                     "differs from this database's. Nothing was changed.")
                                  .arg(*pageSize));
    sqlite3_backup *copy = sqlite3_backup_init(live, "main", source.handle(), "main");
    if (!copy)
        return sqliteError(live, doing);
    // One page first: the step takes the write lock and keeps it until the copy is done, so
    // whileLocked sees the last committed state and nobody commits after it.
    int stepped = sqlite3_backup_step(copy, 1);
    if (stepped != SQLITE_OK && stepped != SQLITE_DONE) {
        sqlite3_backup_finish(copy);
        return sqliteError(stepped, doing);
    }
    if (whileLocked) {
        if (auto ran = whileLocked(); !ran) {
            sqlite3_backup_finish(copy); // rolls the unfinished restore back
            return ran;
        }
    }
    // The rest in one step: one write transaction on the live file.
    if (stepped == SQLITE_OK)
        stepped = sqlite3_backup_step(copy, -1);
    sqlite3_backup_finish(copy);
    if (stepped != SQLITE_DONE)
        return sqliteError(stepped, doing);
    m_schemaVersion = readPragma(m_db, u"user_version"_s).toInt();
    return migrate();
}

QString Database::pragma(const QString &name) const
{
    if (isTeam())
        return {};
    return readPragma(m_db, name);
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(migrationFiles().size());
}

QString Database::defaultPath()
{
    // Named outright rather than through AppDataLocation, which follows the organization
    // name: the file stays where every earlier version put it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + u"/incident-bridge/incidents.sqlite"_s;
}

QString Database::resolvePath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    QString fromEnvironment = qEnvironmentVariable("INCIDENT_BRIDGE_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

} // namespace bridge
