// TIME as typed on the command line and in the entry bar: never a crash, and any time it
// accepts is a valid UTC instant that prints and reads back unchanged.
#include "domain/timeparse.h"
#include "fuzzcheck.h"

#include <cstdint>

using namespace bridge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1774731600000, QTimeZone::utc());
    for (const auto &parsed : {parseIsoTime(text), parseBackfillTime(text, now)}) {
        if (!parsed)
            continue;
        FUZZ_CHECK(parsed->isValid());
        const auto again = parseIsoTime(isoUtc(*parsed));
        FUZZ_CHECK(again && toMs(*again) == toMs(*parsed));
    }
    return 0;
}
