#pragma once

#include "domain/cadence.h"
#include "domain/result.h"

#include <QSqlDatabase>

namespace bridge {

class IncidentStore;

// The SQL for the update policy and the updates sent.
class UpdateStore
{
public:
    UpdateStore(const QSqlDatabase &db, IncidentStore &people);

    Result<UpdatePolicy> policy(Severity severity);
    Result<QList<UpdatePolicy>> policies();
    Done setPolicy(const UpdatePolicy &policy);

    Result<qint64> insertUpdate(qint64 incidentId, Audience audience, const QString &text,
                                qint64 sentAtMs, qint64 authorId, qint64 entryId);
    Result<QList<StatusUpdate>> updates(qint64 incidentId); // oldest first

private:
    QSqlDatabase m_db;
    IncidentStore &m_people;
};

} // namespace bridge
