#include "cadence.h"

#include <QCoreApplication>

#include <algorithm>

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

bool cadenceCovers(Audience audience)
{
    return audience != Audience::Tactical;
}

QDateTime nextDueFor(Audience audience, const Incident &incident, const UpdatePolicy &policy,
                     const QList<StatusUpdate> &updates)
{
    if (!policy.everyMinutes || !incident.isOpen() || !cadenceCovers(audience))
        return {};
    QDateTime last = incident.startedAt;
    for (const StatusUpdate &u : updates) {
        if (u.audience == audience && u.sentAt > last)
            last = u.sentAt;
    }
    return last.addSecs(60LL * *policy.everyMinutes);
}

std::optional<AudienceDue> firstDue(const Incident &incident, const UpdatePolicy &policy,
                                    const QList<StatusUpdate> &updates)
{
    std::optional<AudienceDue> first;
    for (Audience a : allAudiences()) {
        const QDateTime due = nextDueFor(a, incident, policy, updates);
        if (due.isValid() && (!first || due < first->due))
            first = AudienceDue{a, due};
    }
    return first;
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
    // Each covered audience keeps its own promise: an executive update does not stand in
    // for the customer page.
    const qint64 cadence = 60LL * *policy.everyMinutes;
    const QDateTime ended = incident.endedAt();
    for (Audience a : allAudiences()) {
        if (!cadenceCovers(a))
            continue;
        QList<QDateTime> sent;
        for (const StatusUpdate &u : updates) {
            if (u.audience == a)
                sent << u.sentAt;
        }
        std::sort(sent.begin(), sent.end());
        QDateTime previous = incident.startedAt;
        for (const QDateTime &t : std::as_const(sent)) {
            if (previous.secsTo(t) > cadence)
                ++f.lateUpdates;
            previous = std::max(previous, t);
        }
        // Was the stretch up to the end kept too? Once over, nothing more is due.
        if (ended.isValid() && previous.secsTo(ended) > cadence)
            ++f.lateUpdates;
    }
    if (const auto next = firstDue(incident, policy, updates)) {
        f.nextUpdateDue = next->due;
        f.nextUpdateAudience = next->audience;
        f.overdue = now > next->due;
    }
    return f;
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
