#pragma once

#include "domain/entry.h"
#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace bridge {

// One timeline line for a team server, with people whose ids are already settled.
struct TeamLine
{
    qint64 incidentId = 0;
    EntryKind kind = EntryKind::Note;
    qint64 actorId = 0;
    qint64 scribeId = 0;
    qint64 occurredMs = 0;
    qint64 loggedMs = 0;
    QString text;
    bool pinned = false;
    QString clientUid; // empty: none
};

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
    Result<WrittenTeamLine> write(const TeamLine &line);

private:
    QSqlQuery m_call;
};

} // namespace bridge
