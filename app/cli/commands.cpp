#include "commands.h"

#include "backupcommands.h"
#include "boardcommands.h"
#include "cliutil.h"
#include "exportcommands.h"
#include "servecommands.h"
#include "teamcommands.h"
#include "updatecommands.h"

#include "domain/timeparse.h"
#include "report/incidentjson.h"
#include "session/identity.h"
#include "session/incidentsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace bridge::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::CommandLine)
};

int runNew(const Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption title(u"title"_s, {}, u"TEXT"_s);
    const QCommandLineOption severity(u"severity"_s, {}, u"SEV"_s, u"SEV3"_s);
    const QCommandLineOption started(u"started"_s, {}, u"TIME"_s);
    if (!parse(parser, inv, {title, severity, started}))
        return BadUsage;
    if (!parser.positionalArguments().isEmpty())
        return usage(Tr::tr("new takes no further words; put the title in --title \"...\"."));
    if (!parser.isSet(title) || parser.value(title).trimmed().isEmpty())
        return usage(Tr::tr("new needs a title: --title \"Checkout returns 503 in eu-west\"."));
    const auto sev = severityFromKey(parser.value(severity));
    if (!sev)
        return usage(Tr::tr("unknown severity \"%1\": use SEV1 (worst), SEV2, SEV3 or SEV4.")
                         .arg(parser.value(severity)));
    auto startedAt = parseTimeOption(parser, u"started"_s);
    if (!startedAt)
        return fail(startedAt.error());

    auto session = openSession(inv);
    if (!session)
        return fail(session.error());
    auto incident = session.value()->createIncident({parser.value(title), *sev, *startedAt});
    if (!incident)
        return fail(incident.error());
    printOut(QString::number(incident->id) + u'\n');
    return Success;
}

// `log --queue` with the team server out of reach: the line waits in the outbox. Nothing
// can be checked against the record now; a line it refuses later is listed with why.
int keepInOutbox(const Invocation &inv, const QString &idText, const EntryDraft &draft,
                 const Error &why)
{
    auto id = parseId(idText, QT_TRANSLATE_NOOP("bridge::CommandLine", "The incident id"));
    if (!id)
        return fail(id.error());
    auto kept = IncidentSession::keepForLater(databaseAddress(inv), *id, draft,
                                              resolveIdentityName(inv.as));
    if (!kept)
        return fail(kept.error());
    printError(Tr::tr("%1 The line is kept in this machine's outbox and is sent, once, by the "
                      "next command or window that reaches the server; incident-bridge outbox "
                      "lists what waits.")
                   .arg(why.message));
    return Success;
}

