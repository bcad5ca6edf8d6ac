// IncidentSession's import: an exported incident becomes a new incident, in one transaction.
#include "domain/timeparse.h"
#include "incidentsession.h"
#include "report/incidentimport.h"
#include "storage/importmarker.h"
#include "storage/importstore.h"
#include "storage/incidentstore.h"
#include "storage/reviewstore.h"

namespace bridge {

Result<qint64> IncidentSession::importIncident(const QByteArray &json)
{
    auto parsed = parseIncidentExport(json);
    if (!parsed)
        return parsed.error();
    const IncidentRecord &r = parsed->record;
    const qint64 nowMs = toMs(now());
    // Other writers cannot get in until this commits; the marker lets them say why.
    ImportMarker marker(m_database->isTeam() ? QString() : m_database->path(), r.entries.size());
    qint64 imported = 0;

    return write([&]() -> Result<qint64> {
        ImportStore store(m_database->connection(), *m_store, m_scribe);
        auto incidentId = store.incident(r.incident, nowMs);
        if (!incidentId)
            return incidentId.error();
        QHash<qint64, qint64> entryIds;
        for (const Entry &e : r.entries) {
            auto id = store.entry(*incidentId, e);
            if (!id)
                return id.error();
            entryIds.insert(e.id, *id);
            marker.progress(++imported);
            for (const EntryRevision &rev : r.revisions.value(e.id)) {
                if (auto kept = store.revision(*id, rev); !kept)
                    return kept.error();
            }
        }
        for (const RoleAssignment &a : r.roles) {
            if (auto done = store.role(*incidentId, a); !done)
                return done.error();
        }
        QHash<qint64, qint64> workstreamIds;
        for (const Workstream &w : r.workstreams) {
            auto id = store.workstream(*incidentId, w, nowMs);
            if (!id)
                return id.error();
            workstreamIds.insert(w.id, *id);
        }
        for (const Handoff &h : r.handoffs) {
            if (!h.role && !workstreamIds.contains(h.workstreamId))
                return Error::invalid(
                    tr("The export cannot be imported: handoff %1 names workstream "
                       "%2, which is not in the file. Nothing was imported.")
                        .arg(h.id)
                        .arg(h.workstreamId));
            if (auto done = store.handoff(*incidentId, h, workstreamIds.value(h.workstreamId));
                !done)
                return done.error();
        }
        for (const ResponderStint &s : r.stints) {
            if (auto done = store.stint(*incidentId, s); !done)
                return done.error();
        }
        for (auto it = parsed->timeZones.cbegin(); it != parsed->timeZones.cend(); ++it) {
            if (auto done = store.timeZone(it.key(), it.value()); !done)
                return done.error();
        }
        for (const StatusUpdate &u : r.updates) {
            if (auto done = store.update(*incidentId, u); !done)
                return done.error();
        }
        Review review = r.review;
        for (AssumptionRating &a : review.assumptions) {
            if (!entryIds.contains(a.entryId))
                return Error::invalid(
                    tr("The export cannot be imported: the review rates entry %1, "
                       "which is not in the file. Nothing was imported.")
                        .arg(a.entryId));
            a.entryId = entryIds.value(a.entryId);
        }
        if (auto saved = m_reviews->save(*incidentId, review, nowMs); !saved)
            return saved.error();
        auto created = m_store->incident(*incidentId);
        if (!created)
            return created.error();
        afterCommit([this, created = *created] {
            m_incidents.insert(created.id, created);
            emit incidentAdded(created);
        });
        return *incidentId;
    });
}

} // namespace bridge
