#pragma once

#include "domain/incidentrecord.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bridge {

// The JSON shapes of the command line (list --json, show --json); later the export's too.
QJsonObject incidentSummaryJson(const Incident &incident);
QJsonObject incidentJson(const IncidentRecord &record);
QJsonObject entryJson(const Entry &entry);

} // namespace bridge
