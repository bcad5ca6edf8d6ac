#pragma once

#include "domain/board.h"
#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace bridge {

class IncidentStore;

// The SQL for roles, workstreams, handoffs, responder stints and file-wide settings.
// People are resolved through the IncidentStore, which owns the person table.
class BoardStore
{
public:
    BoardStore(const QSqlDatabase &db, IncidentStore &people);

    Result<QList<RoleAssignment>> roles(qint64 incidentId);
    Result<QList<RoleAssignment>> currentHolders(qint64 incidentId, Role role);
    // For a single-holder role the INSERT itself checks that nobody holds it (0: someone does).
    Result<qint64> openAssignment(qint64 incidentId, Role role, qint64 personId, qint64 atMs);
    Done closeAssignment(qint64 assignmentId, qint64 atMs);
    Done closeAssignmentsOf(qint64 incidentId, qint64 personId, qint64 atMs);

    Result<qint64> insertWorkstream(qint64 incidentId, const WorkstreamDraft &draft,
                                    std::optional<qint64> ownerId, qint64 nowMs);
    Done updateWorkstream(qint64 id, const WorkstreamDraft &draft, qint64 nowMs);
    Done setWorkstreamOwner(qint64 id, qint64 ownerId, qint64 nowMs);
    Done setWorkstreamState(qint64 id, WorkstreamState state, qint64 nowMs);
    Done setHelpers(qint64 workstreamId, const QList<qint64> &personIds);
    Result<QList<Workstream>> workstreams(qint64 incidentId);
    Result<Workstream> workstream(qint64 id);

    Result<qint64> insertHandoff(const Handoff &handoff, std::optional<qint64> fromId, qint64 toId);
    // Only a waiting offer can be taken: false when it was acknowledged or withdrawn already.
    Result<bool> acknowledge(qint64 handoffId, qint64 atMs, qint64 byId);
    Result<bool> withdraw(qint64 handoffId, qint64 atMs);
    Result<QList<Handoff>> handoffs(qint64 incidentId);
    Result<Handoff> handoff(qint64 id);

    Result<QList<ResponderStint>> stints(qint64 incidentId);
    Result<QList<ResponderStint>> stintsOf(qint64 personId);
    // The open stint of a person on an incident, if any: its id.
    Result<std::optional<qint64>> openStint(qint64 incidentId, qint64 personId);
    // The person's first stint on the incident (its id and when it began), if any.
    struct FirstStint
    {
        qint64 id = 0;
        qint64 joinedMs = 0;
    };
    Result<std::optional<FirstStint>> firstStint(qint64 incidentId, qint64 personId);
    Result<qint64> insertStint(qint64 incidentId, qint64 personId, qint64 joinedMs,
                               std::optional<qint64> pagedMs);
    Done closeStint(qint64 stintId, qint64 atMs);
    // A backfilled entry earlier than the join moves the join back to it.
    Done moveStintStart(qint64 stintId, qint64 joinedMs);

    Result<QString> personTimeZone(qint64 personId);
    Done setPersonTimeZone(qint64 personId, const QString &zone);

    QString setting(const QString &key, const QString &fallback);
    Done setSetting(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
    IncidentStore &m_people;
    // Run on every line logged (is its actor on the bridge?): prepared once, not each time.
    QSqlQuery m_firstStint;
};

} // namespace bridge
