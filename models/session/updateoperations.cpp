// IncidentSession's update and SLA operations: milestones, the policy, updates sent.
#include "domain/timeparse.h"
#include "incidentsession.h"
#include "report/updatedraft.h"
#include "storage/incidentstore.h"
#include "storage/updatestore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bridge {

Result<UpdatePolicy> IncidentSession::policy(Severity severity)
{
    return m_updates->policy(severity);
}

Result<QList<UpdatePolicy>> IncidentSession::policies()
{
    return m_updates->policies();
}

Done IncidentSession::setPolicy(const UpdatePolicy &policy)
{
    if (policy.ackMinutes <= 0 || (policy.everyMinutes && *policy.everyMinutes <= 0))
        return Error::invalid(tr("Minutes must be whole numbers above zero."));
    return write([&]() -> Done {
        if (auto saved = m_updates->setPolicy(policy); !saved)
            return saved.error();
        afterCommit([this] {
            for (qint64 id : m_incidents.keys())
                emit updatesChanged(id);
        });
        return done();
    });
}

Result<QList<StatusUpdate>> IncidentSession::updates(qint64 incidentId)
{
    return m_updates->updates(incidentId);
}

Result<StatusUpdate> IncidentSession::markSent(qint64 incidentId, Audience audience,
                                               const QString &text, const QDateTime &at)
{
    if (Done known = requireIncident(incidentId); !known)
        return known.error();
    const QString body = text.trimmed();
    if (body.isEmpty())
        return Error::invalid(tr("The update is empty: write it, or draft it from the live "
                                 "state, before marking it sent."));
    const QDateTime when = at.isValid() ? at.toUTC() : now();
    return write([&]() -> Result<StatusUpdate> {
        auto entry = writeSystemEntry(
            incidentId, tr("%1 update sent:\n%2").arg(audienceDisplayName(audience), body), when,
            EntryKind::Update);
        if (!entry)
            return entry.error();
        auto author = m_store->personId(m_scribe, toMs(now()));
        if (!author)
            return author.error();
        auto id
            = m_updates->insertUpdate(incidentId, audience, body, toMs(when), *author, entry->id);
        if (!id)
            return id.error();
        afterCommit([this, incidentId, entry = *entry] {
            emit entryAdded(entry);
            emit updatesChanged(incidentId);
        });
        return StatusUpdate{*id, incidentId, audience, body, when, m_scribe};
    });
}

Result<DraftedUpdate> IncidentSession::draftUpdate(qint64 incidentId, Audience audience,
                                                   const QTimeZone &zone)
{
    auto r = record(incidentId);
    if (!r)
        return r.error();
    auto p = policy(r->incident.severity);
    if (!p)
        return p.error();
    return bridge::draftUpdate(audience, {*r, r->updates, *p, r->incident.liveAt(now()), zone});
}

Result<SlaFigures> IncidentSession::sla(qint64 incidentId)
{
    return read([&]() -> Result<SlaFigures> {
        auto found = m_store->incident(incidentId);
        if (!found)
            return found.error();
        auto p = policy(found->severity);
        if (!p)
            return p.error();
        auto sent = updates(incidentId);
        if (!sent)
            return sent.error();
        return computeSla(*found, *p, *sent, found->liveAt(now()));
    });
}

} // namespace bridge
