#include "timeparse.h"

#include "localzone.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Time)
};

// Every instant at which this machine's clocks showed date and time: one as a rule, none in
// a daylight-saving gap, two in the hour repeated when clocks go back. Earliest first.
QList<QDateTime> localReadings(const QDate &date, const QTime &time)
{
    const QTimeZone zone = localZone();
    const QDateTime wall(date, time, Qt::UTC); // the wall-clock figures, read as if UTC
    QList<QDateTime> found;
    for (const int offset :
         {zone.offsetFromUtc(wall.addDays(-1)), zone.offsetFromUtc(wall.addDays(1))}) {
        const QDateTime instant = wall.addSecs(-offset);
        if (instant.isValid() && zone.offsetFromUtc(instant) == offset && !found.contains(instant))
            found << instant;
    }
    std::sort(found.begin(), found.end());
    return found;
}

// "2026-10-25T02:30+02:00": the local figures with the offset they were shown at.
QString withOffset(const QDate &date, const QTime &time, int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return u"%1T%2%3%4:%5"_s
        .arg(date.toString(u"yyyy-MM-dd"_s), time.toString(u"HH:mm"_s),
             offsetSeconds < 0 ? u"-"_s : u"+"_s)
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

// What the user typed, as an error message quotes it: at most 80 characters.
QString quotedInput(const QString &text)
{
    constexpr qsizetype most = 80;
    return text.size() <= most ? text : text.left(most - 1) + QChar(0x2026);
}

int offsetAt(const QDateTime &instant)
{
    return localZone().offsetFromUtc(instant);
}

Error skipped(const QDate &date, const QTime &time)
{
    const QDateTime wall(date, time, Qt::UTC);
    return Error::invalid(Tr::tr("%1 on %2 never happened here: the clocks skipped that hour for "
                                 "daylight saving time. Give the time with its UTC offset, as in "
                                 "%3, or in UTC with Z.")
                              .arg(time.toString(u"HH:mm"_s), date.toString(u"yyyy-MM-dd"_s),
                                   withOffset(date, time, offsetAt(wall.addDays(-1)))));
}

Error repeated(const QDate &date, const QTime &time, const QList<QDateTime> &readings)
{
    return Error::invalid(Tr::tr("%1 on %2 happened twice here: the clocks went back an hour. Say "
                                 "which with the UTC offset: %3 (the first) or %4 (after the "
                                 "change).")
                              .arg(time.toString(u"HH:mm"_s), date.toString(u"yyyy-MM-dd"_s),
                                   withOffset(date, time, offsetAt(readings.first())),
                                   withOffset(date, time, offsetAt(readings.last()))));
}
} // namespace

namespace {
// shaped: whether the text looked like an ISO time at all, so callers with their own
// grammar know whose message to show.
Result<QDateTime> parseIso(const QString &text, bool *shaped)
{
    static const QRegularExpression iso(
        uR"(^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$)"_s);
    const QString trimmed = text.trimmed();
    const auto notATime = [&text] {
        return Error::invalid(
            Tr::tr("\"%1\" is not a time. Use ISO 8601, such as 2018-10-21T22:52:00Z, "
                   "2018-10-21T22:52:00+02:00 or 2018-10-21T22:52 for local time.")
                .arg(quotedInput(text)));
    };
    const auto match = iso.match(trimmed);
    *shaped = match.hasMatch();
    if (!*shaped)
        return notATime();
    QString normalised = trimmed;
    normalised[10] = u'T';
    if (match.captured(3).isEmpty()) {
        // Local time. Read the figures as UTC first, so Qt does not pick a side of a
        // daylight-saving gap or overlap for us.
        const QDateTime wall = QDateTime::fromString(normalised + u'Z', Qt::ISODateWithMs);
        if (!wall.isValid())
            return notATime();
        const QList<QDateTime> readings = localReadings(wall.date(), wall.time());
        if (readings.isEmpty())
            return skipped(wall.date(), wall.time());
        if (readings.size() > 1)
            return repeated(wall.date(), wall.time(), readings);
        return readings.first();
    }
    const QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return notATime();
    return parsed.toUTC();
}
} // namespace

Result<QDateTime> parseIsoTime(const QString &text)
{
    bool shaped = false;
    return parseIso(text, &shaped);
}

Result<QDateTime> parseBackfillTime(const QString &text, const QDateTime &now)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression clock(uR"(^(\d{1,2})[:.](\d{2})(?::(\d{2}))?$)"_s);
    // -5m, -90s, -1h, -1h30m, "2 hours 5 minutes ago": any of hours, minutes, seconds, in order.
    static const QRegularExpression ago(
        uR"(^-?\s*(?:(\d{1,4})\s*(?:hours?|hrs?|h)\s*)?(?:(\d{1,5})\s*(?:minutes?|mins?|m)\s*)?)"
        uR"((?:(\d{1,6})\s*(?:seconds?|secs?|s)\s*)?(?:ago)?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto notATime = [&text] {
        return Error::invalid(
            Tr::tr("\"%1\" is not a time. Type 14:02, 14:02:30, -5m, -1h30m, or a full date "
                   "such as 2026-11-23T23:58.")
                .arg(quotedInput(text)));
    };

    if (const auto m = clock.match(trimmed); m.hasMatch()) {
        const QTime time(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!time.isValid())
            return notATime();
        // The latest such time not after now: "23:55" typed at 00:10 means yesterday. A few
        // minutes ahead are allowed for clock skew between people.
        const QDateTime latest = now.toUTC().addSecs(5 * 60);
        const QDateTime local = now.toLocalTime();
        const QDateTime wallNow(local.date(), local.time(), Qt::UTC);
        for (const QDate &day : {local.date(), local.date().addDays(-1)}) {
            const QList<QDateTime> readings = localReadings(day, time);
            // Skipped on the day meant (not later than now on the clock): say so.
            if (readings.isEmpty() && QDateTime(day, time, Qt::UTC) <= wallNow.addSecs(5 * 60))
                return skipped(day, time);
            for (auto it = readings.crbegin(); it != readings.crend(); ++it) {
                if (*it <= latest)
                    return *it;
            }
        }
        return notATime();
    }
    if (const auto m = ago.match(trimmed);
        m.hasMatch() && (m.hasCaptured(1) || m.hasCaptured(2) || m.hasCaptured(3)))
        return now.toUTC().addSecs(-(3600 * m.captured(1).toLongLong()
                                     + 60 * m.captured(2).toLongLong()
                                     + m.captured(3).toLongLong()));
    bool shaped = false;
    auto iso = parseIso(trimmed, &shaped);
    return shaped ? iso : Result<QDateTime>(notATime());
}

QString isoUtc(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString formatMinutes(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    if (s < 60)
        return QCoreApplication::translate("bridge::Time", "under a minute");
    if (s < 3600)
        return u"%1m"_s.arg(s / 60);
    return formatDuration(s - s % 60);
}

QString formatDuration(qint64 seconds)
{
    const bool negative = seconds < 0;
    qint64 s = negative ? -seconds : seconds;
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    const qint64 secs = s % 60;
    QString text;
    if (days > 0)
        text = u"%1d %2h"_s.arg(days).arg(hours);
    else if (hours > 0)
        text = u"%1h %2m"_s.arg(hours).arg(minutes, 2, 10, QChar(u'0'));
    else if (minutes > 0)
        text = u"%1m %2s"_s.arg(minutes).arg(secs, 2, 10, QChar(u'0'));
    else
        text = u"%1s"_s.arg(secs);
    return negative ? u"-"_s + text : text;
}

} // namespace bridge
