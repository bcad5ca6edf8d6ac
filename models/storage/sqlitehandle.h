#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace bridge {

// The SQLite connection under a QSQLITE database, for what Qt SQL cannot do well: running a
// whole migration script, and reading 100k rows without a QVariant per cell.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace bridge
