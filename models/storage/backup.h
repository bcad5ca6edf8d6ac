#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace bridge {

// Why a copy was taken; it is part of the file's name so the restore list can say it.
enum class BackupReason { OnDemand, IncidentClosed, BeforeRestore };
QString backupReasonText(BackupReason reason);

struct BackupRequest
{
    QString folder;
    // When it is taken. Names carry it in UTC and a sequence number one above the folder's
    // highest: copies are ordered by that number, so a clock or zone moving back (the
    // repeated hour) never makes the newest copy look oldest.
    QDateTime takenAt;
    BackupReason reason = BackupReason::OnDemand;
    int keep = 10;             // how many on-request and closing copies rotation leaves
    QString spareFromRotation; // the copy about to be restored, never rotated away
};

// A consistent copy of a database through VACUUM INTO (never a raw file copy), written
// under a temporary name, synced, checked with quick_check and only then given its name
// (never over another file), so the folder never holds a half-written copy under a
// backup's name. Owner-only. Rotation never removes the copy just made nor any copy taken
// before a restore. The folder must be a real folder of ours: a symbolic link or another
// user's folder is refused, and the permissions of a folder we did not create are left.
Result<QString> backUpDatabase(const QSqlDatabase &db, const BackupRequest &request);
Result<QString> backUpHandle(sqlite3 *handle, const BackupRequest &request);

// Half-written copies (".partial" and their "-journal") whose writer is no longer running,
// in folder, for files whose names start with prefix. Run at each backup and at start.
void removeStalePartials(const QString &folder, const QString &prefix);

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
// Whether quick_check finds damage in the file (read only; a file that cannot be read as a
// database counts as damaged).
bool isDamaged(const QString &databasePath);
// The stamp a damaged file is set aside under: UTC, so it never repeats when clocks go back.
QString damagedStamp(const QDateTime &at);

} // namespace bridge
