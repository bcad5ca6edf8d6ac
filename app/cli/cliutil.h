#pragma once

#include "commandline.h"
#include "domain/incident.h"

#include <QCommandLineOption>
#include <QDateTime>

#include <memory>

class QCommandLineParser;

namespace bridge {
class IncidentSession;
}

// What every command shares: parsing, opening the database, printing, exit codes.
namespace bridge::cli {

void printOut(const QString &text);
// Prints the error; exit 1 for storage failures, 2 for everything the user can fix.
int fail(const Error &error);
int usage(const QString &message);

// Parses a command's own options; on bad usage prints the message and returns false.
bool parse(QCommandLineParser &parser, const Invocation &inv,
           const QList<QCommandLineOption> &options);

// The database the invocation names: --db, else INCIDENT_BRIDGE_DB, else the default file.
QString databaseAddress(const Invocation &inv);
// Waits for a team server that cannot be reached up to --timeout, unless told to try once.
enum class Patience { WaitForTimeout, TryOnce };
Result<std::unique_ptr<IncidentSession>> openSession(const Invocation &inv,
                                                     Patience patience = Patience::WaitForTimeout);
Result<qint64> parseId(const QString &text, const char *what);
// An absent option means now (an invalid QDateTime); a present one must parse.
Result<QDateTime> parseTimeOption(const QCommandLineParser &parser, const QString &name);

struct OpenIncident
{
    std::unique_ptr<IncidentSession> session;
    Incident incident;
};
// Checks the id before touching the database, so a typo never creates a file.
Result<OpenIncident> openIncident(const Invocation &inv, const QString &idText,
                                  Patience patience = Patience::WaitForTimeout);

} // namespace bridge::cli
