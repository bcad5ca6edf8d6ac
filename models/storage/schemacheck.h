#pragma once

#include "domain/result.h"

#include <QString>

struct sqlite3;

namespace bridge {

// Whether the file's triggers are the ones our migrations make: the ones that keep entries
// and revisions from being rewritten and keep search in step. A dropped or altered trigger
// (a tool, a hand edit) is refused clearly instead of quietly letting history change.
// Cheap: one read of sqlite_schema against a copy of the migrations run once in memory.
Done checkSchemaIntact(sqlite3 *db, const QString &path, const QStringList &migrationScripts);

} // namespace bridge
