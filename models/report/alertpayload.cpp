#include "alertpayload.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Alerts)
};

constexpr qsizetype MaxKeys = 200; // fingerprints kept per delivery; more adds nothing

// Machine time stamps carry their zone: RFC 3339 with any number of fraction digits
// (Alertmanager sends nanoseconds). A time without a zone is refused, not guessed.
std::optional<QDateTime> machineTime(const QString &text)
{
    static const QRegularExpression shape(
        uR"(^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString ms = (m.captured(2) + u"000"_s).left(3);
    const QString zone = m.captured(3).toUpper();
    QDateTime t = QDateTime::fromString(m.captured(1) + u"."_s + ms + zone, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    // Go's zero time: Alertmanager's "no end yet".
    if (t.date().year() < 1970)
        return QDateTime();
    return t.toUTC();
}

Error malformed(const QString &source, const QString &what)
{
    return Error::invalid(
        Tr::tr("This %1 delivery is malformed: %2. Nothing was written.").arg(source, what));
}

QString text(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString().simplified();
}

QByteArray digestOf(const QString &sourceKey, const QByteArray &body)
{
    return QCryptographicHash::hash(sourceKey.toUtf8() + '\n' + body, QCryptographicHash::Sha256)
        .toHex();
}

// Alertmanager (version 4) and Grafana alerting (version 1) share one shape.
Result<AlertNotice> readAlertGroup(AlertNotice notice, const QJsonObject &root,
                                   const QString &version)
{
    const QString &who = notice.source;
    if (root.value("version"_L1).toString() != version)
        return malformed(who, Tr::tr("\"version\" must be \"%1\"").arg(version));
    const QString groupKey = root.value("groupKey"_L1).toString();
    if (groupKey.isEmpty())
        return malformed(who, Tr::tr("\"groupKey\" is missing"));
    const QString status = root.value("status"_L1).toString();
    if (status != u"firing"_s && status != u"resolved"_s)
        return malformed(who, Tr::tr("\"status\" must be \"firing\" or \"resolved\""));
    const QJsonValue alertsValue = root.value("alerts"_L1);
    if (!alertsValue.isArray() || alertsValue.toArray().isEmpty())
        return malformed(who, Tr::tr("\"alerts\" must be a list with at least one alert"));
    const QJsonObject common = root.value("commonLabels"_L1).toObject();
    notice.state
        = status == u"firing"_s ? AlertNotice::State::Firing : AlertNotice::State::Resolved;
    notice.keys << u"group:"_s + groupKey;
    int firing = 0;
    int n = 0;
    QString firstName;
    const QJsonArray alertList = alertsValue.toArray();
    for (const auto &v : alertList) {
        ++n;
        if (!v.isObject())
            return malformed(who, Tr::tr("alert %1 is not an object").arg(n));
        const QJsonObject alert = v.toObject();
        if (!alert.value("labels"_L1).isObject())
            return malformed(who, Tr::tr("alert %1 has no labels").arg(n));
        const auto starts = machineTime(alert.value("startsAt"_L1).toString());
        if (!starts || !starts->isValid())
            return malformed(who, Tr::tr("alert %1's \"startsAt\" is not an RFC 3339 time").arg(n));
        if (!notice.startsAt.isValid() || *starts < notice.startsAt)
            notice.startsAt = *starts;
        if (alert.value("status"_L1).toString() == u"firing"_s)
            ++firing;
        const QString fingerprint = alert.value("fingerprint"_L1).toString();
        if (!fingerprint.isEmpty() && notice.keys.size() < MaxKeys)
            notice.keys << u"fp:"_s + fingerprint;
        if (firstName.isEmpty())
            firstName = text(alert.value("labels"_L1).toObject(), "alertname"_L1);
        if (notice.severityLabel.isEmpty())
            notice.severityLabel = text(alert.value("labels"_L1).toObject(), "severity"_L1);
    }
    QString name = text(common, "alertname"_L1);
    if (name.isEmpty())
        name = firstName.isEmpty() ? Tr::tr("an alert") : firstName;
    if (!text(common, "severity"_L1).isEmpty())
        notice.severityLabel = text(common, "severity"_L1);
    QString where;
    for (auto key : {"service"_L1, "job"_L1, "instance"_L1}) {
        where = text(common, key);
        if (!where.isEmpty())
            break;
    }
    notice.title = where.isEmpty() ? name : Tr::tr("%1 on %2").arg(name, where);
    const QString summary = text(root.value("commonAnnotations"_L1).toObject(), "summary"_L1);
    const int count = notice.state == AlertNotice::State::Firing ? firing : n;
    const QString alerts = Tr::tr("%n alert(s)", nullptr, count == 0 ? n : count);
    const QString what
        = notice.state == AlertNotice::State::Firing ? Tr::tr("firing") : Tr::tr("resolved");
    notice.line = where.isEmpty()
                      ? Tr::tr("%1: %2 %3, %4").arg(who, name, what, alerts)
                      : Tr::tr("%1: %2 %3 on %4, %5").arg(who, name, what, where, alerts);
    if (!summary.isEmpty())
        notice.line += u" — "_s + summary;
    return notice;
}

Result<AlertNotice> readPagerDuty(AlertNotice notice, const QJsonObject &root)
{
    const QString &who = notice.source;
    const QJsonObject event = root.value("event"_L1).toObject();
    if (event.isEmpty())
        return malformed(who, Tr::tr("there is no \"event\" object (is this a V3 webhook?)"));
    const QString type = event.value("event_type"_L1).toString();
    const QJsonObject data = event.value("data"_L1).toObject();
    if (type == u"incident.triggered"_s)
        notice.state = AlertNotice::State::Firing;
    else if (type == u"incident.acknowledged"_s)
        notice.state = AlertNotice::State::Acknowledged;
    else if (type == u"incident.resolved"_s)
        notice.state = AlertNotice::State::Resolved;
    else
        return malformed(who, Tr::tr("\"event_type\" \"%1\" is not one we take: subscribe to "
                                     "incident.triggered, incident.acknowledged and "
                                     "incident.resolved")
                                  .arg(type.left(80)));
    const QString id = data.value("id"_L1).toString();
    if (id.isEmpty())
        return malformed(who, Tr::tr("the event's incident has no \"id\""));
    notice.keys << u"incident:"_s + id;
    const QString incidentKey = data.value("incident_key"_L1).toString();
    if (!incidentKey.isEmpty())
        notice.keys << u"key:"_s + incidentKey;
    const QString at = data.value("created_at"_L1).toString();
    const QString occurred = event.value("occurred_at"_L1).toString();
    const auto starts = machineTime(at.isEmpty() ? occurred : at);
    if (!starts || !starts->isValid())
        return malformed(who, Tr::tr("the incident's \"created_at\" is not an RFC 3339 time"));
    notice.startsAt = *starts;
    notice.title = text(data, "title"_L1);
    if (notice.title.isEmpty())
        notice.title = Tr::tr("PagerDuty incident %1").arg(id);
    notice.severityLabel = text(data.value("priority"_L1).toObject(), "summary"_L1);
    if (notice.severityLabel.isEmpty())
        notice.severityLabel = text(data, "urgency"_L1);
    const QString service = text(data.value("service"_L1).toObject(), "summary"_L1);
    const QString number = data.value("number"_L1).isDouble()
                               ? u"#%1"_s.arg(data.value("number"_L1).toInteger())
                               : id;
    const QString what = type.mid(9); // "triggered", "acknowledged", "resolved"
    notice.line = service.isEmpty()
                      ? Tr::tr("%1: incident %2 %3: %4").arg(who, number, what, notice.title)
                      : Tr::tr("%1: incident %2 %3 on %4: %5")
                            .arg(who, number, what, service, notice.title);
    return notice;
}

Result<AlertNotice> readGeneric(AlertNotice notice, const QJsonObject &root)
{
    const QString &who = notice.source;
    const QString key = root.value("key"_L1).toString();
    if (key.trimmed().isEmpty())
        return malformed(who, Tr::tr("\"key\" is missing: name what groups these alerts"));
    const QString status = root.value("status"_L1).toString();
    if (status != u"firing"_s && status != u"resolved"_s)
        return malformed(who, Tr::tr("\"status\" must be \"firing\" or \"resolved\""));
    notice.state
        = status == u"firing"_s ? AlertNotice::State::Firing : AlertNotice::State::Resolved;
    notice.title = text(root, "title"_L1);
    if (notice.title.isEmpty() && notice.state == AlertNotice::State::Firing)
        return malformed(who, Tr::tr("\"title\" is missing: say what is broken"));
    if (root.contains("started_at"_L1)) {
        const auto starts = machineTime(root.value("started_at"_L1).toString());
        if (!starts || !starts->isValid())
            return malformed(who, Tr::tr("\"started_at\" is not an RFC 3339 time with its zone"));
        notice.startsAt = *starts;
    }
    notice.keys << u"key:"_s + key;
    notice.severityLabel = text(root, "severity"_L1);
    const QString from = text(root, "source"_L1);
    const QString name = from.isEmpty() ? who : from.left(80);
    const QString what
        = notice.state == AlertNotice::State::Firing ? Tr::tr("firing") : Tr::tr("resolved");
    const QString detail = text(root, "text"_L1);
    notice.line = Tr::tr("%1: %2 %3").arg(name, notice.title.isEmpty() ? key : notice.title, what);
    if (!detail.isEmpty())
        notice.line += u" — "_s + detail;
    notice.source = name;
    return notice;
}
} // namespace

Result<AlertNotice> readAlertPayload(AlertSource source, const QByteArray &body)
{
    // Each source: its name as people say it and as stored, and the reader of its payload.
    struct Reading
    {
        QString name;
        QString key;
        std::function<Result<AlertNotice>(AlertNotice, const QJsonObject &)> read;
    };
    const Reading reading = [source]() -> Reading {
        switch (source) {
        case AlertSource::Alertmanager:
            return {u"Alertmanager"_s, u"alertmanager"_s, [](AlertNotice n, const QJsonObject &o) {
                        return readAlertGroup(std::move(n), o, u"4"_s);
                    }};
        case AlertSource::Grafana:
            return {u"Grafana"_s, u"grafana"_s, [](AlertNotice n, const QJsonObject &o) {
                        return readAlertGroup(std::move(n), o, u"1"_s);
                    }};
        case AlertSource::PagerDuty:
            return {u"PagerDuty"_s, u"pagerduty"_s, readPagerDuty};
        case AlertSource::Generic:
            break;
        }
        return {u"Webhook"_s, u"generic"_s, readGeneric};
    }();
    AlertNotice notice;
    notice.source = reading.name;
    notice.sourceKey = reading.key;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return malformed(
            notice.source,
            Tr::tr("it is not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return malformed(notice.source, Tr::tr("it is not a JSON object"));
    notice.digest = digestOf(notice.sourceKey, body);
    auto read = reading.read(notice, doc.object());
    if (!read)
        return read;
    AlertNotice taken = std::move(read).value();
    if (taken.title.size() > 200)
        taken.title = taken.title.left(199) + u"…"_s;
    return taken;
}

QHash<QString, Severity> defaultSeverityMap()
{
    QHash<QString, Severity> map;
    for (const char *w : {"critical", "page", "p1", "sev1", "sev-1", "disaster"})
        map.insert(QString::fromLatin1(w), Severity::Sev1);
    for (const char *w : {"high", "error", "major", "p2", "sev2", "sev-2"})
        map.insert(QString::fromLatin1(w), Severity::Sev2);
    for (const char *w : {"warning", "warn", "average", "p3", "sev3", "sev-3"})
        map.insert(QString::fromLatin1(w), Severity::Sev3);
    for (const char *w : {"info", "low", "minor", "p4", "p5", "sev4", "sev-4"})
        map.insert(QString::fromLatin1(w), Severity::Sev4);
    return map;
}

Severity severityForLabel(const QString &label, const QHash<QString, Severity> &map)
{
    return map.value(label.trimmed().toLower(), Severity::Sev3);
}

} // namespace bridge
