#include "sqlitehandle.h"

#include <QFile>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace bridge {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

ReadOnlySqliteFile::ReadOnlySqliteFile(const QString &path)
{
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK)
        fail();
}

ReadOnlySqliteFile::~ReadOnlySqliteFile()
{
    sqlite3_close(m_db);
}

void ReadOnlySqliteFile::fail()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    m_errorCode = sqlite3_extended_errcode(m_db);
}

std::optional<QString> ReadOnlySqliteFile::value(const char *sql)
{
    if (!handle())
        return std::nullopt;
    sqlite3_stmt *stmt = nullptr;
    std::optional<QString> result;
    const int prepared = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    const int stepped = prepared == SQLITE_OK ? sqlite3_step(stmt) : prepared;
    if (stepped == SQLITE_ROW)
        result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    else if (stepped == SQLITE_DONE)
        result = QString();
    else
        fail();
    sqlite3_finalize(stmt);
    return result;
}

} // namespace bridge
