#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;

namespace bridge {

// The SQLite connection under a QSQLITE database, for what Qt SQL cannot do well: running a
// whole migration script, and reading 100k rows without a QVariant per cell.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// A file opened read-only with SQLite itself, never through Qt SQL: for backups, which must
// not be written to, and where a file that is not a database must fail here rather than in
// the live session.
class ReadOnlySqliteFile
{
public:
    explicit ReadOnlySqliteFile(const QString &path);
    ~ReadOnlySqliteFile();
    ReadOnlySqliteFile(const ReadOnlySqliteFile &) = delete;
    ReadOnlySqliteFile &operator=(const ReadOnlySqliteFile &) = delete;

    // Null once opening or a query has failed; error() says why.
    sqlite3 *handle() const { return m_error.isEmpty() ? m_db : nullptr; }
    QString error() const { return m_error; }
    int errorCode() const { return m_errorCode; }

    // The first column of the first row ("" for none), or nothing when SQLite refused.
    std::optional<QString> value(const char *sql);

private:
    void fail();

    sqlite3 *m_db = nullptr;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace bridge
