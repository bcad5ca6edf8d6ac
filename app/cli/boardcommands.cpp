// The board's commands: join, leave, role, workstream, handoff, ack-handoff.
#include "boardcommands.h"

#include "cliutil.h"
#include "domain/timeparse.h"
#include "session/incidentsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bridge::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::CommandLine)
};

int runJoin(const Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption at(u"at"_s, {}, u"TIME"_s);
    const QCommandLineOption paged(u"paged-at"_s, {}, u"TIME"_s);
    const QCommandLineOption zone(u"timezone"_s, {}, u"ZONE"_s);
    if (!parse(parser, inv, {at, paged, zone}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    if (words.size() < 2)
        return usage(Tr::tr("join needs an incident id and a person: join 12 \"Maya Chen\"."));
    auto when = parseTimeOption(parser, u"at"_s);
    if (!when)
        return fail(when.error());
    auto pagedAt = parseTimeOption(parser, u"paged-at"_s);
    if (!pagedAt)
        return fail(pagedAt.error());
    auto opened = openIncident(inv, words.first());
    if (!opened)
        return fail(opened.error());
    auto joined = opened.value().session->join(opened->incident.id, words.mid(1).join(u' '), *when,
                                               *pagedAt, parser.value(zone));
    return joined ? Success : fail(joined.error());
}

int runLeave(const Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption at(u"at"_s, {}, u"TIME"_s);
    if (!parse(parser, inv, {at}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    if (words.size() < 2)
        return usage(Tr::tr("leave needs an incident id and a person: leave 12 \"Maya Chen\"."));
    auto when = parseTimeOption(parser, u"at"_s);
    if (!when)
        return fail(when.error());
    auto opened = openIncident(inv, words.first());
    if (!opened)
        return fail(opened.error());
    auto left = opened.value().session->leave(opened->incident.id, words.mid(1).join(u' '), *when);
    return left ? Success : fail(left.error());
}

int runRole(const Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption at(u"at"_s, {}, u"TIME"_s);
    if (!parse(parser, inv, {at}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    if (words.size() < 3)
        return usage(Tr::tr("role needs an incident id, a role and a person: "
                            "role 12 commander \"Jonas Weber\"."));
    const auto role = roleFromKey(words.at(1));
    if (!role)
        return usage(Tr::tr("unknown role \"%1\": use commander, deputy, scribe, comms, sme or "
                            "observer.")
                         .arg(words.at(1)));
    auto when = parseTimeOption(parser, u"at"_s);
    if (!when)
        return fail(when.error());
    auto opened = openIncident(inv, words.first());
    if (!opened)
        return fail(opened.error());
    auto assigned = opened.value().session->assignRole(opened->incident.id, *role,
                                                       words.mid(2).join(u' '), *when);
    if (!assigned)
        return fail(assigned.error());
    if (assigned->has_value()) // it was a handoff: say so, with its id
        printOut(QString::number((*assigned)->id) + u'\n');
    return Success;
}

int runWorkstream(const Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption title(u"title"_s, {}, u"TEXT"_s);
    const QCommandLineOption owner(u"owner"_s, {}, u"PERSON"_s);
    const QCommandLineOption state(u"state"_s, {}, u"STATE"_s, u"open"_s);
    const QCommandLineOption checkIn(u"check-in"_s, {}, u"TIME"_s);
    if (!parse(parser, inv, {title, owner, state, checkIn}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1)
        return usage(Tr::tr("workstream needs one incident id: workstream 12 --title \"Fail "
                            "back the database\"."));
    if (parser.value(title).trimmed().isEmpty())
        return usage(Tr::tr("workstream needs --title \"...\"."));
    const auto s = workstreamStateFromKey(parser.value(state));
    if (!s)
        return usage(Tr::tr("unknown workstream state \"%1\": use open, active, blocked or done.")
                         .arg(parser.value(state)));
    auto when = parseTimeOption(parser, u"check-in"_s);
    if (!when)
        return fail(when.error());
    auto opened = openIncident(inv, words.first());
    if (!opened)
        return fail(opened.error());
    WorkstreamDraft draft;
    draft.title = parser.value(title);
    draft.owner = parser.value(owner);
    draft.state = *s;
    draft.checkInAt = *when;
    auto created = opened.value().session->createWorkstream(opened->incident.id, draft);
    if (!created)
        return fail(created.error());
    printOut(QString::number(created->id) + u'\n');
    return Success;
}

int runHandoff(const Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption role(u"role"_s, {}, u"ROLE"_s);
    const QCommandLineOption workstream(u"workstream"_s, {}, u"WID"_s);
    const QCommandLineOption to(u"to"_s, {}, u"PERSON"_s);
    const QCommandLineOption note(u"note"_s, {}, u"TEXT"_s);
    const QCommandLineOption at(u"at"_s, {}, u"TIME"_s);
    if (!parse(parser, inv, {role, workstream, to, note, at}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1)
        return usage(Tr::tr("handoff needs one incident id: handoff 12 --role commander --to "
                            "\"Priya Nair\"."));
    if (parser.isSet(role) == parser.isSet(workstream))
        return usage(Tr::tr("handoff needs either --role ROLE or --workstream WID, not both."));
    if (parser.value(to).trimmed().isEmpty())
        return usage(Tr::tr("handoff needs --to PERSON: who takes over."));
    IncidentSession::HandoffSubject subject;
    if (parser.isSet(role)) {
        subject.role = roleFromKey(parser.value(role));
        if (!subject.role)
            return usage(Tr::tr("unknown role \"%1\": use commander, deputy, scribe or comms.")
                             .arg(parser.value(role)));
    } else {
        auto wid = parseId(parser.value(workstream),
                           QT_TRANSLATE_NOOP("bridge::CommandLine", "The workstream id"));
        if (!wid)
            return fail(wid.error());
        subject.workstreamId = *wid;
    }
    auto when = parseTimeOption(parser, u"at"_s);
    if (!when)
        return fail(when.error());
    auto opened = openIncident(inv, words.first());
    if (!opened)
        return fail(opened.error());
    HandoffContext context;
    context.note = parser.value(note);
    auto handoff = opened.value().session->handOff(opened->incident.id, subject, parser.value(to),
                                                   context, *when);
    if (!handoff)
        return fail(handoff.error());
    printOut(QString::number(handoff->id) + u'\n');
    return Success;
}

int runAckHandoff(const Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption at(u"at"_s, {}, u"TIME"_s);
    if (!parse(parser, inv, {at}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1)
        return usage(Tr::tr("ack-handoff needs one handoff id: ack-handoff 7."));
    auto id = parseId(words.first(), QT_TRANSLATE_NOOP("bridge::CommandLine", "The handoff id"));
    if (!id)
        return fail(id.error());
    auto when = parseTimeOption(parser, u"at"_s);
    if (!when)
        return fail(when.error());
    auto session = openSession(inv);
    if (!session)
        return fail(session.error());
    auto acked = session.value()->acknowledgeHandoff(*id, *when);
    return acked ? Success : fail(acked.error());
}
} // namespace

const QList<Command> &boardCommands()
{
    static const QList<Command> commands = {
        {"join", runJoin},       {"leave", runLeave},
        {"role", runRole},       {"workstream", runWorkstream},
        {"handoff", runHandoff}, {"ack-handoff", runAckHandoff},
    };
    return commands;
}

} // namespace bridge::cli
