#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>

namespace bridge {

// Whether a connection runs on a team server (PostgreSQL) rather than a file (SQLite): for the
// few statements whose wording differs between the two engines.
inline bool isTeamConnection(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

// Whether a team connection is broken (the server went away): libpq's own state, so a lost
// connection is told from a refused statement whatever language libpq's messages are in.
bool teamConnectionBroken(const QSqlDriver *driver);

} // namespace bridge
