// What the program writes, attacked: export targets that are links, pipes and devices,
// file modes under a careless umask, control characters meant for a terminal, long bad
// times quoted back, a close whose backup fails, a milestone before the start.
#include "clirunner.h"
#include "session/incidentsession.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
int rawMode(const QString &path)
{
    struct stat st
    {};
    ::lstat(QFile::encodeName(path).constData(), &st);
    return int(st.st_mode & 07777);
}

QString newIncident(const QString &db, const QString &title = u"Checkout 503s"_s)
{
    const CliRun made = runCli(db, {u"new"_s, u"--title"_s, title});
    return made.out.trimmed();
}

// The binary under a shell with umask 000, as a careless service manager would start it.
CliRun runWithUmask000(const QString &db, const QStringList &args)
{
    QStringList quoted;
    for (const QString &a :
         QStringList{QString::fromUtf8(INCIDENT_BRIDGE_BIN), u"--db"_s, db} + args)
        quoted << u"'"_s + QString(a).replace(u"'"_s, u"'\\''"_s) + u"'"_s;
    QProcess p;
    p.start(u"/bin/sh"_s, {u"-c"_s, u"umask 000; exec "_s + quoted.join(u' ')});
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestOutputFaults : public QObject
{
    Q_OBJECT
private slots:
    void exportsNeverReplaceSpecialFilesOrFollowOthersLinks()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"bridge.sqlite"_s);
        const QString id = newIncident(db);
        const QStringList exportTo{u"export"_s, id, u"--format"_s, u"md"_s, u"--output"_s};

        // A FIFO nobody reads: refused at once, still a FIFO.
        const QString fifo = dir.filePath(u"pipe"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        CliRun run = runCli(db, exportTo + QStringList{fifo});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"nobody is reading"_s), qPrintable(run.err));
        struct stat st
        {};
        QVERIFY(::lstat(QFile::encodeName(fifo).constData(), &st) == 0 && S_ISFIFO(st.st_mode));

        // A folder.
        run = runCli(db, exportTo + QStringList{dir.path()});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"folder"_s), qPrintable(run.err));

        // A device node of our own in the temporary folder (root only): never replaced.
        const QString device = dir.filePath(u"null"_s);
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0) {
            run = runCli(db, exportTo + QStringList{device});
            QCOMPARE(run.code, 2);
            QVERIFY(::lstat(QFile::encodeName(device).constData(), &st) == 0
                    && S_ISCHR(st.st_mode));
        }

        // A symbolic link another user planted (root can make one owned by nobody).
        const QString victim = dir.filePath(u"victim.txt"_s);
        QFile v(victim);
        QVERIFY(v.open(QIODevice::WriteOnly));
        v.write("keep me");
        v.close();
        const QString planted = dir.filePath(u"report.md"_s);
        QVERIFY(QFile::link(victim, planted));
        if (::getuid() == 0
            && ::lchown(QFile::encodeName(planted).constData(), 65534, 65534) == 0) {
            run = runCli(db, exportTo + QStringList{planted});
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains(u"another user"_s), qPrintable(run.err));
            QFile check(victim);
            QVERIFY(check.open(QIODevice::ReadOnly));
            QCOMPARE(check.readAll(), QByteArray("keep me"));
        }
    }

    void everythingWrittenIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + u"/bridge.sqlite"_s;
        QCOMPARE(runWithUmask000(db, {u"new"_s, u"--title"_s, u"Modes"_s}).code, 0);
        const QString report = dir.filePath(u"report.html"_s);
        QCOMPARE(runWithUmask000(
                     db, {u"export"_s, u"1"_s, u"--format"_s, u"html"_s, u"--output"_s, report})
                     .code,
                 0);
        QCOMPARE(runWithUmask000(db, {u"backup"_s}).code, 0);
        QCOMPARE(rawMode(db), 0600);
        QCOMPARE(rawMode(report), 0600);
        QCOMPARE(rawMode(folder + u"/backups"_s), 0700);
        for (const QFileInfo &f : QDir(folder + u"/backups"_s).entryInfoList(QDir::Files))
            QCOMPARE(rawMode(f.filePath()), 0600);
        // The data folder the app makes itself, under umask 000.
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"share"_s));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(u"/bin/sh"_s, {u"-c"_s, u"umask 000; exec '%1' list"_s.arg(
                                            QString::fromUtf8(INCIDENT_BRIDGE_BIN))});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString made = home.filePath(u"share/incident-bridge"_s);
        QVERIFY2(QFileInfo(made).isDir(), qPrintable(made));
        QCOMPARE(rawMode(made), 0700);
    }

    void controlCharactersNeverReachTheTerminal()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"bridge.sqlite"_s);
        const QString id = newIncident(db, u"Title\x1b]0;owned\x07 \x1b[2J"_s);
        QCOMPARE(
            runCli(db, {u"log"_s, id, u"--kind"_s, u"note"_s, u"line\x1b[1A\rforged\u009b31m"_s})
                .code,
            0);
        for (const QStringList &args : {QStringList{u"list"_s}, QStringList{u"show"_s, id}}) {
            const CliRun run = runCli(db, args);
            QCOMPARE(run.code, 0);
            for (const QChar c : run.out) {
                const char16_t u = c.unicode();
                QVERIFY2(u == u'\n' || u == u'\t'
                             || (u >= 0x20 && u != 0x7f && (u < 0x80 || u > 0x9f)),
                         qPrintable(args.first() + u": U+"_s + QString::number(u, 16)));
            }
            QVERIFY(run.out.contains(u"\\x1b"_s));
        }
        // --json stays exact.
        const CliRun json = runCli(db, {u"show"_s, id, u"--json"_s});
        QVERIFY(json.out.contains(u"\\u001b[1A"_s));
    }

    void aLongBadTimeIsQuotedShort()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"bridge.sqlite"_s);
        const QString id = newIncident(db);
        const CliRun run = runCli(db, {u"log"_s, id, u"--kind"_s, u"note"_s, u"--at"_s,
                                       QString(100000, u'9'), u"text"_s});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.size() < 400, qPrintable(QString::number(run.err.size())));
    }

    void aFailedClosingBackupIsSaid()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"bridge.sqlite"_s);
        const QString id = newIncident(db);
        // The backups "folder" is a file: the close stands, its backup cannot be written.
        QFile blocker(dir.filePath(u"backups"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const CliRun run = runCli(db, {u"status"_s, id, u"closed"_s});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.err.contains(u"automatic backup failed"_s), qPrintable(run.err));
    }

    void aResolutionBeforeTheStartIsNoFigure()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"bridge.sqlite"_s);
        QCOMPARE(runCli(db, {u"new"_s, u"--title"_s, u"Clock"_s, u"--started"_s,
                             u"2026-11-20T10:00:00Z"_s})
                     .code,
                 0);
        QCOMPARE(
            runCli(db, {u"status"_s, u"1"_s, u"resolved"_s, u"--at"_s, u"2026-11-15T23:30:00Z"_s})
                .code,
            0);
        const CliRun md = runCli(db, {u"export"_s, u"1"_s, u"--format"_s, u"md"_s});
        QVERIFY2(!md.out.contains(u"Time to resolve | 4d"_s), qPrintable(md.out.left(2000)));
        QVERIFY2(md.out.contains(u"invalid: recorded"_s), qPrintable(md.out.left(2000)));
    }
};

QTEST_GUILESS_MAIN(TestOutputFaults)
#include "tst_outputfaults.moc"
