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
    QString command; // empty: start the window
    QStringList arguments;
};

enum ExitCode { Success = 0, Failure = 1, BadUsage = 2 };

// Splits the global options (--db, --as, --demo, --help, --version) from the command.
Result<Invocation> parseInvocation(const QStringList &arguments);

// Runs a headless command; prints results on stdout and one-line errors on stderr.
int runCommand(const Invocation &invocation);

QString usageText();

// Prints "incident-bridge: <message>" on stderr.
void printError(const QString &message);

} // namespace bridge::cli
