#pragma once

#include "domain/entry.h"
#include "domain/incident.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bridge {

// The JSON shapes of the command line (list --json, show --json); later the export's too.
QJsonObject incidentSummaryJson(const Incident &incident);
QJsonObject incidentJson(const Incident &incident, const QList<Entry> &entries);
QJsonObject entryJson(const Entry &entry);

} // namespace bridge