int runLog(const Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(u"kind"_s, {}, u"KIND"_s);
    const QCommandLineOption actor(u"actor"_s, {}, u"NAME"_s);
    const QCommandLineOption at(u"at"_s, {}, u"TIME"_s);
    const QCommandLineOption pin(u"pin"_s);
    const QCommandLineOption queue(u"queue"_s);
    if (!parse(parser, inv, {kind, actor, at, pin, queue}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return usage(Tr::tr("log needs an incident id and the text: log 12 --kind action "
                            "\"Rolled back the deploy\"."));
    if (!parser.isSet(kind))
        return usage(Tr::tr("log needs --kind: action, observation, expectation, assumption, "
                            "decision or note."));
    const auto k = kindFromKey(parser.value(kind));
    if (!k || isSystemKind(*k))
        return usage(Tr::tr("unknown kind \"%1\": use action, observation, expectation, "
                            "assumption, decision or note.")
                         .arg(parser.value(kind)));
    const QString text = words.mid(1).join(u' ');
    if (text.trimmed().isEmpty())
        return usage(Tr::tr("log needs the entry's text after the incident id."));
    auto occurred = parseTimeOption(parser, u"at"_s);
    if (!occurred)
        return fail(occurred.error());
    const EntryDraft draft{*k, parser.value(actor).simplified(), *occurred, text,
                           parser.isSet(pin)};
    const bool mayQueue = parser.isSet(queue);
    auto opened
        = openIncident(inv, words.first(), mayQueue ? Patience::TryOnce : Patience::WaitForTimeout);
    if (!opened && mayQueue && opened.error().code == Error::Code::Unreachable)
        return keepInOutbox(inv, words.first(), draft, opened.error());
    if (!opened)
        return fail(opened.error());
    // A script names people exactly: the same person whatever the case and accents, else a
    // new one, with a word on stderr when the new name is close to someone on the bridge.
    QString who = parser.value(actor).simplified();
    if (!who.isEmpty()) {
        const NameMatch match = opened.value().session->matchPerson(opened->incident.id, who);
        if (match.kind == NameMatch::Kind::Exact) {
            who = match.name;
        } else {
            QStringList close = match.candidates;
            if (match.kind == NameMatch::Kind::Prefix)
                close = {match.name};
            if (!close.isEmpty()) {
                QStringList quoted;
                for (const QString &name : std::as_const(close))
                    quoted << u"'%1'"_s.arg(name);
                printError(Tr::tr("new person '%1'; did you mean %2?")
                               .arg(who, quoted.join(Tr::tr(" or "))));
            }
        }
    }
    EntryDraft named = draft;
    named.actor = who;
    auto entry = opened.value().session->log(opened->incident.id, named);
    if (!entry)
        return fail(entry.error());
    if (entry->waiting) {
        // The server went away under the line: it may have landed, so it is kept with its
        // uid, never typed again by hand.
        printError(Tr::tr("the team database %1 went away while this line was sent. It is kept "
                          "in this machine's outbox and is sent, once, by the next command or "
                          "window that reaches the server: do not log it again. "
                          "incident-bridge outbox lists what waits.")
                       .arg(opened.value().session->database().displayName()));
        return mayQueue ? Success : Failure;
    }
    printOut(QString::number(entry->id) + u'\n');
    return Success;
}

int runStatus(const Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption at(u"at"_s, {}, u"TIME"_s);
    const QCommandLineOption openWork(u"open-work"_s, {}, u"close|keep"_s);
    if (!parse(parser, inv, {at, openWork}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2)
        return usage(Tr::tr("status needs an incident id and a state: status 12 mitigated."));
    auto policy = IncidentSession::OpenWork::Refuse;
    if (parser.isSet(openWork)) {
        if (parser.value(openWork) == u"close"_s)
            policy = IncidentSession::OpenWork::Close;
        else if (parser.value(openWork) == u"keep"_s)
            policy = IncidentSession::OpenWork::Keep;
        else
            return usage(Tr::tr("--open-work takes close (mark open workstreams done and "
                                "withdraw waiting handoffs) or keep (leave them as they stand), "
                                "not \"%1\".")
                             .arg(parser.value(openWork)));
    }
    const auto state = statusFromKey(words.at(1));
    if (!state)
        return usage(Tr::tr("unknown state \"%1\": use investigating, identified, mitigated, "
                            "resolved or closed.")
                         .arg(words.at(1)));
    auto when = parseTimeOption(parser, u"at"_s);
    if (!when)
        return fail(when.error());
    auto opened = openIncident(inv, words.first());
    if (!opened)
        return fail(opened.error());
    // Closing takes a backup; when that fails the close stands, and the user is told.
    QObject::connect(opened.value().session.get(), &IncidentSession::operationFailed,
                     [](const QString &why) {
                         printError(Tr::tr("The incident was closed, but its automatic backup "
                                           "failed: %1 Run incident-bridge backup once that is "
                                           "fixed.")
                                        .arg(why));
                     });
    auto changed = opened.value().session->setStatus(opened->incident.id, *state, *when, policy);
    if (!changed && changed.error().code == Error::Code::Decision)
        return usage(changed.error().message
                     + Tr::tr(" Run it again with --open-work close or --open-work keep."));
    if (!changed)
        return fail(changed.error());
    return Success;
}

int runList(const Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    if (!parse(parser, inv, {json}))
        return BadUsage;
    if (!parser.positionalArguments().isEmpty())
        return usage(Tr::tr("list takes no arguments besides --json."));
    auto session = openSession(inv);
    if (!session)
        return fail(session.error());
    const QList<Incident> incidents = session.value()->incidents();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Incident &i : incidents)
            array.append(incidentSummaryJson(i));
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return Success;
    }
    for (const Incident &i : incidents) {
        printOut(u"%1\t%2\t%3\t%4\t%5\n"_s.arg(
            QString::number(i.id), severityKey(i.severity), statusKey(i.status),
            i.startedAt.toLocalTime().toString(Qt::ISODate), visibleControls(i.title)));
    }
    return Success;
}

int runShow(const Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s);
    if (!parse(parser, inv, {json}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1)
        return usage(Tr::tr("show needs one incident id: show 12 [--json]."));
    auto opened = openIncident(inv, words.first());
    if (!opened)
        return fail(opened.error());
    auto record = opened.value().session->record(opened->incident.id);
    if (!record)
        return fail(record.error());
    const Incident *incident = &record->incident;
    const QList<Entry> *entries = &record->entries;
    if (parser.isSet(json)) {
        const QJsonObject o = incidentJson(*record);
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return Success;
    }
    printOut(
        u"#%1 %2 — %3, %4\n"_s.arg(QString::number(incident->id), visibleControls(incident->title),
                                   severityKey(incident->severity), statusKey(incident->status)));
    QDate day;
    for (const Entry &e : *entries) {
        const QDateTime local = e.occurredAt.toLocalTime();
        if (local.date() != day) {
            day = local.date();
            printOut(u"\n%1\n"_s.arg(day.toString(u"yyyy-MM-dd"_s))); // ISODate is empty past 9999
        }
        printOut(u"  %1  %2  %3%4: %5%6\n"_s.arg(
            local.toString(u"HH:mm:ss"_s), kindKey(e.kind).leftJustified(11),
            e.pinned ? u"* "_s : QString(), visibleControls(e.actor), visibleControls(e.text),
            e.isRetracted() ? Tr::tr("  [retracted: %1]").arg(visibleControls(e.retractReason))
                            : QString()));
    }
    return Success;
}

const Command commands[] = {
    {"new", runNew}, {"log", runLog}, {"status", runStatus}, {"list", runList}, {"show", runShow},
};
} // namespace

std::optional<Command> findCommand(const QString &name)
{
    for (const Command &c : commands) {
        if (name == QLatin1StringView(c.name))
            return c;
    }
    for (const auto *list : {&boardCommands(), &updateCommands(), &exportCommands(),
                             &backupCommands(), &teamCommands(), &serveCommands()}) {
        for (const Command &c : *list) {
            if (name == QLatin1StringView(c.name))
                return c;
        }
    }
    return std::nullopt;
}

} // namespace bridge::cli
