#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace bridge {

// Where every incident is kept, and this process's one connection to it: an SQLite file (the
// embedded default), or a team database on a PostgreSQL server that several people share.
// open() refuses, without writing a byte, files and databases that are not ours or too new.
// What differs between the two engines stays behind this class and the readers beside it.
class Database
{
public:
    enum class Engine { File, Team };

    static constexpr quint32 ApplicationId = 0x49427267; // "IBrg"
    static constexpr int BusyTimeoutMs = 5000;

    enum class Location { Given, Default };

    // Opens or creates the database at path, or opens the team database a postgresql:// URI
    // names (which `team init` set up). Location::Default may create the file's folder.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  Location location = Location::Given);

    // --db, else INCIDENT_BRIDGE_DB, else the user's data folder.
    static QString resolvePath(const QString &commandLinePath);
    static QString defaultPath();

    // The schema version this build brings (the number of migration files).
    static int latestSchemaVersion();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_db; }
    Engine engine() const { return m_engine; }
    bool isTeam() const { return m_engine == Engine::Team; }
    // The file's absolute path, or the team database's URI (which never holds a password).
    QString path() const { return m_path; }
    // For messages: the path, or "maya@db.example.com:5432/bridge".
    QString displayName() const { return m_displayName; }
    int schemaVersion() const { return m_schemaVersion; }

    // Changes whenever another connection commits (PRAGMA data_version on a file, the change
    // feed's newest number on a server).
    qint64 dataVersion() const;
    // Changes when the schema does: a migration, or a restore replacing every page (a file).
    qint64 schemaCookie() const;

    // Replaces every page of this database with those of a backup, in one write transaction
    // through SQLite's backup API: other connections see the old data or the new, never a
    // mix, and a crash part-way leaves the old. Then upgrades it to this build's schema.
    // Check the backup with inspectBackup() first. A team database refuses: its backups are
    // the server's (pg_dump).
    // whileLocked runs once this connection holds the write lock and before any restored
    // page is committed: what it reads through another connection is the last state before
    // the restore, and no other writer can land in between (the copy taken before a restore).
    // If it fails nothing is replaced.
    Done replaceWith(const QString &backupPath, const std::function<Done()> &whileLocked = {});

    // How long a statement waits for another connection's write lock before failing:
    // BusyTimeoutMs normally, less when the holder is known to keep it for long (an import).
    // On a server: how long a write waits for another client's write.
    void setBusyTimeout(int ms);

    // A team database's connection that the server dropped (or that never came back): every
    // statement on it fails until reconnect() succeeds. Never true for a file.
    bool connectionLost() const;
    // Connects again with the same address and settings. The statements prepared on the old
    // connection are gone with it: whoever held them prepares them again.
    Done reconnect();

    // The pragma values as read back after open, for tests and diagnostics.
    QString pragma(const QString &name) const;

private:
    Database() = default;
    static Result<std::unique_ptr<Database>> openTeam(const QString &uri);
    static QString newConnectionName();
    Done configure(bool created);
    Done configureTeam();
    Done migrate();

    QSqlDatabase m_db;
    QString m_connectionName;
    Engine m_engine = Engine::File;
    QString m_path;
    QString m_displayName;
    int m_schemaVersion = 0;
};

} // namespace bridge
