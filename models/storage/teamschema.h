#pragma once

#include "domain/result.h"
#include "teamaddress.h"

class QSqlDatabase;

namespace bridge {

// The team schema on a PostgreSQL server: what a database holds, and `team init`.
struct TeamSchemaState
{
    enum class Kind {
        Empty,   // nothing of anyone's: team init may set it up
        Ours,    // an Incident Bridge team database at version
        Newer,   // ours, from a newer Incident Bridge
        NotOurs, // another application's tables, or a "bridge" schema we did not make
    };
    Kind kind = Kind::Empty;
    int version = 0;
    QString detail; // NotOurs: what was found
};

// The number of team migrations this build brings.
int latestTeamSchemaVersion();

Result<TeamSchemaState> inspectTeamSchema(const QSqlDatabase &db);

// A database a session may run on: ours, at this build's version. Anything else is refused,
// with what to do, and left unchanged.
Done checkTeamSchema(const QSqlDatabase &db, const TeamAddress &address);

struct TeamInitReport
{
    int fromVersion = 0; // 0: the database was empty
    int toVersion = 0;
};

// Creates or upgrades the team schema and the roles incident_bridge and
// incident_bridge_reader with their rights, in one transaction: a failure leaves the
// database as it was. A database that is not ours or is newer is refused and left unchanged.
// Needs a role that may create schemas in the database and create roles.
Result<TeamInitReport> initTeamDatabase(const TeamAddress &address);

} // namespace bridge
