// The JSON import: any bytes are refused with a message or read as an incident, and what is
// read exports and reads back to the same record.
#include "fuzzcheck.h"
#include "report/incidentimport.h"
#include "report/incidentjson.h"

#include <QJsonDocument>

#include <cstdint>

using namespace bridge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = parseIncidentExport(json);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().message.isEmpty());
        return 0;
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc());
    const QByteArray again
        = QJsonDocument(exportJson(parsed->record, at)).toJson(QJsonDocument::Compact);
    const auto reparsed = parseIncidentExport(again);
    FUZZ_CHECK(reparsed);
    FUZZ_CHECK(reparsed->record.entries.size() == parsed->record.entries.size());
    FUZZ_CHECK(QJsonDocument(exportJson(reparsed->record, at)).toJson(QJsonDocument::Compact)
               == again);
    return 0;
}
