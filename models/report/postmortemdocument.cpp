#include "postmortemdocument.h"

#include "domain/timeparse.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Postmortem)
};

using Type = DocBlock::Type;

DocBlock paragraph(const QString &text, const QString &whenEmpty = {})
{
    DocBlock b;
    b.type = Type::Paragraph;
    b.text = text.trimmed().isEmpty() ? whenEmpty : text.trimmed();
    return b;
}

DocBlock subheading(const QString &text)
{
    DocBlock b;
    b.type = Type::Subheading;
    b.text = text;
    return b;
}

DocBlock table(const QStringList &headers, const QList<QStringList> &rows)
{
    DocBlock b;
    b.type = Type::Table;
    b.headers = headers;
    b.rows = rows;
    return b;
}

DocBlock bullets(const QStringList &items)
{
    DocBlock b;
    b.type = Type::Bullets;
    b.items = items;
    return b;
}

QString span(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return Tr::tr("not reached");
    // A milestone recorded before the start is a mistake in the record, not a figure.
    if (to < from)
        return Tr::tr("invalid: recorded %1 before the start").arg(formatMinutes(to.secsTo(from)));
    return formatMinutes(from.secsTo(to));
}

DocSection header(const IncidentRecord &r, const PostmortemDocument &doc)
{
    const Incident &i = r.incident;
    QStringList scribes;
    for (const Entry &e : r.entries) {
        if (!scribes.contains(e.scribe))
            scribes << e.scribe;
    }
    DocBlock facts;
    facts.type = Type::Facts;
    facts.facts = {
        {Tr::tr("Incident"), u"#%1"_s.arg(i.id)},
        {Tr::tr("Severity"), severityKey(i.severity)},
        {Tr::tr("Status"), doc.draft
                               ? Tr::tr("%1 (still open: DRAFT)").arg(statusDisplayName(i.status))
                               : statusDisplayName(i.status)},
        {Tr::tr("Started"), reportTime(i.startedAt, doc.zone)},
        {Tr::tr("Resolved"), i.milestone(Status::Resolved).isValid()
                                 ? reportTime(i.milestone(Status::Resolved), doc.zone)
                                 : Tr::tr("not yet")},
        {Tr::tr("Authors (scribes)"), scribes.join(u", "_s)},
        {Tr::tr("Review date"), r.review.reviewDate.isValid()
                                    ? r.review.reviewDate.toString(Qt::ISODate)
                                    : Tr::tr("not set")},
        {Tr::tr("Times shown in"), QString::fromUtf8(doc.zone.id())},
    };
    return {Tr::tr("Overview"), {facts}};
}

DocSection keyFigures(const IncidentRecord &r)
{
    const Incident &i = r.incident;
    DocBlock facts;
    facts.type = Type::Facts;
    const QDateTime detected = i.detectedAt;
    facts.facts = {
        {Tr::tr("Time undetected (started to detected)"),
         !detected.isValid()       ? Tr::tr("detection time not recorded")
         : detected <= i.startedAt ? Tr::tr("none: the alert fired before the incident was opened")
                                   : formatMinutes(i.startedAt.secsTo(detected))},
        {Tr::tr("Time to acknowledge"), span(clockStart(i), i.acknowledgedAt)},
        {Tr::tr("Time to mitigate"), span(i.startedAt, i.milestone(Status::Mitigated))},
        {Tr::tr("Time to resolve"), span(i.startedAt, i.milestone(Status::Resolved))},
        {Tr::tr("Updates sent"), QString::number(r.updates.size())},
        {Tr::tr("Updates late"), QString::number(r.sla.lateUpdates)},
    };
    return {Tr::tr("Key figures"), {facts}};
}

QStringList entryRow(const Entry &e, const QTimeZone &zone)
{
    QStringList notes;
    if (isSystemKind(e.kind))
        notes << Tr::tr("system");
    if (e.pinned)
        notes << Tr::tr("key moment");
    if (e.edits > 0)
        notes << Tr::tr("edited %n time(s)", nullptr, e.edits);
    if (e.isRetracted())
        notes << Tr::tr("RETRACTED: %1").arg(e.retractReason);
    return {reportTime(e.occurredAt, zone), kindDisplayName(e.kind), e.actor, e.text,
            notes.join(u"; "_s)};
}

