#include "sqlerror.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

#include "engine.h"
#include "teamaddress.h"

#include <sqlite3.h>

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Storage)
};
QString &storageFolder()
{
    static QString folder;
    return folder;
}

// SQLITE_FULL with room to spare is damage (a page that points past the end, say).
bool diskIsReallyFull()
{
    if (storageFolder().isEmpty())
        return true;
    const QStorageInfo disk(storageFolder());
    constexpr qint64 roomToSpare = 64LL * 1024 * 1024;
    return !disk.isValid() || disk.bytesAvailable() < roomToSpare;
}
} // namespace

void setStorageFolder(const QString &folder)
{
    storageFolder() = folder;
}

Error sqlError(const QSqlError &error, const char *doing)
{
    const QString action = QCoreApplication::translate("bridge::Storage", doing);
    const int code = error.nativeErrorCode().toInt() & 0xff; // primary result code
    QString advice;
    bool damaged = code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
    switch (code) {
    case SQLITE_FULL:
        if (diskIsReallyFull()) {
            advice = Tr::tr("The disk is full. Free some space and try again; nothing was lost.");
            break;
        }
        damaged = true;
        advice
            = Tr::tr("SQLite found no room to write, yet the disk has %1 free: the database "
                     "file is probably damaged. Restore it from a backup (File → Restore from "
                     "Backup…, or incident-bridge restore).")
                  .arg(QLocale().formattedDataSize(QStorageInfo(storageFolder()).bytesAvailable()));
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        advice = Tr::tr("Another program is holding the database. Try again in a moment.");
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        advice = Tr::tr("The database cannot be written. Check the file's permissions.");
        break;
    case SQLITE_IOERR:
        advice = Tr::tr("The disk reported an error. Check the disk and try again.");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        advice = Tr::tr("The database file is damaged. Restore it from a backup (File → Restore "
                        "from Backup…, or incident-bridge restore); nothing more was written to "
                        "it.");
        break;
    default:
        advice = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        break;
    }
    const QString message = Tr::tr("Could not %1: %2").arg(action, advice);
    return damaged ? Error::damaged(message) : Error::storage(message);
}

Error sqliteError(sqlite3 *db, const char *doing)
{
    const QString text = QString::fromUtf8(db ? sqlite3_errmsg(db) : "no connection");
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    return sqlError(QSqlError(text, text, QSqlError::StatementError, QString::number(code)), doing);
}

Error sqliteError(int code, const char *doing)
{
    const QString text = QString::fromUtf8(sqlite3_errstr(code));
    return sqlError(QSqlError(text, text, QSqlError::StatementError, QString::number(code)), doing);
}

Error sqlError(const QSqlQuery &query, const char *doing)
{
    const QSqlDriver *driver = query.driver();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL) {
        const QSqlError error = query.lastError();
        // 55P03: the write lock was not granted within lock_timeout.
        if (error.nativeErrorCode() == u"55P03")
            return Error::storage(
                Tr::tr("Could not %1: another responder's change is being written to the team "
                       "database and took too long. Nothing was written; try again in a moment.")
                    .arg(QCoreApplication::translate("bridge::Storage", doing)));
        // A connection the server dropped gives no SQLSTATE: name it as one (class 08).
        const QString state
            = teamConnectionBroken(driver) ? QStringLiteral("08006") : error.nativeErrorCode();
        const QString text = error.databaseText().isEmpty()
                                 ? QCoreApplication::translate("bridge::Storage", "no connection")
                                 : error.databaseText();
        return teamSqlError(
            text, state,
            QCoreApplication::translate("bridge::Storage", doing).toUtf8().constData());
    }
    return sqlError(query.lastError(), doing);
}

} // namespace bridge
