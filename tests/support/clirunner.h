#pragma once

#include <QProcess>
#include <QStringList>

// Runs the real incident-bridge binary against one database, as a script would.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QString &database, const QStringList &args,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    QProcessEnvironment clean = env;
    clean.remove(QStringLiteral("INCIDENT_BRIDGE_DB"));
    p.setProcessEnvironment(clean);
    QStringList all = args;
    if (!database.isEmpty())
        all = QStringList{QStringLiteral("--db"), database} + args;
    p.start(QString::fromUtf8(INCIDENT_BRIDGE_BIN), all);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
