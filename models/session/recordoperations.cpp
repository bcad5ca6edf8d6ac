// IncidentSession's whole-incident read: everything show, export and the postmortem are
// built from, read from one snapshot so that it is one state of the record, never a mix.
#include "incidentsession.h"
#include "storage/boardstore.h"
#include "storage/incidentstore.h"
#include "storage/reviewstore.h"
#include "storage/timelinereader.h"
#include "storage/updatestore.h"

namespace bridge {

Result<IncidentRecord> IncidentSession::record(qint64 incidentId)
{
    if (Done known = requireIncident(incidentId); !known)
        return known.error();
    return read([&]() -> Result<IncidentRecord> {
        auto current = m_store->incident(incidentId);
        if (!current)
            return current.error();
        return readRecord(*current);
    });
}

Result<IncidentRecord> IncidentSession::readRecord(const Incident &incident)
{
    const qint64 id = incident.id;
    IncidentRecord r;
    r.incident = incident;
    auto entries = m_reader->entries(id, {});
    if (!entries)
        return entries.error();
    r.entries = std::move(entries).value();
    auto roleList = m_board->roles(id);
    if (!roleList)
        return roleList.error();
    r.roles = *roleList;
    auto streams = m_board->workstreams(id);
    if (!streams)
        return streams.error();
    r.workstreams = *streams;
    auto handoffList = m_board->handoffs(id);
    if (!handoffList)
        return handoffList.error();
    r.handoffs = *handoffList;
    auto people = readResponders(incident);
    if (!people)
        return people.error();
    r.responders = *people;
    auto stints = m_board->stints(id);
    if (!stints)
        return stints.error();
    r.stints = *stints;
    auto sent = m_updates->updates(id);
    if (!sent)
        return sent.error();
    r.updates = *sent;
    auto p = m_updates->policy(incident.severity);
    if (!p)
        return p.error();
    r.sla = computeSla(incident, *p, r.updates, incident.liveAt(now()));
    auto written = m_reviews->review(id);
    if (!written)
        return written.error();
    r.review = *written;
    auto history = m_store->revisionsOfIncident(id);
    if (!history)
        return history.error();
    for (const EntryRevision &rev : *history)
        r.revisions[rev.entryId] << rev;
    return r;
}

} // namespace bridge
