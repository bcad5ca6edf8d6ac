#pragma once

#include "domain/result.h"

#include <QDateTime>

namespace bridge {

// Seeds a realistic bridge into an empty database: a SEV1 checkout outage that runs past
// midnight with every entry kind, several people, pins, an edit and a retraction, and a
// small incident still open now. Returns the id of the main incident.
Result<qint64> seedDemoIncidents(const QString &databasePath, const QDateTime &now);

} // namespace bridge
