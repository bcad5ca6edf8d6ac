#include "cliutil.h"

#include "domain/timeparse.h"
#include "session/identity.h"
#include "session/incidentsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace bridge::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::CommandLine)
};
} // namespace

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(const Error &error)
{
    printError(error.message);
    switch (error.code) {
    case Error::Code::Storage:
    case Error::Code::Damaged:
    case Error::Code::Unreachable:
        return Failure;
    default:
        return BadUsage;
    }
}

int usage(const QString &message)
{
    printError(message);
    return BadUsage;
}

bool parse(QCommandLineParser &parser, const Invocation &inv,
           const QList<QCommandLineOption> &options)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options);
    if (!parser.parse(QStringList{u"incident-bridge"_s} + inv.arguments)) {
        printError(Tr::tr("%1 (in the %2 command). Run incident-bridge --help for the usage.")
                       .arg(parser.errorText(), inv.command));
        return false;
    }
    return true;
}

QString databaseAddress(const Invocation &inv)
{
    return Database::resolvePath(inv.databasePath);
}

Result<std::unique_ptr<IncidentSession>> openSession(const Invocation &inv, Patience patience)
{
    const QString path = databaseAddress(inv);
    const bool isDefault
        = inv.databasePath.isEmpty() && qEnvironmentVariableIsEmpty("INCIDENT_BRIDGE_DB");
    const auto location = isDefault ? Database::Location::Default : Database::Location::Given;
    const QString who = resolveIdentityName(inv.as);
    // A team server that is down or restarting is tried again, backing off, until the
    // timeout; every other refusal (a password, a right, a schema) is final at once.
    QDeadlineTimer deadline(std::chrono::seconds(inv.timeoutSeconds));
    std::chrono::milliseconds pause(250);
    for (;;) {
        auto session = IncidentSession::open(path, location, nullptr, who);
        if (session || session.error().code != Error::Code::Unreachable)
            return session;
        if (patience == Patience::TryOnce)
            return session;
        if (deadline.hasExpired())
            return Error::unreachable(
                Tr::tr("%1 Tried for %n second(s); nothing was written. Run the command again "
                       "when the server is back, or give it longer with --timeout SECONDS.",
                       nullptr, inv.timeoutSeconds)
                    .arg(session.error().message));
        QThread::msleep(
            static_cast<unsigned long>(std::min<qint64>(pause.count(), deadline.remainingTime())));
        pause = std::min(pause * 2, std::chrono::milliseconds(2000));
    }
}

Result<qint64> parseId(const QString &text, const char *what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::invalid(
            Tr::tr("%1 must be a number such as 12, not \"%2\".")
                .arg(QCoreApplication::translate("bridge::CommandLine", what), text));
    return id;
}

Result<QDateTime> parseTimeOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return QDateTime();
    const QString value = parser.value(name);
    auto t = parseIsoTime(value);
    if (t)
        return *t;
    return Error::invalid(u"--%1: %2"_s.arg(name, t.error().message));
}

Result<OpenIncident> openIncident(const Invocation &inv, const QString &idText, Patience patience)
{
    auto id = parseId(idText, QT_TRANSLATE_NOOP("bridge::CommandLine", "The incident id"));
    if (!id)
        return id.error();
    auto session = openSession(inv, patience);
    if (!session)
        return session.error();
    const auto incident = session.value()->incident(*id);
    if (!incident)
        return Error::notFound(Tr::tr("there is no incident %1. Run incident-bridge list to see "
                                      "the incidents in this database.")
                                   .arg(*id));
    return OpenIncident{std::move(session).value(), *incident};
}

} // namespace bridge::cli
