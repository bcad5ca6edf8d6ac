// What leaders read (`serve`'s pages and feeds): each answer from one read transaction, so a
// page never mixes two states of the record.
#include "domain/statusview.h"
#include "incidentsession.h"
#include "storage/boardstore.h"
#include "storage/incidentstore.h"
#include "storage/timelinereader.h"
#include "storage/updatestore.h"

#include <algorithm>

namespace bridge {

Result<IncidentStatus> IncidentSession::readStatus(const Incident &incident)
{
    IncidentStatus s;
    s.incident = incident;
    s.readAt = now();
    const qint64 id = incident.id;
    auto commanders = m_board->currentHolders(id, Role::Commander);
    if (!commanders)
        return commanders.error();
    if (!commanders->isEmpty())
        s.commander = commanders->first().person;
    auto sent = m_updates->updates(id);
    if (!sent)
        return sent.error();
    s.updates = *sent;
    std::sort(s.updates.begin(), s.updates.end(), [](const StatusUpdate &a, const StatusUpdate &b) {
        return a.sentAt != b.sentAt ? a.sentAt > b.sentAt : a.id > b.id;
    });
    auto p = m_updates->policy(incident.severity);
    if (!p)
        return p.error();
    s.sla = computeSla(incident, *p, s.updates, incident.liveAt(s.readAt));
    for (Audience a : allAudiences()) {
        const QDateTime due = nextDueFor(a, incident, *p, s.updates);
        if (due.isValid())
            s.nextDue << AudienceDue{a, due};
    }
    auto streams = m_board->workstreams(id);
    if (!streams)
        return streams.error();
    for (const Workstream &w : std::as_const(*streams)) {
        if (w.state != WorkstreamState::Done)
            s.openWorkstreams << w;
    }
    auto pinned = m_store->pinnedEntryIds(id);
    if (!pinned)
        return pinned.error();
    if (!pinned->isEmpty()) {
        auto moments = m_reader->entriesByIds(*pinned);
        if (!moments)
            return moments.error();
        for (const Entry &e : std::as_const(*moments)) {
            if (!e.isRetracted())
                s.keyMoments << e;
        }
        std::sort(s.keyMoments.begin(), s.keyMoments.end(), [](const Entry &a, const Entry &b) {
            return a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt : a.id < b.id;
        });
    }
    return s;
}

Result<IncidentStatus> IncidentSession::incidentStatus(qint64 incidentId)
{
    return read([&]() -> Result<IncidentStatus> {
        auto current = m_store->incident(incidentId);
        if (!current)
            return current.error();
        return readStatus(*current);
    });
}

Result<QList<IncidentStatus>> IncidentSession::statusBoard(const QDateTime &closedSince)
{
    return read([&]() -> Result<QList<IncidentStatus>> {
        auto all = m_store->incidents();
        if (!all)
            return all.error();
        QList<IncidentStatus> board;
        for (const Incident &i : std::as_const(*all)) {
            const QDateTime ended = i.isClosed() ? i.milestone(Status::Closed) : i.endedAt();
            if (!i.isOpen() && ended.isValid() && ended < closedSince)
                continue;
            auto s = readStatus(i);
            if (!s)
                return s.error();
            board << *s;
        }
        // Open first, the most severe and then the oldest on top; then the recently ended.
        std::stable_sort(
            board.begin(), board.end(), [](const IncidentStatus &a, const IncidentStatus &b) {
                const Incident &x = a.incident;
                const Incident &y = b.incident;
                if (x.isOpen() != y.isOpen())
                    return x.isOpen();
                if (x.isOpen() && x.severity != y.severity)
                    return x.severity < y.severity;
                return x.isOpen() ? x.startedAt < y.startedAt : x.startedAt > y.startedAt;
            });
        return board;
    });
}

} // namespace bridge