DocSection timeline(const IncidentRecord &r, const QTimeZone &zone)
{
    const QStringList headers{Tr::tr("When"), Tr::tr("Kind"), Tr::tr("Who"),
                              Tr::tr("What happened"), Tr::tr("Notes")};
    QList<QStringList> key, all;
    for (const Entry &e : r.entries) {
        all << entryRow(e, zone);
        if (e.pinned && !e.isRetracted())
            key << entryRow(e, zone);
    }
    DocSection s{Tr::tr("Timeline"), {}};
    s.blocks << subheading(Tr::tr("Key moments"));
    s.blocks << (key.isEmpty() ? paragraph(Tr::tr("No entries were pinned."))
                               : table(headers, key));
    s.blocks << subheading(Tr::tr("Full timeline"));
    s.blocks << paragraph(
        Tr::tr("Every entry, in the order it happened, with the date and the time "
               "zone on every row. Retracted entries are kept and marked."));
    s.blocks << table(headers, all);
    s.blocks.last().entryRows = true;
    return s;
}

DocSection whatPeopleKnew(const IncidentRecord &r, const QTimeZone &zone)
{
    QStringList people;
    for (const Entry &e : r.entries) {
        if (!isSystemKind(e.kind) && !people.contains(e.actor))
            people << e.actor;
    }
    for (auto it = r.review.understanding.cbegin(); it != r.review.understanding.cend(); ++it) {
        if (!people.contains(it.key()))
            people << it.key();
    }
    DocSection s{Tr::tr("What people knew and did"), {}};
    s.blocks << paragraph(
        Tr::tr("For each person: the actions they took and when, the effects they "
               "observed, what they expected, what they assumed, the decisions they made, their "
               "notes, and their own understanding of the timeline at the time."));
    const std::pair<EntryKind, QString> groups[] = {
        {EntryKind::Action, Tr::tr("Actions")},
        {EntryKind::Observation, Tr::tr("Effects observed")},
        {EntryKind::Expectation, Tr::tr("Expectations")},
        {EntryKind::Assumption, Tr::tr("Assumptions")},
        // A decision is an action taken; a note is what they said. Both are their part.
        {EntryKind::Decision, Tr::tr("Decisions")},
        {EntryKind::Note, Tr::tr("Notes")},
    };
    for (const QString &person : std::as_const(people)) {
        s.blocks << subheading(person);
        QStringList items;
        for (const auto &[kind, label] : groups) {
            for (const Entry &e : r.entries) {
                if (e.actor == person && e.kind == kind && !e.isRetracted())
                    items << u"%1, %2: %3"_s.arg(label, reportTime(e.occurredAt, zone), e.text);
            }
        }
        const QString understood = r.review.understanding.value(person);
        items << Tr::tr("Understanding of the timeline: %1")
                     .arg(understood.isEmpty() ? Tr::tr("not written yet") : understood);
        s.blocks << bullets(items);
    }
    return s;
}

DocSection assumptionMap(const IncidentRecord &r, PostmortemDocument &doc)
{
    QHash<qint64, AssumptionRating> ratings;
    for (const AssumptionRating &a : r.review.assumptions)
        ratings.insert(a.entryId, a);
    QList<QStringList> rows;
    for (const Entry &e : r.entries) {
        if (e.kind != EntryKind::Assumption || e.isRetracted())
            continue;
        // In full: the map wraps it, and numbers it as in the table.
        AssumptionPoint p{e.text.simplified(), e.actor, false, true, ratings.contains(e.id)};
        if (p.rated) {
            p.known = ratings.value(e.id).known;
            p.important = ratings.value(e.id).important;
        }
        doc.assumptions << p;
        rows << QStringList{QString::number(doc.assumptions.size()), e.actor, e.text,
                            p.rated ? (p.known ? Tr::tr("known") : Tr::tr("unknown"))
                                    : Tr::tr("not rated"),
                            p.rated ? (p.important ? Tr::tr("important") : Tr::tr("unimportant"))
                                    : Tr::tr("not rated")};
    }
    DocSection s{Tr::tr("Assumption map"), {}};
    if (rows.isEmpty()) {
        s.blocks << paragraph(Tr::tr("Nobody logged an assumption."));
        return s;
    }
    DocBlock picture;
    picture.type = Type::AssumptionMap;
    s.blocks << picture;
    s.blocks << table(
        {Tr::tr("#"), Tr::tr("Who"), Tr::tr("Assumption"), Tr::tr("Known?"), Tr::tr("Important?")},
        rows);
    return s;
}

