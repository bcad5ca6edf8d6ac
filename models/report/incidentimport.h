#pragma once

#include "domain/incidentrecord.h"
#include "domain/result.h"

#include <QByteArray>

namespace bridge {

// An exported incident read back, checked field by field. Ids are the exporting database's;
// the importer maps them. Refusals name the field and what was wrong with it.
struct ImportedIncident
{
    IncidentRecord record;             // incident, entries, roles, workstreams, handoffs,
                                       // stints, updates, review
    QHash<QString, QString> timeZones; // person -> IANA zone
};

inline constexpr qsizetype MaxImportBytes = 256 * 1024 * 1024;

Result<ImportedIncident> parseIncidentExport(const QByteArray &json);

} // namespace bridge
