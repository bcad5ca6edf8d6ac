#include "updatedraft.h"

#include "domain/timeparse.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::UpdateDraft)
};

QString clock(const QDateTime &t, const QTimeZone &zone)
{
    const QDateTime local = t.toTimeZone(zone);
    return u"%1 %2"_s.arg(local.toString(u"HH:mm"_s), local.timeZoneAbbreviation());
}

QString nextUpdateLine(const DraftInput &in)
{
    const QDateTime next = promisedNextUpdate(in);
    if (!next.isValid())
        return {};
    return Tr::tr("Next update: %1 (in %2).")
        .arg(clock(next, in.zone), formatMinutes(in.now.secsTo(next)));
}

QDateTime lastSent(Audience audience, const QList<StatusUpdate> &updates)
{
    QDateTime last;
    for (const StatusUpdate &u : updates) {
        if (u.audience == audience && (!last.isValid() || u.sentAt > last))
            last = u.sentAt;
    }
    return last;
}

QList<const Workstream *> streamsIn(const DraftInput &in,
                                    std::initializer_list<WorkstreamState> states)
{
    QList<const Workstream *> list;
    for (const Workstream &w : in.record.workstreams) {
        if (std::find(states.begin(), states.end(), w.state) != states.end())
            list << &w;
    }
    return list;
}

// The newest live entries of one kind, newest first.
QList<const Entry *> latest(const DraftInput &in, EntryKind kind, int count)
{
    QList<const Entry *> found;
    for (const Entry &e : in.record.entries) {
        if (e.kind == kind && !e.isRetracted())
            found << &e;
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Entry *a, const Entry *b) { return a->occurredAt > b->occurredAt; });
    return found.mid(0, count);
}

QString firstLine(const Entry &e)
{
    return e.text.section(u'\n', 0, 0).trimmed();
}

QList<Entry> oldestFirst(QList<const Entry *> used)
{
    std::sort(used.begin(), used.end(), [](const Entry *a, const Entry *b) {
        return a->occurredAt != b->occurredAt ? a->occurredAt < b->occurredAt : a->id < b->id;
    });
    QList<Entry> list;
    for (const Entry *e : used)
        list << *e;
    return list;
}

QString headline(const DraftInput &in)
{
    const Incident &i = in.record.incident;
    return Tr::tr("%1, %2. %3. Ongoing for %4.")
        .arg(severityKey(i.severity), statusDisplayName(i.status).toLower(), i.title,
             formatMinutes(i.startedAt.secsTo(i.endedAt().isValid() ? i.endedAt() : in.now)));
}

DraftedUpdate executive(const DraftInput &in)
{
    QStringList lines;
    QList<const Entry *> used;
    lines << Tr::tr("Incident: %1").arg(headline(in));
    const auto seen = latest(in, EntryKind::Observation, 3);
    if (seen.isEmpty()) {
        lines << Tr::tr("Current status: [what we see now]");
    } else {
        lines << Tr::tr("Current status: %1 (seen %2)")
                     .arg(firstLine(*seen.first()), clock(seen.first()->occurredAt, in.zone));
        for (const Entry *e : seen.mid(1))
            lines << Tr::tr("- Earlier: %1 (%2)").arg(firstLine(*e), clock(e->occurredAt, in.zone));
        used << seen;
    }
    const auto decided = latest(in, EntryKind::Decision, 2);
    for (const Entry *e : decided)
        lines << Tr::tr("Decided: %1 (%2)").arg(firstLine(*e), clock(e->occurredAt, in.zone));
    used << decided;
    lines << Tr::tr("Impact: [who is affected, how badly, since when]");
    lines << Tr::tr("What we're doing:");
    const auto active = streamsIn(in, {WorkstreamState::Active, WorkstreamState::Open});
    for (const Workstream *w : active)
        lines << u"- %1 (%2)"_s.arg(w->title, w->owner.isEmpty() ? Tr::tr("unassigned") : w->owner);
    if (active.isEmpty())
        lines << Tr::tr("- [the main lines of work]");
    for (const Workstream *w : streamsIn(in, {WorkstreamState::Blocked}))
        lines << Tr::tr("- Blocked: %1%2")
                     .arg(w->title, w->notes.isEmpty() ? QString() : u": "_s + w->notes);
    if (const QString next = nextUpdateLine(in); !next.isEmpty())
        lines << next;
    return {lines.join(u'\n'), oldestFirst(used)};
}

