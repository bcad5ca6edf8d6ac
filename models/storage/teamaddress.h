#pragma once

#include "domain/result.h"

#include <QString>

class QSqlDatabase;

namespace bridge {

// Where a team database lives, read from a libpq connection URI:
// postgresql://[user@][host][:port]/dbname[?sslmode=verify-full&...]
// Passwords never come from here (nor from our settings): libpq finds them in ~/.pgpass,
// PGPASSWORD or a service file, as for every other PostgreSQL client.
struct TeamAddress
{
    QString uri;     // as given, for messages (it holds no password)
    QString user;    // empty: libpq's default (PGUSER, then the login name)
    QString host;    // empty: the local Unix socket
    int port = -1;   // -1: libpq's default (PGPORT, then 5432)
    QString dbname;  // empty: libpq's default
    QString options; // the query parameters, as QPSQL's connect options ("sslmode=…;…")

    // "maya@db.example.com:5432/bridge", for messages.
    QString displayName() const;
};

// Whether text names a team database (a postgresql:// or postgres:// URI) rather than a file.
bool isTeamDatabaseUri(const QString &text);

// Why a team database offers no file backups or restores: they are its server's.
QString teamBackupMessage();

// Reads a URI. A password in it is refused, saying where it belongs; so is a parameter
// libpq would not take from us.
Result<TeamAddress> parseTeamAddress(const QString &uri);

// Opens a QPSQL connection to the address under connectionName (removed again on failure),
// with messages a responder can act on: the driver missing, the server unreachable, the
// password refused, the database missing.
Result<QSqlDatabase> connectTeamDatabase(const TeamAddress &address, const QString &connectionName);

// The same kind of message for a failed statement on a team connection: a missing right
// says the role may not do it, a lost connection says the server is unreachable.
Error teamSqlError(const QString &driverText, const QString &sqlState, const char *doing);

} // namespace bridge
