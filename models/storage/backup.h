#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace bridge {

// Why a copy was taken; it is part of the file's name so the restore list can say it.
enum class BackupReason { OnDemand, IncidentClosed, BeforeRestore };
QString backupReasonText(BackupReason reason);

struct BackupRequest
{
    QString folder;
    QString stamp; // yyyyMMdd-HHmmss-zzz in local time: names sort in time order
    BackupReason reason = BackupReason::OnDemand;
    int keep = 10;             // how many of the newest copies rotation leaves
    QString spareFromRotation; // the copy about to be restored, never rotated away
};

// A consistent copy of the live database through VACUUM INTO (never a raw file copy),
// written under a temporary name, synced, checked with quick_check and only then renamed
// into place, so the folder never holds a half-written copy under a backup's name.
// Owner-only, in a folder that keeps the newest request.keep copies.
Result<QString> backUpDatabase(QSqlDatabase db, const BackupRequest &request);

// Where backups go by default: a "backups" folder beside the database.
QString defaultBackupFolder(const QString &databasePath);

// What a backup holds, read without writing a byte to it.
struct BackupInfo
{
    QString path;
    QDateTime takenAt; // from the stamp in its name, else the file's time
    BackupReason reason = BackupReason::OnDemand;
    qint64 bytes = 0;
    int schemaVersion = 0;
    qint64 incidents = 0;
    qint64 entries = 0;
    QDateTime lastEntryAt; // the newest entry's time: what the copy knows up to
    QString problem;       // why it cannot be restored; empty when it can
    bool restorable() const { return problem.isEmpty(); }
};
// checkPages runs quick_check too: every page read, so only for the copy about to be used.
BackupInfo inspectBackup(const QString &path, bool checkPages);
// The copies in folder, newest first.
QList<BackupInfo> listBackups(const QString &folder);

// For a database file too damaged to open: moves it (and its -wal and -shm) aside under a
// ".damaged-<stamp>" name, kept byte for byte, and writes a checked copy of backupPath in
// its place. Returns where the damaged file now is.
Result<QString> replaceDamagedFile(const QString &databasePath, const QString &backupPath,
                                   const QString &stamp);

} // namespace bridge
