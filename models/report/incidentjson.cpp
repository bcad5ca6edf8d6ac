#include "incidentjson.h"

#include "domain/timeparse.h"

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoUtc(t)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject incidentSummaryJson(const Incident &i)
{
    return {
        {u"id"_s, i.id},
        {u"title"_s, i.title},
        {u"severity"_s, severityKey(i.severity)},
        {u"status"_s, statusKey(i.status)},
        {u"started"_s, timeValue(i.startedAt)},
    };
}

QJsonObject entryJson(const Entry &e)
{
    QJsonObject o{
        {u"id"_s, e.id},
        {u"kind"_s, kindKey(e.kind)},
        {u"actor"_s, e.actor},
        {u"scribe"_s, e.scribe},
        {u"occurred_at"_s, timeValue(e.occurredAt)},
        {u"logged_at"_s, timeValue(e.loggedAt)},
        {u"text"_s, e.text},
        {u"pinned"_s, e.pinned},
        {u"retracted"_s, e.isRetracted()},
        {u"edits"_s, e.edits},
    };
    if (e.isRetracted()) {
        o.insert(u"retracted_at"_s, timeValue(e.retractedAt));
        o.insert(u"retracted_by"_s, e.retractedBy);
        o.insert(u"retract_reason"_s, e.retractReason);
    }
    return o;
}

QJsonObject incidentJson(const Incident &i, const QList<Entry> &entries)
{
    QJsonObject o = incidentSummaryJson(i);
    o.insert(u"milestones"_s, QJsonObject{
                                  {u"started"_s, timeValue(i.startedAt)},
                                  {u"identified"_s, timeValue(i.milestone(Status::Identified))},
                                  {u"mitigated"_s, timeValue(i.milestone(Status::Mitigated))},
                                  {u"resolved"_s, timeValue(i.milestone(Status::Resolved))},
                                  {u"closed"_s, timeValue(i.milestone(Status::Closed))},
                              });
    QJsonArray list;
    for (const Entry &e : entries)
        list.append(entryJson(e));
    o.insert(u"entries"_s, list);
    return o;
}

} // namespace bridge
