#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace bridge {

// A consistent copy of the live database through VACUUM INTO (never a raw file copy),
// checked with quick_check before it counts, kept owner-only in a folder that holds the
// newest `keep` copies.
Result<QString> backUpDatabase(QSqlDatabase db, const QString &folder, const QString &stamp,
                               int keep = 10);

// Where backups go by default: a "backups" folder beside the database.
QString defaultBackupFolder(const QString &databasePath);

} // namespace bridge
