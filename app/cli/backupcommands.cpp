#include "backupcommands.h"

#include "cliutil.h"
#include "session/incidentsession.h"
#include "storage/backup.h"
#include "storage/teamaddress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace bridge::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::CommandLine)
};

// A server's backups are its administrator's, with the server's own tools.
bool refusedForTeamDatabase(const Invocation &inv)
{
    if (!isTeamDatabaseUri(Database::resolvePath(inv.databasePath)))
        return false;
    printError(teamBackupMessage());
    return true;
}

int runBackup(const Invocation &inv)
{
    if (refusedForTeamDatabase(inv))
        return Failure;
    QCommandLineParser parser;
    if (!parse(parser, inv, {}))
        return BadUsage;
    if (!parser.positionalArguments().isEmpty())
        return usage(Tr::tr("backup takes no arguments: the copy goes to the backups folder "
                            "beside the database."));
    auto session = openSession(inv);
    if (!session)
        return fail(session.error());
    const auto copy = session.value()->backUp();
    if (!copy)
        return fail(copy.error());
    printOut(*copy + u'\n');
    return Success;
}

int runBackups(const Invocation &inv)
{
    if (refusedForTeamDatabase(inv))
        return Failure;
    QCommandLineParser parser;
    if (!parse(parser, inv, {}))
        return BadUsage;
    if (!parser.positionalArguments().isEmpty())
        return usage(Tr::tr("backups takes no arguments."));
    // Listing never opens the database: it works when the database is too damaged to open.
    const QString folder = defaultBackupFolder(Database::resolvePath(inv.databasePath));
    const QList<BackupInfo> list = listBackups(folder);
    if (list.isEmpty()) {
        printOut(Tr::tr("No backups in %1 yet.\n").arg(folder));
        return Success;
    }
    for (const BackupInfo &b : list) {
        const QString taken = b.takenAt.toString(u"yyyy-MM-dd HH:mm:ss"_s);
        if (!b.restorable()) {
            printOut(u"%1  %2\n"_s.arg(taken, visibleControls(b.problem)));
            continue;
        }
        printOut(Tr::tr("%1  incidents: %2  entries: %3  %4  %5\n")
                     .arg(taken)
                     .arg(b.incidents)
                     .arg(b.entries)
                     .arg(backupReasonText(b.reason), visibleControls(b.path)));
    }
    return Success;
}

int runRestore(const Invocation &inv)
{
    if (refusedForTeamDatabase(inv))
        return Failure;
    QCommandLineParser parser;
    if (!parse(parser, inv, {}))
        return BadUsage;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1)
        return usage(Tr::tr("restore needs one backup file: restore "
                            "backups/incidents-20261124-031200-000.sqlite (see: backups)."));
    const QString &backup = words.first();
    // Too damaged to open, or to copy: it is moved aside, kept byte for byte, and the backup
    // put in its place.
    const auto restoreOverDamage = [&]() -> int {
        const QString path = Database::resolvePath(inv.databasePath);
        const auto aside
            = replaceDamagedFile(path, backup, damagedStamp(QDateTime::currentDateTimeUtc()));
        if (!aside)
            return fail(aside.error());
        printOut(Tr::tr("Restored %1. The damaged database is kept as %2.\n").arg(backup, *aside));
        return Success;
    };
    auto session = openSession(inv);
    if (!session && session.error().code == Error::Code::Damaged)
        return restoreOverDamage();
    if (!session)
        return fail(session.error());
    const auto safety = session.value()->restoreBackup(backup);
    if (!safety && safety.error().code == Error::Code::Damaged) {
        session.value().reset(); // closed before its file is moved
        return restoreOverDamage();
    }
    if (!safety)
        return fail(safety.error());
    printOut(
        Tr::tr("Restored %1. The database as it was before is kept in %2.\n").arg(backup, *safety));
    return Success;
}
} // namespace

const QList<Command> &backupCommands()
{
    static const QList<Command> commands
        = {{"backup", runBackup}, {"backups", runBackups}, {"restore", runRestore}};
    return commands;
}

} // namespace bridge::cli
