#include "fatigue.h"

#include "timeparse.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Fatigue)
};

// The sleeping window that starts on a given local date.
std::pair<QDateTime, QDateTime> windowOn(const QDate &date, const QTimeZone &zone,
                                         const SleepWindow &w)
{
    const QDate endDate = w.end <= w.start ? date.addDays(1) : date;
    return {QDateTime(date, w.start, zone), QDateTime(endDate, w.end, zone)};
}
} // namespace

bool isSleepingTime(const QDateTime &t, const QTimeZone &zone, const SleepWindow &window)
{
    return sleepingSeconds(t, t.addSecs(1), zone, window) > 0;
}

qint64 sleepingSeconds(const QDateTime &from, const QDateTime &to, const QTimeZone &givenZone,
                       const SleepWindow &window)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    // An unreadable zone would make every date below invalid: count in UTC instead.
    const QTimeZone zone = givenZone.isValid() ? givenZone : QTimeZone::utc();
    const auto overlap = [&](const QDate &d) -> qint64 {
        const auto [start, end] = windowOn(d, zone, window);
        const QDateTime a = std::max(start, from);
        const QDateTime b = std::min(end, to);
        return a < b ? a.secsTo(b) : 0;
    };
    const QDate first = from.toTimeZone(zone).date().addDays(-1);
    const QDate last = to.toTimeZone(zone).date();
    if (!first.isValid() || !last.isValid() || last < first)
        return 0;
    // Night by night near the ends, where daylight saving and partial nights matter. A span of
    // months (a stint backfilled from a typo'd year) counts its middle nights at their nominal
    // length instead of walking, say, 700,000 days on every repaint.
    constexpr qint64 ExactNights = 31;
    const qint64 nights = first.daysTo(last) + 1;
    qint64 total = 0;
    if (nights <= 2 * ExactNights) {
        // Counted, not compared: no loop over dates runs without a bound.
        for (qint64 i = 0; i < nights; ++i)
            total += overlap(first.addDays(i));
        return total;
    }
    for (qint64 i = 0; i < ExactNights; ++i)
        total += overlap(first.addDays(i)) + overlap(last.addDays(-i));
    const qint64 nominal = window.end <= window.start ? 24 * 3600 - window.end.secsTo(window.start)
                                                      : window.start.secsTo(window.end);
    return total + (nights - 2 * ExactNights) * nominal;
}

ResponderFigures responderFigures(const QString &person, qint64 incidentId,
                                  const QList<ResponderStint> &stints, const QTimeZone &zone,
                                  const SleepWindow &window, const QDateTime &now)
{
    ResponderFigures f;
    f.name = person;
    f.zone = zone;
    const QDateTime dayAgo = now.addSecs(-24 * 3600);
    QSet<qint64> recentIncidents;
    QDateTime firstHere;
    QDateTime earliestElsewhere;
    bool anyOpenHere = false;
    for (const ResponderStint &s : stints) {
        const QDateTime end = s.leftAt.isValid() ? std::min(s.leftAt, now) : now;
        if (s.joinedAt <= now && end >= dayAgo)
            recentIncidents.insert(s.incidentId);
        if (s.incidentId != incidentId) {
            if (!earliestElsewhere.isValid() || s.joinedAt < earliestElsewhere)
                earliestElsewhere = s.joinedAt;
            continue;
        }
        if (!firstHere.isValid() || s.joinedAt < firstHere)
            firstHere = s.joinedAt;
        if (s.pagedAt.isValid() && (!f.pagedAt.isValid() || s.pagedAt > f.pagedAt))
            f.pagedAt = s.pagedAt;
        if (end > s.joinedAt) {
            f.onBridgeSeconds += s.joinedAt.secsTo(end);
            f.sleepingSeconds += sleepingSeconds(s.joinedAt, end, zone, window);
        }
        if (!s.leftAt.isValid()) {
            anyOpenHere = true;
            f.continuousSeconds = std::max<qint64>(0, s.joinedAt.secsTo(now));
        } else if (!f.leftAt.isValid() || s.leftAt > f.leftAt) {
            f.leftAt = s.leftAt;
        }
    }
    if (anyOpenHere)
        f.leftAt = QDateTime();
    f.joinedAt = firstHere;
    f.incidents24h = static_cast<int>(recentIncidents.size());
    f.firstIncident
        = firstHere.isValid() && (!earliestElsewhere.isValid() || earliestElsewhere > firstHere);

    if (f.continuousSeconds > LongShiftSeconds)
        f.warnings << u"long_shift"_s;
    if (f.pagedAt.isValid() && isSleepingTime(f.pagedAt, zone, window))
        f.warnings << u"paged_while_sleeping"_s;
    if (f.incidents24h >= ManyIncidents)
        f.warnings << u"many_incidents"_s;
    return f;
}

QString warningDisplayText(const QString &warning, const ResponderFigures &f)
{
    if (warning == u"long_shift"_s)
        return Tr::tr("On for %1 without a break").arg(formatMinutes(f.continuousSeconds));
    if (warning == u"paged_while_sleeping"_s)
        return Tr::tr("Paged at %1 their time, in the night")
            .arg(f.pagedAt.toTimeZone(f.zone).toString(u"HH:mm"_s));
    if (warning == u"many_incidents"_s)
        return Tr::tr("%n incidents in 24 h", nullptr, f.incidents24h);
    return warning;
}

} // namespace bridge
