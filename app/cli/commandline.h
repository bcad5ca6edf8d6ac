#pragma once

#include "domain/result.h"

#include <QStringList>

namespace bridge::cli {

// What the user asked the binary to do, before any database is touched.
struct Invocation
{
    QString databasePath; // from --db; empty: INCIDENT_BRIDGE_DB or the default
    QString as;           // from --as: who is writing; empty: see resolveIdentityName()
    bool demo = false;
    bool help = false;
    bool version = false;
    // From --timeout: how long a command keeps trying a team server that cannot be reached.
    int timeoutSeconds = 10;
    QString command; // empty: start the window
    QStringList arguments;
};

enum ExitCode { Success = 0, Failure = 1, BadUsage = 2 };

// Splits the global options (--db, --as, --timeout, --demo, --help, --version) from the command.
Result<Invocation> parseInvocation(const QStringList &arguments);

// Runs a headless command; prints results on stdout and one-line errors on stderr.
int runCommand(const Invocation &invocation);

QString usageText();

// Prints "incident-bridge: <message>" on stderr, control characters made visible.
void printError(const QString &message);

// Text from the record as a terminal may show it: control characters (ESC, BEL, CSI, line
// breaks, tabs) written as \x1b, \n, \t and the like, so a title or a line logged by one
// process can never rewrite another user's terminal. --json output stays exact.
// keepLines: line breaks and tabs stay as they are (a draft or a report, many lines long).
QString visibleControls(const QString &text, bool keepLines = false);

} // namespace bridge::cli
