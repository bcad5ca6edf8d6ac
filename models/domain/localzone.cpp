#include "localzone.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

#include <ctime>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Time)
};

// The C library's offset from UTC at an instant, in seconds east.
long libcOffset(qint64 secs)
{
    const std::time_t t = static_cast<std::time_t>(secs);
    std::tm local{};
    if (!localtime_r(&t, &local))
        return 0;
    return local.tm_gmtoff;
}

// Instants a zone must agree with the C library at: a month apart over three years around
// now, so both sides of every daylight-saving change in between are seen.
QList<qint64> samples()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<qint64> at;
    for (int month = -18; month <= 18; ++month)
        at << now + qint64(month) * 30 * 24 * 3600;
    return at;
}

bool agreesWithLibc(const QTimeZone &zone)
{
    if (!zone.isValid())
        return false;
    for (const qint64 s : samples()) {
        if (zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(s, Qt::UTC)) != libcOffset(s))
            return false;
    }
    return true;
}

bool libcOffsetIsFixed()
{
    const long first = libcOffset(samples().first());
    for (const qint64 s : samples()) {
        if (libcOffset(s) != first)
            return false;
    }
    return true;
}

// A POSIX TZ string: std offset [dst [offset] [,start[/time],end[/time]]]. Anchored and
// without nested repetition, so it is linear in the value's length.
bool isPosixRule(const QString &value)
{
    const QString name = uR"(([A-Za-z]{3,}|<[A-Za-z0-9+-]{3,}>))"_s;
    const QString offset = uR"([+-]?\d{1,3}(:\d{2}){0,2})"_s;
    const QString date = uR"((M\d{1,2}\.\d\.\d|J?\d{1,3}))"_s;
    const QString change = u",%1(/%2)?"_s.arg(date, offset);
    static const QRegularExpression rule(u"^%1%2(%1(%2)?(%3%3)?)?$"_s.arg(name, offset, change));
    return rule.match(value).hasMatch();
}

// The IANA id a TZ value names: "Europe/Berlin", ":Europe/Berlin",
// "/usr/share/zoneinfo/Europe/Berlin". Empty when it names none.
QByteArray ianaIdOf(QString value)
{
    if (value.startsWith(u':'))
        value.remove(0, 1);
    if (value.startsWith(u'/')) {
        const QFileInfo file(value);
        if (!file.isFile() || !file.isReadable())
            return {};
        const QString canonical = file.canonicalFilePath();
        const qsizetype at = canonical.indexOf(u"/zoneinfo/"_s);
        if (at < 0)
            return {};
        value = canonical.mid(at + 10);
        for (const QString &variant : {u"posix/"_s, u"right/"_s}) {
            if (value.startsWith(variant))
                value.remove(0, variant.size());
        }
    }
    const QByteArray id = value.toUtf8();
    return QTimeZone::isTimeZoneIdAvailable(id) ? id : QByteArray();
}

struct Settled
{
    QTimeZone zone;
    QString warning;
};

Settled settle()
{
    const QByteArray raw = qgetenv("TZ");
    if (raw.isEmpty()) {
        QTimeZone system = QTimeZone::systemTimeZone();
        if (system.isValid())
            return {system, {}};
        return {QTimeZone::utc(), Tr::tr("This system's time zone could not be read; using UTC.")};
    }
    tzset();
    const QString value = QString::fromLocal8Bit(raw);
    if (const QByteArray id = ianaIdOf(value); !id.isEmpty()) {
        const QTimeZone zone(id);
        if (agreesWithLibc(zone))
            return {zone, {}};
    }
    const QString path = value.startsWith(u':') ? value.mid(1) : value;
    const bool isFile = path.startsWith(u'/') && QFileInfo(path).isFile();
    const bool accepted = isFile || (!value.startsWith(u':') && isPosixRule(value));
    if (accepted) {
        // Qt reads "UTC+3" as three hours ahead; POSIX and the C library, as behind.
        const QTimeZone rule = QTimeZone::systemTimeZone();
        if (!isFile && agreesWithLibc(rule))
            return {rule, {}};
        if (libcOffsetIsFixed()) {
            const QTimeZone fixed(int(libcOffset(QDateTime::currentSecsSinceEpoch())));
            if (fixed.isValid())
                return {fixed, {}};
        }
        // A rule or file Qt cannot read the same way: the named zone that keeps its clocks.
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
            const QTimeZone candidate(id);
            if (agreesWithLibc(candidate))
                return {candidate, {}};
        }
    }
    // Not a zone anyone here can read the same way: UTC, for the C library too.
    qputenv("TZ", "UTC");
    tzset();
    return {QTimeZone::utc(),
            Tr::tr("TZ=%1 is not a time zone this system knows; times are shown in UTC. Set TZ "
                   "to a name such as Europe/Berlin, or unset it.")
                .arg(value.left(80))};
}

Settled &settled()
{
    static Settled once = settle();
    return once;
}
} // namespace

QTimeZone localZone()
{
    return settled().zone;
}

QString settleLocalZone()
{
    return settled().warning;
}

} // namespace bridge
