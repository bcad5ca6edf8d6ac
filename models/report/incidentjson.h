#pragma once

#include "domain/incidentrecord.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bridge {

// The JSON shapes of the command line (list --json, show --json); later the export's too.
QJsonObject incidentSummaryJson(const Incident &incident);
QJsonObject incidentJson(const IncidentRecord &record);
QJsonObject entryJson(const Entry &entry);

// The export: every field of the record, entries with their revisions, and the review.
// Only exported_at changes from one export of the same incident to the next.
inline constexpr int ExportFormatVersion = 1;
QJsonObject exportJson(const IncidentRecord &record, const QDateTime &exportedAt);
QJsonObject reviewJson(const Review &review);

} // namespace bridge
