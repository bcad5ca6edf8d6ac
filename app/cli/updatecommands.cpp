// The composer's commands: milestone, update, policy.
#include "updatecommands.h"

#include "cliutil.h"
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

int runMilestone(const Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption at(u"at"_s, {}, u"TIME"_s);
    if (!parse(parser, inv, {at}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2)
        return usage(Tr::tr("milestone needs an incident id and detected or acknowledged: "
                            "milestone 12 acknowledged."));
    IncidentSession::Milestone which;
    if (words.at(1).compare(u"detected"_s, Qt::CaseInsensitive) == 0)
        which = IncidentSession::Milestone::Detected;
    else if (words.at(1).compare(u"acknowledged"_s, Qt::CaseInsensitive) == 0)
        which = IncidentSession::Milestone::Acknowledged;
    else
        return usage(
            Tr::tr("unknown milestone \"%1\": use detected or acknowledged.").arg(words.at(1)));
    auto when = parseTimeOption(parser, u"at"_s);
    if (!when)
        return fail(when.error());
    auto opened = openIncident(inv, words.first());
    if (!opened)
        return fail(opened.error());
    auto set = opened.value().session->setMilestone(opened->incident.id, which, *when);
    return set ? Success : fail(set.error());
}

int runUpdate(const Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption audience(u"audience"_s, {}, u"AUDIENCE"_s);
    const QCommandLineOption draft(u"draft"_s);
    const QCommandLineOption text(u"text"_s, {}, u"TEXT"_s);
    const QCommandLineOption at(u"at"_s, {}, u"TIME"_s);
    if (!parse(parser, inv, {audience, draft, text, at}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1)
        return usage(Tr::tr("update needs one incident id: update 12 --audience executive "
                            "--draft."));
    if (!parser.isSet(audience))
        return usage(Tr::tr("update needs --audience executive, customer or tactical."));
    const auto who = audienceFromKey(parser.value(audience));
    if (!who)
        return usage(Tr::tr("unknown audience \"%1\": use executive, customer or tactical.")
                         .arg(parser.value(audience)));
    if (parser.isSet(draft) == parser.isSet(text))
        return usage(Tr::tr("update needs either --draft (print a draft, record nothing) or "
                            "--text TEXT (record it as sent)."));
    if (parser.isSet(draft) && parser.isSet(at))
        return usage(Tr::tr("--at goes with --text: a draft is not sent."));
    auto when = parseTimeOption(parser, u"at"_s);
    if (!when)
        return fail(when.error());
    auto opened = openIncident(inv, words.first());
    if (!opened)
        return fail(opened.error());
    IncidentSession &session = *opened.value().session;
    if (parser.isSet(draft)) {
        auto drafted = session.draftUpdate(opened->incident.id, *who);
        if (!drafted)
            return fail(drafted.error());
        printOut(visibleControls(drafted->text, true) + u'\n');
        return Success;
    }
    auto sent = session.markSent(opened->incident.id, *who, parser.value(text), *when);
    if (!sent)
        return fail(sent.error());
    printOut(QString::number(sent->id) + u'\n');
    return Success;
}

std::optional<int> minutes(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value > 0 ? std::optional(value) : std::nullopt;
}

int runPolicy(const Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption ack(u"ack"_s, {}, u"MINUTES"_s);
    const QCommandLineOption every(u"every"_s, {}, u"MINUTES"_s);
    if (!parse(parser, inv, {ack, every}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1 || !parser.isSet(ack) || !parser.isSet(every))
        return usage(Tr::tr("policy needs a severity, --ack MINUTES and --every MINUTES: "
                            "policy SEV2 --ack 15 --every 60 (--every none for no cadence)."));
    const auto severity = severityFromKey(words.first());
    if (!severity)
        return usage(
            Tr::tr("unknown severity \"%1\": use SEV1, SEV2, SEV3 or SEV4.").arg(words.first()));
    const auto ackMinutes = minutes(parser.value(ack));
    if (!ackMinutes)
        return usage(Tr::tr("--ack must be a whole number of minutes above zero, not \"%1\".")
                         .arg(parser.value(ack)));
    std::optional<int> everyMinutes;
    if (parser.value(every).compare(u"none"_s, Qt::CaseInsensitive) != 0) {
        everyMinutes = minutes(parser.value(every));
        if (!everyMinutes)
            return usage(Tr::tr("--every must be a whole number of minutes above zero, or none; "
                                "not \"%1\".")
                             .arg(parser.value(every)));
    }
    auto session = openSession(inv);
    if (!session)
        return fail(session.error());
    auto set = session.value()->setPolicy({*severity, *ackMinutes, everyMinutes});
    return set ? Success : fail(set.error());
}
} // namespace

const QList<Command> &updateCommands()
{
    static const QList<Command> commands
        = {{"milestone", runMilestone}, {"update", runUpdate}, {"policy", runPolicy}};
    return commands;
}

} // namespace bridge::cli