DocSection factors(const IncidentRecord &r)
{
    DocSection s{Tr::tr("Contributing factors"), {}};
    s.blocks << paragraph(Tr::tr("Complex systems fail for several reasons at once; each factor is "
                                 "followed up the chain that made it possible."));
    QStringList items;
    for (const ContributingFactor &f : r.review.factors) {
        QString item = u"%1: %2"_s.arg(factorCategoryDisplayName(f.category), f.text);
        if (!f.chain.isEmpty())
            item += u" ("_s + Tr::tr("behind it: %1").arg(f.chain.join(u" → "_s)) + u")"_s;
        items << item;
    }
    s.blocks << (items.isEmpty() ? paragraph(Tr::tr("Not written yet.")) : bullets(items));
    return s;
}

DocSection ownership(const IncidentRecord &r, PostmortemDocument &doc, const QDateTime &now)
{
    const QDateTime end = r.incident.liveAt(now);
    doc.chartStart = r.incident.startedAt;
    doc.chartEnd = end;
    QList<QStringList> rows;
    for (const RoleAssignment &a : r.roles) {
        const QDateTime to = a.to.isValid() ? a.to : end;
        doc.ownership << OwnershipBar{roleDisplayName(a.role), a.person, a.from, to};
        rows << QStringList{roleDisplayName(a.role), a.person, reportTime(a.from, doc.zone),
                            a.to.isValid() ? reportTime(a.to, doc.zone) : Tr::tr("still held")};
    }
    // A workstream's owners follow from its handoffs: each acknowledged handoff ends one
    // holding and starts the next, at the acknowledgement (an offer changes nobody's work).
    for (const Workstream &w : r.workstreams) {
        QList<const Handoff *> chain;
        for (const Handoff &h : r.handoffs) {
            if (!h.role && h.workstreamId == w.id && h.isAcknowledged())
                chain << &h;
        }
        std::stable_sort(chain.begin(), chain.end(), [](const Handoff *a, const Handoff *b) {
            return a->acknowledgedAt < b->acknowledgedAt;
        });
        QDateTime from = w.createdAt;
        QString owner = chain.isEmpty() ? w.owner : chain.first()->from;
        const QString lane = Tr::tr("Workstream: %1").arg(w.title);
        for (const Handoff *h : chain) {
            if (!owner.isEmpty())
                doc.ownership << OwnershipBar{lane, owner, from, h->acknowledgedAt};
            owner = h->to;
            from = h->acknowledgedAt;
        }
        // A finished workstream was held until it was marked done (its last change).
        const QDateTime until = w.state == WorkstreamState::Done && w.updatedAt.isValid()
                                    ? std::min(w.updatedAt, end)
                                    : end;
        if (!owner.isEmpty())
            doc.ownership << OwnershipBar{lane, owner, from, std::max(from, until)};
    }
    DocSection s{Tr::tr("Ownership and handoffs"), {}};
    if (!doc.ownership.isEmpty()) {
        DocBlock chart;
        chart.type = Type::OwnershipChart;
        s.blocks << chart;
    }
    s.blocks << subheading(Tr::tr("Roles"));
    s.blocks << (rows.isEmpty()
                     ? paragraph(Tr::tr("No roles were assigned."))
                     : table({Tr::tr("Role"), Tr::tr("Who"), Tr::tr("From"), Tr::tr("To")}, rows));
    s.blocks << subheading(Tr::tr("Handoffs"));
    QList<QStringList> handoffs;
    for (const Handoff &h : r.handoffs) {
        QStringList context;
        const std::pair<QString, QString> parts[] = {
            {Tr::tr("Done"), h.context.doneSoFar},
            {Tr::tr("In flight"), h.context.inFlight},
            {Tr::tr("Next"), h.context.nextSteps},
            {Tr::tr("Assumptions"), h.context.openAssumptions},
            {Tr::tr("Risks"), h.context.risks},
            {Tr::tr("Note"), h.context.note},
        };
        for (const auto &[label, text] : parts) {
            if (!text.isEmpty())
                context << u"%1: %2"_s.arg(label, text);
        }
        handoffs << QStringList{
            reportTime(h.at, doc.zone),
            h.subjectDisplayName(),
            h.from.isEmpty() ? Tr::tr("nobody") : h.from,
            h.to,
            h.isAcknowledged()
                ? (!h.acknowledgedBy.isEmpty() && h.acknowledgedBy != h.to
                       ? Tr::tr("%1, by %2 for them")
                             .arg(reportTime(h.acknowledgedAt, doc.zone), h.acknowledgedBy)
                       : reportTime(h.acknowledgedAt, doc.zone))
            : h.isWithdrawn() ? Tr::tr("withdrawn %1").arg(reportTime(h.withdrawnAt, doc.zone))
                              : Tr::tr("never acknowledged"),
            context.join(u"; "_s)};
    }
    s.blocks << (handoffs.isEmpty()
                     ? paragraph(Tr::tr("No handoffs."))
                     : table({Tr::tr("When"), Tr::tr("What"), Tr::tr("From"), Tr::tr("To"),
                              Tr::tr("Acknowledged"), Tr::tr("Context")},
                             handoffs));
    return s;
}

