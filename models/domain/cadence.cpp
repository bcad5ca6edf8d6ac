#include "cadence.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Cadence)
};
} // namespace

QString audienceKey(Audience a)
{
    switch (a) {
    case Audience::Executive:
        return u"executive"_s;
    case Audience::Customer:
        return u"customer"_s;
    case Audience::Tactical:
        return u"tactical"_s;
    }
    return {};
}

std::optional<Audience> audienceFromKey(QStringView key)
{
    for (Audience a : allAudiences()) {
        if (key.compare(audienceKey(a), Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

QString audienceDisplayName(Audience a)
{
    switch (a) {
    case Audience::Executive:
        return Tr::tr("Executive");
    case Audience::Customer:
        return Tr::tr("Customer-facing");
    case Audience::Tactical:
        return Tr::tr("Tactical");
    }
    return {};
}

QList<Audience> allAudiences()
{
    return {Audience::Executive, Audience::Customer, Audience::Tactical};
}

QDateTime clockStart(const Incident &incident)
{
    return incident.detectedAt.isValid() ? incident.detectedAt : incident.startedAt;
}

SlaFigures computeSla(const Incident &incident, const UpdatePolicy &policy,
                      const QList<StatusUpdate> &updates, const QDateTime &now)
{
    SlaFigures f;
    const QDateTime start = clockStart(incident);
    f.ackDue = start.addSecs(60LL * policy.ackMinutes);
    if (incident.acknowledgedAt.isValid()) {
        f.ackMinutes = std::max<qint64>(0, start.secsTo(incident.acknowledgedAt) / 60);
        f.ackMet = incident.acknowledgedAt <= f.ackDue;
    } else if (now > f.ackDue) {
        f.ackMet = false; // already missed, even before anyone acknowledges
    }

    f.cadenceMinutes = policy.everyMinutes;
    if (!policy.everyMinutes)
        return f;
    const qint64 cadence = 60LL * *policy.everyMinutes;
    QList<QDateTime> sent;
    for (const StatusUpdate &u : updates)
        sent << u.sentAt;
    std::sort(sent.begin(), sent.end());
    QDateTime previous = incident.startedAt;
    for (const QDateTime &t : std::as_const(sent)) {
        if (previous.secsTo(t) > cadence)
            ++f.lateUpdates;
        previous = std::max(previous, t);
    }
    const QDateTime ended = incident.endedAt();
    if (ended.isValid()) {
        // Was the stretch up to the end kept too? Once over, nothing more is due.
        if (previous.secsTo(ended) > cadence)
            ++f.lateUpdates;
        return f;
    }
    f.nextUpdateDue = previous.addSecs(cadence);
    f.overdue = now > f.nextUpdateDue;
    return f;
}

QDateTime nextDueFor(Audience audience, const Incident &incident, const UpdatePolicy &policy,
                     const QList<StatusUpdate> &updates)
{
    if (!policy.everyMinutes || !incident.isOpen())
        return {};
    QDateTime last = incident.startedAt;
    for (const StatusUpdate &u : updates) {
        if (u.audience == audience && u.sentAt > last)
            last = u.sentAt;
    }
    return last.addSecs(60LL * *policy.everyMinutes);
}

QString statusPageState(Status status)
{
    switch (status) {
    case Status::Investigating:
        return u"investigating"_s;
    case Status::Identified:
        return u"identified"_s;
    case Status::Mitigated:
        return u"monitoring"_s;
    case Status::Resolved:
    case Status::Closed:
        return u"resolved"_s;
    }
    return {};
}

} // namespace bridge
