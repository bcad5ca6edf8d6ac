#pragma once

#include "domain/result.h"
#include "incidentstore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace bridge {

// What the server made of it: its id, the role it stamped, the text as it keeps it, and
// the change-feed numbers before and after it (the writer's own, under the write lock).
struct WrittenTeamLine
{
    qint64 id = 0;
    QString writtenBy;
    QString text;
    qint64 feedBefore = 0;
    qint64 feedAfter = 0;
};

// The team engine's road for the commonest write: the whole transaction (the write lock,
// the actor's stint on the bridge, the entry, the feed's numbers) is one call of the
// server's bridge.log_line (migration 3), one round trip where the ordinary road takes
// about ten. Every check still runs inside that call's transaction, after the lock.
class TeamLineWriter
{
public:
    explicit TeamLineWriter(const QSqlDatabase &db);
    // A line by people whose ids are settled (IncidentStore::settledPerson).
    Result<WrittenTeamLine> write(const IncidentStore::NewEntry &line);

private:
    QSqlQuery m_call;
};

} // namespace bridge
