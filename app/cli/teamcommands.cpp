#include "teamcommands.h"

#include "cliutil.h"
#include "storage/outbox.h"
#include "storage/teamschema.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bridge::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::CommandLine)
};

int runTeam(const Invocation &inv)
{
    QCommandLineParser parser;
    if (!parse(parser, inv, {}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2 || words.first() != u"init"_s)
        return usage(Tr::tr("team needs init and a server address: team init "
                            "postgresql://admin@db.example.com/bridge"));
    const auto address = parseTeamAddress(words.at(1));
    if (!address)
        return fail(address.error());
    const auto report = initTeamDatabase(*address);
    if (!report)
        return fail(report.error());
    if (report->fromVersion == report->toVersion)
        printOut(Tr::tr("The team database %1 was already set up (schema %2); the rights of "
                        "incident_bridge and incident_bridge_reader were applied again.\n")
                     .arg(address->displayName())
                     .arg(report->toVersion));
    else if (report->fromVersion == 0)
        printOut(Tr::tr("The team database %1 is set up (schema %2).\n")
                     .arg(address->displayName())
                     .arg(report->toVersion));
    else
        printOut(Tr::tr("The team database %1 was upgraded from schema %2 to %3.\n")
                     .arg(address->displayName())
                     .arg(report->fromVersion)
                     .arg(report->toVersion));
    printOut(Tr::tr("Give each responder a login role of their own, as a member of "
                    "incident_bridge (or incident_bridge_reader to read only):\n"
                    "  CREATE ROLE maya LOGIN PASSWORD '…' IN ROLE incident_bridge;\n"
                    "Each keeps their password in ~/.pgpass, never in Incident Bridge.\n"));
    return Success;
}

// What waits in this machine's outbox, oldest first. Reads only the outbox, so it answers
// while the server is away.
int runOutbox(const Invocation &inv)
{
    QCommandLineParser parser;
    if (!parse(parser, inv, {}))
        return BadUsage;
    if (!parser.positionalArguments().isEmpty())
        return usage(Tr::tr("outbox takes no arguments."));
    auto outbox = Outbox::open();
    if (!outbox)
        return fail(outbox.error());
    const auto lines = outbox.value()->waiting();
    if (!lines)
        return fail(lines.error());
    if (lines->isEmpty()) {
        printOut(Tr::tr("Nothing waits to be sent: every line typed here is in its team "
                        "database.\n"));
        return Success;
    }
    for (const QueuedLine &l : *lines) {
        const auto address = parseTeamAddress(l.database);
        printOut(u"%1  %2  #%3  %4  %5: %6\n"_s.arg(
            l.queuedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
            address ? address->displayName() : l.database, QString::number(l.incidentId),
            kindKey(l.kind), l.actor.isEmpty() ? l.scribe : l.actor,
            visibleControls(glimpse(l.text, 120))));
        printOut(l.lastError.isEmpty()
                     ? Tr::tr("    waiting for the server; sent by the next window or command "
                              "that reaches it\n")
                     : Tr::tr("    refused when sent: %1\n").arg(l.lastError));
    }
    return Success;
}
} // namespace

const QList<Command> &teamCommands()
{
    static const QList<Command> commands = {{"team", runTeam}, {"outbox", runOutbox}};
    return commands;
}

} // namespace bridge::cli
