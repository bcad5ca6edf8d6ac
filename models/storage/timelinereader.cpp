#include "timelinereader.h"

#include "filetimelinereader.h"
#include "storage/engine.h"
#include "teamtimelinereader.h"

using namespace Qt::StringLiterals;

namespace bridge {

std::unique_ptr<TimelineReader> TimelineReader::create(const QSqlDatabase &db,
                                                       IncidentStore &people)
{
    if (isTeamConnection(db))
        return std::make_unique<TeamTimelineReader>(db, people);
    return std::make_unique<FileTimelineReader>(db, people);
}

QString TimelineReader::filterSql(const TimelineFilter &filter, const QString &personByName,
                                  QVariantList *values)
{
    QString sql;
    QStringList kinds;
    for (EntryKind k : filter.kinds)
        kinds << u"'%1'"_s.arg(kindKey(k)); // keys are our own constants, never user text
    if (!kinds.isEmpty())
        sql += u" AND e.kind IN (%1)"_s.arg(kinds.join(u", "_s));
    if (!filter.actor.isEmpty()) {
        sql += u" AND e.actor_id = (%1)"_s.arg(personByName);
        *values << filter.actor;
    }
    if (!filter.includeRetracted)
        sql += u" AND e.retracted_at IS NULL"_s;
    return sql;
}

} // namespace bridge
