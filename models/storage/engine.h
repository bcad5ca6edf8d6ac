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

} // namespace bridge