DocSection communications(const IncidentRecord &r, const QTimeZone &zone)
{
    QList<QStringList> rows;
    for (const StatusUpdate &u : r.updates)
        rows << QStringList{reportTime(u.sentAt, zone), audienceDisplayName(u.audience), u.author,
                            u.text};
    DocSection s{Tr::tr("Communications"), {}};
    s.blocks << (rows.isEmpty()
                     ? paragraph(Tr::tr("No updates were recorded as sent."))
                     : table({Tr::tr("Sent"), Tr::tr("Audience"), Tr::tr("By"), Tr::tr("Update")},
                             rows));
    return s;
}

DocSection responders(const IncidentRecord &r)
{
    QList<QStringList> rows;
    for (const ResponderFigures &f : r.responders)
        rows << QStringList{f.name, formatMinutes(f.onBridgeSeconds),
                            f.sleepingSeconds > 0 ? formatMinutes(f.sleepingSeconds) : u"0m"_s,
                            QString::number(f.incidents24h)};
    DocSection s{Tr::tr("Responders and load"), {}};
    s.blocks << paragraph(Tr::tr("Workload, not blame: long hours and nights on the bridge make "
                                 "everyone's decisions harder, and tell us where to add people."));
    s.blocks << table({Tr::tr("Person"), Tr::tr("On the bridge"), Tr::tr("In their sleeping hours"),
                       Tr::tr("Incidents in 24 h")},
                      rows);
    return s;
}

DocSection followUps(const IncidentRecord &r)
{
    QList<QStringList> rows;
    for (const FollowUp &f : r.review.followUps)
        rows << QStringList{followUpTypeDisplayName(f.type), f.text, f.owner,
                            f.due.isValid() ? f.due.toString(Qt::ISODate) : QString(), f.link};
    DocSection s{Tr::tr("Follow-ups"), {}};
    s.blocks << (rows.isEmpty() ? paragraph(Tr::tr("None yet."))
                                : table({Tr::tr("Type"), Tr::tr("Work"), Tr::tr("Owner"),
                                         Tr::tr("Due"), Tr::tr("Tracker")},
                                        rows));
    return s;
}
} // namespace

QString reportTime(const QDateTime &t, const QTimeZone &zone)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toTimeZone(zone);
    QString shown = u"%1 %2"_s.arg(local.toString(u"ddd d MMM yyyy HH:mm:ss"_s),
                                   local.timeZoneAbbreviation());
    if (local.offsetFromUtc() == 0)
        return shown;
    return u"%1 (%2 UTC)"_s.arg(shown, t.toUTC().toString(u"HH:mm"_s));
}

PostmortemDocument buildPostmortem(const IncidentRecord &r, const QTimeZone &zone,
                                   const QDateTime &now)
{
    PostmortemDocument doc;
    doc.zone = zone.isValid() ? zone : QTimeZone("UTC");
    doc.draft = r.incident.status != Status::Closed;
    doc.title = Tr::tr("Postmortem: %1").arg(r.incident.title);
    doc.sections << header(r, doc);
    doc.sections << DocSection{
        Tr::tr("Summary and impact"),
        {subheading(Tr::tr("Summary")), paragraph(r.review.summary, Tr::tr("Not written yet.")),
         subheading(Tr::tr("Impact")), paragraph(r.review.impact, Tr::tr("Not written yet."))}};
    doc.sections << keyFigures(r);
    doc.sections << timeline(r, doc.zone);
    doc.sections << whatPeopleKnew(r, doc.zone);
    doc.sections << assumptionMap(r, doc);
    doc.sections << factors(r);
    doc.sections << ownership(r, doc, now);
    doc.sections << communications(r, doc.zone);
    doc.sections << responders(r);
    doc.sections << DocSection{
        Tr::tr("What went well, what was hard, where we got lucky"),
        {subheading(Tr::tr("Went well")), paragraph(r.review.wentWell, Tr::tr("Not written yet.")),
         subheading(Tr::tr("Was hard")), paragraph(r.review.wasHard, Tr::tr("Not written yet.")),
         subheading(Tr::tr("Got lucky")), paragraph(r.review.lucky, Tr::tr("Not written yet."))}};
    doc.sections << followUps(r);
    return doc;
}

} // namespace bridge
