#pragma once

#include <QString>
#include <QTimeZone>

namespace bridge {

// This machine's time zone as the C library sees it, so that what Qt shows as local time
// (QDateTime::toLocalTime, which asks the C library) and what we parse, draft and compute in
// agree for every value of TZ: IANA names, ":"-prefixed names, zoneinfo file paths and POSIX
// strings such as "UTC+3" (three hours *behind* UTC, as POSIX has it). A value the C library
// does not accept falls back to UTC, for Qt and the C library alike.
QTimeZone localZone();

// Settles the zone once at start: returns a warning to print when TZ was not usable (and
// UTC is used instead), or an empty string.
QString settleLocalZone();

} // namespace bridge
