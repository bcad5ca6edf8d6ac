#pragma once

#include "board.h"

#include <QTimeZone>

// Workload figures for the people on a bridge: how long they have been on, how much of it
// in their sleeping hours, how many incidents they have been on lately. Framed as load,
// never blame; the warnings are prompts to offer a handoff.
namespace bridge {

struct SleepWindow
{
    QTime start = QTime(23, 0);
    QTime end = QTime(8, 0);
    bool operator==(const SleepWindow &) const = default;
};

struct ResponderFigures
{
    QString name;
    QTimeZone zone;
    QDateTime joinedAt; // first joined this incident
    QDateTime pagedAt;  // latest page for this incident
    QDateTime leftAt;   // invalid while on the bridge
    qint64 onBridgeSeconds = 0;
    qint64 continuousSeconds = 0; // the current stint; 0 after leaving
    qint64 sleepingSeconds = 0;
    int incidents24h = 0;
    bool firstIncident = false;
    QStringList warnings; // long_shift, paged_while_sleeping, many_incidents

    bool isOnBridge() const { return !leftAt.isValid(); }
};

inline constexpr qint64 LongShiftSeconds = 3 * 3600;
inline constexpr int ManyIncidents = 3;

bool isSleepingTime(const QDateTime &t, const QTimeZone &zone, const SleepWindow &window);
// Seconds of [from, to) that fall in the sleeping window of the zone, day by day, so
// daylight-saving changes count the hours that really passed.
qint64 sleepingSeconds(const QDateTime &from, const QDateTime &to, const QTimeZone &zone,
                       const SleepWindow &window);

// stints: this person's stints on every incident in the database.
ResponderFigures responderFigures(const QString &person, qint64 incidentId,
                                  const QList<ResponderStint> &stints, const QTimeZone &zone,
                                  const SleepWindow &window, const QDateTime &now);

QString warningDisplayText(const QString &warning, const ResponderFigures &figures);

} // namespace bridge
