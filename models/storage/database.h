#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace bridge {

// The one SQLite file that holds every incident, and this process's one connection to it.
// open() refuses, without writing a byte, files that are not ours or too new for us.
class Database
{
public:
    static constexpr quint32 ApplicationId = 0x49427267; // "IBrg"
    static constexpr int BusyTimeoutMs = 5000;

    enum class Location { Given, Default };

    // Opens or creates the database at path. Location::Default may create the folder.
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
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // Changes whenever another connection commits to the file (PRAGMA data_version).
    qint64 dataVersion() const;
    // Changes when the schema does: a migration, or a restore replacing every page.
    qint64 schemaCookie() const;

    // Replaces every page of this database with those of a backup, in one write transaction
    // through SQLite's backup API: other connections see the old data or the new, never a
    // mix, and a crash part-way leaves the old. Then upgrades it to this build's schema.
    // Check the backup with inspectBackup() first.
    // whileLocked runs once this connection holds the write lock and before any restored
    // page is committed: what it reads through another connection is the last state before
    // the restore, and no other writer can land in between (the copy taken before a restore).
    // If it fails nothing is replaced.
    Done replaceWith(const QString &backupPath, const std::function<Done()> &whileLocked = {});

    // How long a statement waits for another connection's write lock before failing:
    // BusyTimeoutMs normally, less when the holder is known to keep it for long (an import).
    void setBusyTimeout(int ms);

    // The pragma values as read back after open, for tests and diagnostics.
    QString pragma(const QString &name) const;

private:
    Database() = default;
    Done configure(bool created);
    Done migrate();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    int m_schemaVersion = 0;
};

} // namespace bridge
