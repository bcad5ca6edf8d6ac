#include "commandline.h"

#include "commands.h"
#include "version.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace bridge::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::CommandLine)
};
} // namespace

QString visibleControls(const QString &text, bool keepLines)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (keepLines && (u == u'\n' || u == u'\t'))
            out += c;
        else if (u == u'\n')
            out += u"\\n"_s;
        else if (u == u'\t')
            out += u"\\t"_s;
        else if (u == u'\r')
            out += u"\\r"_s;
        else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u <= 0x9f))
            out += u"\\x%1"_s.arg(uint(u), 2, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

void printError(const QString &message)
{
    const QByteArray line = "incident-bridge: " + visibleControls(message).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
}

QString usageText()
{
    return Tr::tr(
        "Usage:\n"
        "  incident-bridge [--db FILE] [--demo]           start the window\n"
        "  incident-bridge [--db FILE] new --title TEXT [--severity SEV1|SEV2|SEV3|SEV4]\n"
        "                                  [--started TIME]\n"
        "  incident-bridge [--db FILE] log ID --kind KIND [--actor NAME] [--at TIME] [--pin] "
        "TEXT...\n"
        "                                  [--queue]   on a team database that cannot be\n"
        "                                  reached, keep the line in this machine's outbox\n"
        "  incident-bridge [--db FILE] status ID STATE [--at TIME] [--open-work close|keep]\n"
        "  incident-bridge [--db FILE] list [--json]\n"
        "  incident-bridge [--db FILE] show ID [--json]\n"
        "  incident-bridge [--db FILE] join ID PERSON [--at TIME] [--paged-at TIME]\n"
        "                                  [--timezone ZONE]\n"
        "  incident-bridge [--db FILE] leave ID PERSON [--at TIME]\n"
        "  incident-bridge [--db FILE] role ID ROLE PERSON [--at TIME]\n"
        "  incident-bridge [--db FILE] workstream ID --title TEXT [--owner PERSON]\n"
        "                                  [--state open|active|blocked|done] [--check-in TIME]\n"
        "  incident-bridge [--db FILE] handoff ID (--role ROLE | --workstream WID) --to PERSON\n"
        "                                  [--note TEXT] [--at TIME]\n"
        "  incident-bridge [--db FILE] ack-handoff HANDOFF_ID [--at TIME]\n"
        "  incident-bridge [--db FILE] milestone ID detected|acknowledged [--at TIME]\n"
        "  incident-bridge [--db FILE] update ID --audience executive|customer|tactical --draft\n"
        "  incident-bridge [--db FILE] update ID --audience executive|customer|tactical\n"
        "                                  --text TEXT [--at TIME]\n"
        "  incident-bridge [--db FILE] policy SEVERITY --ack MINUTES --every MINUTES|none\n"
        "  incident-bridge [--db FILE] export ID --format md|html|pdf|json [--output FILE]\n"
        "                                  [--timezone ZONE]\n"
        "  incident-bridge [--db FILE] import FILE\n"
        "  incident-bridge [--db FILE] backup             a checked copy in the backups folder\n"
        "  incident-bridge [--db FILE] backups            list the copies, newest first\n"
        "  incident-bridge [--db FILE] restore BACKUP     put a copy in place; the database as\n"
        "                                  it was (or a damaged file) is kept\n"
        "  incident-bridge team init postgresql://ADMIN@HOST[:PORT]/DBNAME[?sslmode=...]\n"
        "                                  set up a team database on a PostgreSQL server\n"
        "  incident-bridge outbox                       lines typed while a team database was\n"
        "                                  away, waiting to be sent\n"
        "  incident-bridge [--db FILE] serve [--listen ADDR:PORT] [--tls-cert FILE --tls-key "
        "FILE]\n"
        "                                  [--public-status]   leaders' pages, feeds and alert\n"
        "                                  webhooks over HTTP (default 127.0.0.1:8765)\n"
        "  incident-bridge [--db FILE] token create --read NAME | --alerts NAME\n"
        "                                  prints a new token once; token list; token revoke NAME\n"
        "  incident-bridge [--db FILE] alerts severity [WORD SEV1|SEV2|SEV3|SEV4]\n"
        "                                  how alert labels map to severities\n"
        "\n"
        "FILE: the database file, or a team database postgresql://USER@HOST[:PORT]/DBNAME\n"
        "KIND: action, observation, expectation, assumption, decision, note.\n"
        "STATE: investigating, identified, mitigated, resolved, closed. Closing with workstreams\n"
        "or handoffs still open needs --open-work close (mark them done / withdraw them) or\n"
        "keep (leave them as they stand).\n"
        "ROLE: commander, deputy, scribe, comms, sme, observer. ZONE: an IANA name such as\n"
        "Europe/Berlin.\n"
        "TIME: ISO 8601, such as 2018-10-21T22:52:00Z, 2018-10-21T22:52:00+02:00, or without a\n"
        "zone for local time. The default is now.\n"
        "\n"
        "Options:\n"
        "  --db FILE      the database (default: $INCIDENT_BRIDGE_DB, else the user's data "
        "folder)\n"
        "  --as NAME      who is writing (default: $INCIDENT_BRIDGE_USER, else the name saved\n"
        "                 in Preferences, else the account's full name)\n"
        "  --timeout SEC  how long a command keeps trying a team database it cannot reach\n"
        "                 (default 10); then it exits 1, having written nothing\n"
        "  --demo         open a throwaway database with a realistic incident\n"
        "  -h, --help     show this help\n"
        "  -v, --version  show the version\n"
        "\n"
        "Exit status: 0 on success, 1 when the database cannot be opened or written,\n"
        "2 for bad usage or an unknown incident, kind, state, severity or time.\n");
}

Result<Invocation> parseInvocation(const QStringList &arguments)
{
    Invocation inv;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!inv.command.isEmpty()) {
            inv.arguments << arg;
        } else if (arg == u"--db"_s) {
            if (i + 1 >= arguments.size())
                return Error::invalid(
                    Tr::tr("--db needs a file name, as in --db incidents.sqlite."));
            inv.databasePath = arguments.at(++i);
        } else if (arg.startsWith(u"--db="_s)) {
            inv.databasePath = arg.mid(5);
        } else if (arg == u"--as"_s || arg.startsWith(u"--as="_s)) {
            if (arg == u"--as"_s && i + 1 >= arguments.size())
                return Error::invalid(
                    Tr::tr("--as needs your name, as in --as \"Dana Whitfield\"."));
            inv.as = arg == u"--as"_s ? arguments.at(++i) : arg.mid(5);
            if (inv.as.simplified().isEmpty())
                return Error::invalid(
                    Tr::tr("--as needs your name, as in --as \"Dana Whitfield\"."));
        } else if (arg == u"--timeout"_s || arg.startsWith(u"--timeout="_s)) {
            const QString value = arg == u"--timeout"_s
                                      ? (i + 1 < arguments.size() ? arguments.at(++i) : QString())
                                      : arg.mid(10);
            bool ok = false;
            inv.timeoutSeconds = value.toInt(&ok);
            if (!ok || inv.timeoutSeconds < 0 || inv.timeoutSeconds > 3600)
                return Error::invalid(Tr::tr("--timeout takes a whole number of seconds from 0 to "
                                             "3600, as in --timeout 30, not \"%1\".")
                                          .arg(value));
        } else if (arg == u"--demo"_s) {
            inv.demo = true;
        } else if (arg == u"--help"_s || arg == u"-h"_s) {
            inv.help = true;
        } else if (arg == u"--version"_s || arg == u"-v"_s) {
            inv.version = true;
        } else if (arg.startsWith(u'-')) {
            return Error::invalid(
                Tr::tr("unknown option %1. Run incident-bridge --help for the usage.").arg(arg));
        } else {
            inv.command = arg;
        }
    }
    if (inv.databasePath.isEmpty() && arguments.contains(u"--db="_s))
        return Error::invalid(Tr::tr("--db needs a file name, as in --db incidents.sqlite."));
    if (inv.demo && !inv.command.isEmpty())
        return Error::invalid(Tr::tr("--demo opens the window with a throwaway database; it cannot "
                                     "be combined with the %1 command.")
                                  .arg(inv.command));
    return inv;
}

int runCommand(const Invocation &inv)
{
    const auto command = findCommand(inv.command);
    if (!command) {
        printError(Tr::tr("unknown command \"%1\". Run incident-bridge --help for the commands.")
                       .arg(inv.command));
        return BadUsage;
    }
    return command->run(inv);
}

} // namespace bridge::cli
