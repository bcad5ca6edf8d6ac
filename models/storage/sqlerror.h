#pragma once

#include "domain/result.h"

class QSqlQuery;
class QSqlError;
struct sqlite3;

namespace bridge {

// Turns a failed query into a message a person can act on ("the disk is full",
// "another program holds the database") instead of a driver code.
Error sqlError(const QSqlQuery &query, const char *doing);
// The folder of the database in use: SQLite reports some damage as "disk full", so before
// saying the disk is full its free space there is checked.
void setStorageFolder(const QString &folder);
Error sqlError(const QSqlError &error, const char *doing);
// The same from SQLite's C API: the connection's last error (db may be null), or a result code.
Error sqliteError(sqlite3 *db, const char *doing);
Error sqliteError(int code, const char *doing);

} // namespace bridge
