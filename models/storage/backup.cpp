#include "backup.h"

#include "sqlerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Backup)
};

QString checkCopy(const QString &path)
{
    sqlite3 *db = nullptr;
    QString verdict;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        verdict = QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            verdict
                = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        else
            verdict = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return verdict;
}
} // namespace

QString defaultBackupFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + u"/backups"_s;
}

Result<QString> backUpDatabase(QSqlDatabase db, const QString &folder, const QString &stamp,
                               int keep)
{
    if (!QDir().mkpath(folder))
        return Error::storage(Tr::tr("Cannot create the backup folder %1.").arg(folder));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = QDir(folder).filePath(u"incidents-%1.sqlite"_s.arg(stamp));
    if (QFile::exists(path))
        return Error::invalid(Tr::tr("A backup named %1 already exists.").arg(path));
    QSqlQuery q(db);
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(path);
    if (!q.exec()) {
        QFile::remove(path);
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "write the backup"));
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QString verdict = checkCopy(path);
    if (verdict != u"ok"_s) {
        QFile::remove(path);
        return Error::storage(Tr::tr("The backup failed its check (%1) and was removed; the "
                                     "database itself is unchanged.")
                                  .arg(verdict));
    }
    // Rotate: the stamps sort by time, so the oldest come first.
    QStringList copies = QDir(folder).entryList({u"incidents-*.sqlite"_s}, QDir::Files, QDir::Name);
    while (copies.size() > keep)
        QFile::remove(QDir(folder).filePath(copies.takeFirst()));
    return path;
}

} // namespace bridge
