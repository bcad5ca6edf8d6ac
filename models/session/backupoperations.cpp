// Backups and restores of the whole database (see IncidentSession::backUp, restoreBackup).
#include "incidentsession.h"
#include "storage/backup.h"
#include "storage/sqlitehandle.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace bridge {

Result<QString> IncidentSession::backUp(BackupReason reason, const QString &spareFromRotation)
{
    return backUpDatabase(m_database->connection(),
                          backupRequest(m_database->path(), reason, spareFromRotation));
}

BackupRequest IncidentSession::backupRequest(const QString &databasePath, BackupReason reason,
                                             const QString &spareFromRotation) const
{
    BackupRequest request;
    request.folder = defaultBackupFolder(databasePath);
    request.takenAt = now();
    request.reason = reason;
    request.spareFromRotation = spareFromRotation;
    return request;
}

Result<QString> IncidentSession::restoreBackup(const QString &backupPath)
{
    const QFileInfo chosen(backupPath);
    if (chosen.canonicalFilePath() == QFileInfo(m_database->path()).canonicalFilePath())
        return Error::invalid(tr("%1 is the database itself, not a backup of it. Choose a copy "
                                 "from the backups folder.")
                                  .arg(backupPath));
    const BackupInfo backup = inspectBackup(backupPath, true);
    if (!backup.restorable())
        return Error::invalid(backup.problem);
    // The copy of the database as it is now is taken under the restore's own write lock,
    // through a second connection: what it holds is exactly what the restore replaces, and
    // a writer waiting on the lock lands after the restore, in the restored database.
    std::optional<QString> safety;
    std::optional<Error> safetyFailed;
    auto replaced = m_database->replaceWith(backupPath, [&]() -> Done {
        ReadOnlySqliteFile committed(m_database->path());
        auto copy
            = committed.handle() ? backUpHandle(
                  committed.handle(), backupRequest(m_database->path(), BackupReason::BeforeRestore,
                                                    chosen.absoluteFilePath()))
                                 : Result<QString>(Error::storage(committed.error()));
        if (!copy) {
            safetyFailed = copy.error();
            return copy.error();
        }
        safety = *copy;
        return done();
    });
    if (safetyFailed) {
        // A file too damaged to copy is set aside whole instead (see restoreDamaged()).
        if (isDamaged(m_database->path()))
            return Error::damaged(tr("The database is damaged, so it cannot be copied before the "
                                     "restore (%1). It will be kept aside as it is.")
                                      .arg(safetyFailed->message));
        return Error{safetyFailed->code,
                     tr("Nothing was restored: the database as it is now could not be backed up "
                        "first. %1")
                         .arg(safetyFailed->message)};
    }
    if (!replaced) {
        if (!safety) // the lock was never had: nothing changed
            return Error{replaced.error().code,
                         tr("Nothing was restored. %1").arg(replaced.error().message)};
        // A failed copy changed nothing; a failed upgrade after it left the backup's contents,
        // which the reload below shows as they are.
        reloadAfterReplace();
        return Error{
            replaced.error().code,
            tr("%1 The database as it was is kept in %2.").arg(replaced.error().message, *safety)};
    }
    reloadAfterReplace();
    return *safety;
}

} // namespace bridge