DraftedUpdate customer(const DraftInput &in)
{
    const Incident &i = in.record.incident;
    const QString state = statusPageState(i.status);
    QString body;
    if (state == u"investigating"_s)
        body = Tr::tr("We are investigating reports of [what customers notice]. Some customers "
                      "may [the effect on them].");
    else if (state == u"identified"_s)
        body = Tr::tr("We have identified the cause of [what customers notice] and are working "
                      "on a fix.");
    else if (state == u"monitoring"_s)
        body = Tr::tr("A fix has been applied for [what customers notice]. We are monitoring to "
                      "make sure it holds.");
    else
        body = Tr::tr("This incident has been resolved. [what customers noticed] is working "
                      "normally again.");
    QStringList lines{u"%1: %2"_s.arg(state.at(0).toUpper() + state.mid(1), body)};
    if (const QDateTime next = promisedNextUpdate(in); next.isValid())
        lines << Tr::tr("We will post the next update by %1.").arg(clock(next, in.zone));
    return {lines.join(u'\n'), {}};
}

DraftedUpdate tactical(const DraftInput &in)
{
    QStringList lines;
    QString commander;
    for (const RoleAssignment &a : in.record.roles) {
        if (a.role == Role::Commander && a.isCurrent())
            commander = a.person;
    }
    lines << Tr::tr("Conditions: %1").arg(headline(in));
    lines << Tr::tr("Incident commander: %1")
                 .arg(commander.isEmpty() ? Tr::tr("none assigned") : commander);
    // What is new since the last tactical update, plus the key moments.
    const QDateTime since = lastSent(Audience::Tactical, in.updates);
    QList<const Entry *> facts;
    for (const Entry &e : in.record.entries) {
        if (e.isRetracted() || isSystemKind(e.kind))
            continue;
        if (e.pinned || (since.isValid() && e.occurredAt > since))
            facts << &e;
    }
    facts = facts.mid(std::max<qsizetype>(0, facts.size() - 10));
    for (const Entry *e : facts)
        lines << u"- %1 %2: %3"_s.arg(clock(e->occurredAt, in.zone), e->actor, firstLine(*e));
    lines << Tr::tr("Actions:");
    for (const Workstream *w : streamsIn(in, {WorkstreamState::Active, WorkstreamState::Open})) {
        QString line
            = u"- %1 — %2"_s.arg(w->title, w->owner.isEmpty() ? Tr::tr("unassigned") : w->owner);
        if (w->checkInAt.isValid())
            line += Tr::tr(" (check-in %1)").arg(clock(w->checkInAt, in.zone));
        lines << line;
    }
    lines << Tr::tr("Needs:");
    QStringList needs;
    for (const Workstream *w : streamsIn(in, {WorkstreamState::Blocked}))
        needs << Tr::tr("- Unblock %1%2")
                     .arg(w->title, w->notes.isEmpty() ? QString() : u": "_s + w->notes);
    for (const Workstream &w : in.record.workstreams) {
        if (w.isCheckInOverdue(in.now) && w.state != WorkstreamState::Blocked)
            needs << Tr::tr("- Check in on %1 (%2)").arg(w.title, w.owner);
    }
    for (const Handoff &h : in.record.handoffs) {
        if (!h.isAcknowledged())
            needs << Tr::tr("- %1 to acknowledge: %2").arg(h.to, h.subjectDisplayName());
    }
    bool comms = false;
    for (const RoleAssignment &a : in.record.roles)
        comms |= a.role == Role::Comms && a.isCurrent();
    if (!comms)
        needs << Tr::tr("- A comms lead");
    lines << (needs.isEmpty() ? QStringList{Tr::tr("- Nothing right now")} : needs);
    if (const QString next = nextUpdateLine(in); !next.isEmpty())
        lines << next;
    return {lines.join(u'\n'), oldestFirst(facts)};
}
} // namespace

QDateTime promisedNextUpdate(const DraftInput &in)
{
    if (!in.policy.everyMinutes || !in.record.incident.isOpen())
        return {};
    return in.now.addSecs(60LL * *in.policy.everyMinutes);
}

DraftedUpdate draftUpdate(Audience audience, const DraftInput &input)
{
    switch (audience) {
    case Audience::Executive:
        return executive(input);
    case Audience::Customer:
        return customer(input);
    case Audience::Tactical:
        return tactical(input);
    }
    return {};
}

} // namespace bridge
