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

namespace {
QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray rolesJson(const QList<RoleAssignment> &roles)
{
    QJsonArray list;
    for (const RoleAssignment &r : roles) {
        list.append(QJsonObject{{u"role"_s, roleKey(r.role)},
                                {u"person"_s, r.person},
                                {u"from"_s, timeValue(r.from)},
                                {u"to"_s, timeValue(r.to)}});
    }
    return list;
}

QJsonArray workstreamsJson(const QList<Workstream> &workstreams)
{
    QJsonArray list;
    for (const Workstream &w : workstreams) {
        list.append(QJsonObject{{u"id"_s, w.id},
                                {u"title"_s, w.title},
                                {u"owner"_s, textOrNull(w.owner)},
                                {u"helpers"_s, QJsonArray::fromStringList(w.helpers)},
                                {u"state"_s, workstreamStateKey(w.state)},
                                {u"check_in"_s, timeValue(w.checkInAt)},
                                {u"notes"_s, w.notes},
                                {u"updated_at"_s, timeValue(w.updatedAt)}});
    }
    return list;
}

QJsonArray handoffsJson(const QList<Handoff> &handoffs)
{
    QJsonArray list;
    for (const Handoff &h : handoffs) {
        list.append(QJsonObject{{u"id"_s, h.id},
                                {u"subject"_s, h.subjectKey()},
                                {u"from"_s, textOrNull(h.from)},
                                {u"to"_s, h.to},
                                {u"at"_s, timeValue(h.at)},
                                {u"note"_s, h.context.note},
                                {u"done_so_far"_s, h.context.doneSoFar},
                                {u"in_flight"_s, h.context.inFlight},
                                {u"next_steps"_s, h.context.nextSteps},
                                {u"open_assumptions"_s, h.context.openAssumptions},
                                {u"risks"_s, h.context.risks},
                                {u"acknowledged_at"_s, timeValue(h.acknowledgedAt)},
                                {u"acknowledged_by"_s, textOrNull(h.acknowledgedBy)},
                                {u"withdrawn_at"_s, timeValue(h.withdrawnAt)}});
    }
    return list;
}

QJsonArray respondersJson(const QList<ResponderFigures> &responders)
{
    QJsonArray list;
    for (const ResponderFigures &r : responders) {
        list.append(QJsonObject{{u"name"_s, r.name},
                                {u"timezone"_s, QString::fromUtf8(r.zone.id())},
                                {u"joined_at"_s, timeValue(r.joinedAt)},
                                {u"left_at"_s, timeValue(r.leftAt)},
                                {u"paged_at"_s, timeValue(r.pagedAt)},
                                {u"on_bridge_minutes"_s, r.onBridgeSeconds / 60},
                                {u"sleeping_minutes"_s, r.sleepingSeconds / 60},
                                {u"incidents_24h"_s, r.incidents24h},
                                {u"first_incident"_s, r.firstIncident},
                                {u"warnings"_s, QJsonArray::fromStringList(r.warnings)}});
    }
    return list;
}
} // namespace

QJsonObject reviewJson(const Review &r)
{
    QJsonArray factors;
    for (const ContributingFactor &f : r.factors)
        factors.append(QJsonObject{{u"text"_s, f.text},
                                   {u"category"_s, factorCategoryKey(f.category)},
                                   {u"chain"_s, QJsonArray::fromStringList(f.chain)}});
    QJsonArray assumptions;
    for (const AssumptionRating &a : r.assumptions)
        assumptions.append(QJsonObject{
            {u"entry_id"_s, a.entryId}, {u"known"_s, a.known}, {u"important"_s, a.important}});
    QJsonObject understanding;
    for (auto it = r.understanding.cbegin(); it != r.understanding.cend(); ++it)
        understanding.insert(it.key(), it.value());
    QJsonArray followUps;
    for (const FollowUp &f : r.followUps)
        followUps.append(
            QJsonObject{{u"text"_s, f.text},
                        {u"owner"_s, f.owner},
                        {u"type"_s, followUpTypeKey(f.type)},
                        {u"due"_s, f.due.isValid() ? QJsonValue(f.due.toString(Qt::ISODate))
                                                   : QJsonValue(QJsonValue::Null)},
                        {u"link"_s, f.link}});
    return {
        {u"summary"_s, r.summary},
        {u"impact"_s, r.impact},
        {u"went_well"_s, r.wentWell},
        {u"was_hard"_s, r.wasHard},
        {u"lucky"_s, r.lucky},
        {u"review_date"_s, r.reviewDate.isValid() ? QJsonValue(r.reviewDate.toString(Qt::ISODate))
                                                  : QJsonValue(QJsonValue::Null)},
        {u"factors"_s, factors},
        {u"assumptions"_s, assumptions},
        {u"understanding"_s, understanding},
        {u"follow_ups"_s, followUps},
    };
}

