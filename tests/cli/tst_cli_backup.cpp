#include "clirunner.h"
#include "filedigest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// backup, backups and restore through the real binary, as a cron job or an SSH session would.
class TestCliBackup : public QObject
{
    Q_OBJECT
private slots:
    void backUpListAndRestore()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"incidents.sqlite"_s);
        QCOMPARE(runCli(db, {u"backups"_s}).out.trimmed(),
                 u"No backups in %1 yet."_s.arg(dir.filePath(u"backups"_s)));
        QCOMPARE(runCli(db, {u"new"_s, u"--title"_s, u"Checkout 503s"_s}).code, 0);
        QCOMPARE(runCli(db, {u"log"_s, u"1"_s, u"--kind"_s, u"action"_s, u"Rolled back"_s}).code,
                 0);
        const CliRun backup = runCli(db, {u"backup"_s});
        QCOMPARE(backup.code, 0);
        const QString copy = backup.out.trimmed();
        QVERIFY(copy.startsWith(dir.filePath(u"backups/incidents-"_s)));
        QVERIFY(QFile::exists(copy));
        QCOMPARE(runCli(db, {u"log"_s, u"1"_s, u"--kind"_s, u"note"_s, u"Later note"_s}).code, 0);

        const CliRun listed = runCli(db, {u"backups"_s});
        QCOMPARE(listed.code, 0);
        QVERIFY2(listed.out.contains(u"incidents: 1  entries: 2"_s), qPrintable(listed.out));
        QVERIFY(listed.out.contains(copy));

        const CliRun restored = runCli(db, {u"restore"_s, copy});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QVERIFY(restored.out.contains(u"before-restore"_s));
        const QString shown = runCli(db, {u"show"_s, u"1"_s}).out;
        QVERIFY(shown.contains(u"Rolled back"_s));
        QVERIFY(!shown.contains(u"Later note"_s));
    }

    void refusalsExplainAndChangeNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"incidents.sqlite"_s);
        QCOMPARE(runCli(db, {u"new"_s, u"--title"_s, u"Checkout 503s"_s}).code, 0);
        const CliRun none = runCli(db, {u"restore"_s});
        QCOMPARE(none.code, 2);
        QVERIFY(none.err.contains(u"restore needs one backup file"_s));
        QCOMPARE(runCli(db, {u"backup"_s, u"now"_s}).code, 2);

        const QString junk = dir.filePath(u"junk.sqlite"_s);
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        const CliRun refused = runCli(db, {u"restore"_s, junk});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(u"cannot be read as a database"_s), qPrintable(refused.err));
        QVERIFY(!QDir(dir.filePath(u"backups"_s)).exists()); // no safety copy was needed
        QVERIFY(runCli(db, {u"show"_s, u"1"_s}).out.contains(u"Checkout 503s"_s));
    }

    void damagedDatabaseIsSetAsideAndReplaced()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"incidents.sqlite"_s);
        QCOMPARE(runCli(db, {u"new"_s, u"--title"_s, u"DNS"_s}).code, 0);
        const QString copy = runCli(db, {u"backup"_s}).out.trimmed();
        QFile f(db);
        QVERIFY(f.resize(f.size() / 2));
        const QByteArray damaged = fileDigest(db);
        QCOMPARE(runCli(db, {u"list"_s}).code, 1);

        const CliRun restored = runCli(db, {u"restore"_s, copy});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QVERIFY(restored.out.contains(u"The damaged database is kept as"_s));
        const QStringList aside
            = QDir(dir.path()).entryList({u"incidents.sqlite.damaged-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(fileDigest(dir.filePath(aside.first())), damaged);
        QVERIFY(runCli(db, {u"list"_s}).out.contains(u"DNS"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
