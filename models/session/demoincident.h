#pragma once

#include "domain/result.h"

#include <QDateTime>

namespace bridge {

// Seeds a realistic bridge into an empty database: a SEV1 checkout outage that ran past
// midnight with every entry kind, several people, pins, an edit and a retraction; two
// short incidents earlier today; and a SEV2 still open now whose board has overdue
// check-ins, a blocked workstream, unacknowledged handoffs and tired responders.
// Returns the id of the open incident, the one to show first.
Result<qint64> seedDemoIncidents(const QString &databasePath, const QDateTime &now);

} // namespace bridge
