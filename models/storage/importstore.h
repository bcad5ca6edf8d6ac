#pragma once

#include "domain/incidentrecord.h"
#include "domain/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace bridge {

class IncidentStore;

// Inserts an incident's rows exactly as they were exported: times, scribes, revisions and
// acknowledgements included. Used only by import, inside its one transaction.
class ImportStore
{
public:
    // importer: the person doing the import, recorded as the incident's creator.
    ImportStore(const QSqlDatabase &db, IncidentStore &people, QString importer);

    Result<qint64> incident(const Incident &incident, qint64 nowMs);
    Result<qint64> entry(qint64 incidentId, const Entry &entry);
    Done revision(qint64 entryId, const EntryRevision &revision);
    Done role(qint64 incidentId, const RoleAssignment &a);
    Result<qint64> workstream(qint64 incidentId, const Workstream &workstream, qint64 nowMs);
    Done handoff(qint64 incidentId, const Handoff &handoff, qint64 workstreamId);
    Done stint(qint64 incidentId, const ResponderStint &stint);
    Done update(qint64 incidentId, const StatusUpdate &update);
    Done timeZone(const QString &name, const QString &zone);

private:
    Result<qint64> person(const QString &name);
    bool insert(QSqlQuery &prepared, const QString &sql, const QVariantList &values);
    QSqlDatabase m_db;
    QSqlQuery m_entryInsert;
    QSqlQuery m_revisionInsert;
    IncidentStore &m_people;
    QString m_importer;
    qint64 m_nowMs = 0;
    QHash<QString, qint64> m_personIds;
};

} // namespace bridge