QJsonObject exportJson(const IncidentRecord &record, const QDateTime &exportedAt)
{
    QJsonObject o = incidentJson(record);
    QJsonArray entries;
    for (const QJsonValue v : o.value(u"entries"_s).toArray()) {
        QJsonObject e = v.toObject();
        QJsonArray history;
        for (const EntryRevision &r : record.revisions.value(e.value(u"id"_s).toInteger())) {
            history.append(QJsonObject{{u"changed_at"_s, timeValue(r.changedAt)},
                                       {u"changed_by"_s, r.changedBy},
                                       {u"change"_s, r.change},
                                       {u"kind"_s, kindKey(r.kind)},
                                       {u"actor"_s, r.actor},
                                       {u"occurred_at"_s, timeValue(r.occurredAt)},
                                       {u"text"_s, r.text},
                                       {u"pinned"_s, r.pinned},
                                       {u"retracted"_s, r.retracted}});
        }
        e.insert(u"revisions"_s, history);
        entries.append(e);
    }
    o.insert(u"entries"_s, entries);
    o.insert(u"review"_s, reviewJson(record.review));
    // Facts only: who was on the bridge when, in which zone. The workload figures and the SLA
    // clocks depend on "now" and on the other incidents in a database, so they stay in
    // show --json and the report, and an export of the same incident never changes.
    QJsonArray responders;
    QStringList names;
    for (const ResponderStint &s : record.stints) {
        if (!names.contains(s.person))
            names << s.person;
    }
    for (const QString &name : std::as_const(names)) {
        QJsonArray stints;
        for (const ResponderStint &s : record.stints) {
            if (s.person == name)
                stints.append(QJsonObject{{u"joined_at"_s, timeValue(s.joinedAt)},
                                          {u"left_at"_s, timeValue(s.leftAt)},
                                          {u"paged_at"_s, timeValue(s.pagedAt)}});
        }
        QString zone;
        for (const ResponderFigures &f : record.responders) {
            if (f.name == name)
                zone = QString::fromUtf8(f.zone.id());
        }
        responders.append(
            QJsonObject{{u"name"_s, name}, {u"timezone"_s, zone}, {u"stints"_s, stints}});
    }
    o.insert(u"responders"_s, responders);
    o.remove(u"sla"_s);
    o.insert(u"format_version"_s, ExportFormatVersion);
    o.insert(u"exported_at"_s, timeValue(exportedAt));
    return o;
}

QJsonObject incidentJson(const IncidentRecord &record)
{
    const Incident &i = record.incident;
    QJsonObject o = incidentSummaryJson(i);
    o.insert(u"milestones"_s, QJsonObject{
                                  {u"started"_s, timeValue(i.startedAt)},
                                  {u"identified"_s, timeValue(i.milestone(Status::Identified))},
                                  {u"mitigated"_s, timeValue(i.milestone(Status::Mitigated))},
                                  {u"resolved"_s, timeValue(i.milestone(Status::Resolved))},
                                  {u"closed"_s, timeValue(i.milestone(Status::Closed))},
                                  {u"detected"_s, timeValue(i.detectedAt)},
                                  {u"acknowledged"_s, timeValue(i.acknowledgedAt)},
                              });
    QJsonArray entries;
    for (const Entry &e : record.entries)
        entries.append(entryJson(e));
    o.insert(u"entries"_s, entries);
    o.insert(u"roles"_s, rolesJson(record.roles));
    o.insert(u"workstreams"_s, workstreamsJson(record.workstreams));
    o.insert(u"handoffs"_s, handoffsJson(record.handoffs));
    o.insert(u"responders"_s, respondersJson(record.responders));
    QJsonArray updates;
    for (const StatusUpdate &u : record.updates) {
        updates.append(QJsonObject{{u"id"_s, u.id},
                                   {u"audience"_s, audienceKey(u.audience)},
                                   {u"sent_at"_s, timeValue(u.sentAt)},
                                   {u"author"_s, u.author},
                                   {u"text"_s, u.text}});
    }
    o.insert(u"updates"_s, updates);
    const SlaFigures &s = record.sla;
    o.insert(
        u"sla"_s,
        QJsonObject{
            {u"ack_minutes"_s, s.ackMinutes ? QJsonValue(*s.ackMinutes) : QJsonValue()},
            {u"ack_met"_s, s.ackMet ? QJsonValue(*s.ackMet) : QJsonValue()},
            {u"ack_due"_s, timeValue(s.ackDue)},
            {u"cadence_minutes"_s, s.cadenceMinutes ? QJsonValue(*s.cadenceMinutes) : QJsonValue()},
            {u"next_update_due"_s, timeValue(s.nextUpdateDue)},
            {u"next_update_audience"_s, s.nextUpdateDue.isValid()
                                            ? QJsonValue(audienceKey(s.nextUpdateAudience))
                                            : QJsonValue()},
            {u"overdue"_s, s.overdue},
            {u"late_updates"_s, s.lateUpdates},
        });
    return o;
}

} // namespace bridge
