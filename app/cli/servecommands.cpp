#include "servecommands.h"

#include "cliutil.h"
#include "serve/listenaddress.h"
#include "serve/statusserver.h"
#include "serve/tlsfiles.h"
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

int runServe(const Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption listenOption(u"listen"_s, {}, u"ADDR:PORT"_s);
    const QCommandLineOption certOption(u"tls-cert"_s, {}, u"FILE"_s);
    const QCommandLineOption keyOption(u"tls-key"_s, {}, u"FILE"_s);
    const QCommandLineOption publicOption(u"public-status"_s);
    if (!parse(parser, inv, {listenOption, certOption, keyOption, publicOption}))
        return BadUsage;
    if (!parser.positionalArguments().isEmpty())
        return usage(Tr::tr("serve takes only options: serve [--listen 127.0.0.1:8765] "
                            "[--tls-cert FILE --tls-key FILE] [--public-status]."));
    auto listen = serve::parseListenAddress(parser.isSet(listenOption)
                                                ? parser.value(listenOption)
                                                : u"127.0.0.1:%1"_s.arg(serve::DefaultPort));
    if (!listen)
        return fail(listen.error());
    if (parser.isSet(certOption) != parser.isSet(keyOption))
        return usage(Tr::tr("HTTPS needs both --tls-cert FILE and --tls-key FILE."));
    std::optional<QSslConfiguration> tls;
    if (parser.isSet(certOption)) {
        auto loaded = serve::loadTls(parser.value(certOption), parser.value(keyOption));
        if (!loaded)
            return fail(loaded.error());
        tls = *loaded;
    }
    auto session = openSession(inv);
    if (!session)
        return fail(session.error());
    serve::StatusServer server(session.value().get(), {parser.isSet(publicOption)});
    const auto port = server.start(listen->address, listen->port, tls);
    if (!port)
        return fail(port.error());
    if (!listen->address.isLoopback() && !tls)
        printError(Tr::tr("warning: serving on %1 without TLS: tokens and pages cross the "
                          "network readable by anyone on the path. Give --tls-cert and "
                          "--tls-key, or listen on 127.0.0.1 behind a TLS proxy.")
                       .arg(listen->address.toString()));
    const QString host = listen->address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u"[%1]"_s.arg(listen->address.toString())
                             : listen->address.toString();
    printOut(Tr::tr("Serving %1 at %2://%3:%4/ (Ctrl+C stops)\n")
                 .arg(session.value()->database().displayName(), tls ? u"https"_s : u"http"_s, host)
                 .arg(*port));
    session.value()->watchForExternalChanges();
    return QCoreApplication::exec() == 0 ? Success : Failure;
}

int runToken(const Invocation &inv)
{
    QCommandLineParser parser;
    const QCommandLineOption readOption(u"read"_s, {}, u"NAME"_s);
    const QCommandLineOption alertsOption(u"alerts"_s, {}, u"NAME"_s);
    if (!parse(parser, inv, {readOption, alertsOption}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    const QString verb = words.value(0);
    if (verb == u"create"_s) {
        if (words.size() != 1 || parser.isSet(readOption) == parser.isSet(alertsOption))
            return usage(Tr::tr("token create needs --read NAME (leaders' pages and feeds) or "
                                "--alerts NAME (alert webhooks), one of the two."));
        const bool read = parser.isSet(readOption);
        auto session = openSession(inv);
        if (!session)
            return fail(session.error());
        auto made = session.value()->createToken(parser.value(read ? readOption : alertsOption),
                                                 read ? TokenScope::Read : TokenScope::Alerts);
        if (!made)
            return fail(made.error());
        printOut(*made + u"\n"_s); // alone on stdout, like new's id: shown this once only
        return Success;
    }
    if (parser.isSet(readOption) || parser.isSet(alertsOption))
        return usage(Tr::tr("--read and --alerts go with token create."));
    if (verb == u"list"_s && words.size() == 1) {
        auto session = openSession(inv);
        if (!session)
            return fail(session.error());
        const auto list = session.value()->tokens();
        if (!list)
            return fail(list.error());
        for (const AccessToken &t : *list)
            printOut(u"%1\t%2\t%3\t%4\n"_s.arg(
                visibleControls(t.name), tokenScopeKey(t.scope),
                t.createdAt.toLocalTime().toString(Qt::ISODate),
                t.isLive()
                    ? Tr::tr("live")
                    : Tr::tr("revoked %1").arg(t.revokedAt.toLocalTime().toString(Qt::ISODate))));
        return Success;
    }
    if (verb == u"revoke"_s && words.size() == 2) {
        auto session = openSession(inv);
        if (!session)
            return fail(session.error());
        if (auto revoked = session.value()->revokeToken(words.at(1)); !revoked)
            return fail(revoked.error());
        printOut(Tr::tr("Revoked \"%1\": it opens nothing from now on.\n")
                     .arg(visibleControls(words.at(1).simplified())));
        return Success;
    }
    return usage(Tr::tr("token takes create --read NAME, create --alerts NAME, list, or "
                        "revoke NAME."));
}

// alerts severity WORD SEV: an alert labelled severity=WORD opens at SEV.
int runAlerts(const Invocation &inv)
{
    QCommandLineParser parser;
    if (!parse(parser, inv, {}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    if (words.size() == 1 && words.first() == u"severity"_s) {
        auto session = openSession(inv);
        if (!session)
            return fail(session.error());
        const auto map = session.value()->alertSeverityMap();
        if (!map)
            return fail(map.error());
        QStringList lines;
        for (auto it = map->constBegin(); it != map->constEnd(); ++it)
            lines << u"%1\t%2"_s.arg(visibleControls(it.key()), severityKey(it.value()));
        lines.sort();
        printOut(lines.join(u'\n') + u"\n"_s + Tr::tr("Any other word opens at SEV3.\n"));
        return Success;
    }
    if (words.size() != 3 || words.first() != u"severity"_s)
        return usage(Tr::tr("alerts severity WORD SEV1|SEV2|SEV3|SEV4 maps an alert label's "
                            "word to a severity; alerts severity alone lists the map."));
    const auto severity = severityFromKey(words.at(2));
    if (!severity)
        return usage(
            Tr::tr("\"%1\" is not a severity: use SEV1, SEV2, SEV3 or SEV4.").arg(words.at(2)));
    auto session = openSession(inv);
    if (!session)
        return fail(session.error());
    if (auto set = session.value()->setAlertSeverity(words.at(1), *severity); !set)
        return fail(set.error());
    printOut(Tr::tr("Alerts labelled \"%1\" now open at %2.\n")
                 .arg(visibleControls(words.at(1).trimmed().toLower()), severityKey(*severity)));
    return Success;
}
} // namespace

const QList<Command> &serveCommands()
{
    static const QList<Command> commands
        = {{"serve", runServe}, {"token", runToken}, {"alerts", runAlerts}};
    return commands;
}

} // namespace bridge::cli
