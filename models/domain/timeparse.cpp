#include "timeparse.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace bridge {

std::optional<QDateTime> parseIsoTime(const QString &text)
{
    static const QRegularExpression iso(
        uR"(^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$)"_s);
    const QString trimmed = text.trimmed();
    if (!iso.match(trimmed).hasMatch())
        return std::nullopt;
    QString normalised = trimmed;
    normalised[10] = u'T';
    const QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

std::optional<QDateTime> parseBackfillTime(const QString &text, const QDateTime &now)
{
    const QString trimmed = text.trimmed();
    if (auto iso = parseIsoTime(trimmed))
        return iso;

    static const QRegularExpression clock(uR"(^(\d{1,2})[:.](\d{2})(?::(\d{2}))?$)"_s);
    if (const auto m = clock.match(trimmed); m.hasMatch()) {
        const QTime time(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!time.isValid())
            return std::nullopt;
        const QDateTime localNow = now.toLocalTime();
        QDateTime candidate(localNow.date(), time);
        // "23:55" typed at 00:10 means yesterday; allow a little clock skew forward.
        if (candidate > localNow.addSecs(5 * 60))
            candidate = QDateTime(localNow.date().addDays(-1), time);
        if (!candidate.isValid())
            return std::nullopt;
        return candidate.toUTC();
    }

    static const QRegularExpression ago(uR"(^-?\s*(\d{1,4})\s*(m|min|mins|minutes?)(\s+ago)?$)"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = ago.match(trimmed); m.hasMatch())
        return now.toUTC().addSecs(-60 * m.captured(1).toLongLong());

    return std::nullopt;
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
