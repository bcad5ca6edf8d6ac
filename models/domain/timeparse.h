#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace bridge {

// ISO 8601 as the command line takes it: "2018-10-21T22:52:00Z", "...+02:00",
// or without a zone (local time). Seconds and milliseconds are optional.
// A local time the clocks skipped (a daylight-saving gap) or showed twice (the hour after
// they went back) is refused with a message asking for the offset: guessing would move an
// entry by an hour without anyone noticing.
Result<QDateTime> parseIsoTime(const QString &text);

// What a scribe types to backfill: an ISO time, a clock time ("14:02", "14:02:30")
// meaning the latest such local time not after now, or minutes ago ("-5m", "5 min ago").
// A clock time shown twice is the latest of the two not after now; one the clocks skipped
// today is refused, with the reason.
Result<QDateTime> parseBackfillTime(const QString &text, const QDateTime &now);

// "2018-10-21T22:52:00.000Z": UTC, millisecond precision.
QString isoUtc(const QDateTime &t);

// Milliseconds since the epoch, the unit the database stores.
inline qint64 toMs(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}
inline QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// "3h 07m", "2d 4h", "45s": a compact elapsed time for clocks and summaries.
QString formatDuration(qint64 seconds);
// "3h 07m", "12m", "under a minute": for "ago" and "in" texts that should not tick.
QString formatMinutes(qint64 seconds);

} // namespace bridge
