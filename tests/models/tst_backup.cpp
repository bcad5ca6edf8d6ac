#include "storage/backup.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <sys/stat.h>

using namespace bridge;
using namespace Qt::StringLiterals;

class TestBackup : public QObject
{
    Q_OBJECT
private slots:
    void backupIsACheckedPrivateCopy()
    {
        TestBridge t;
        const qint64 id = t.newIncident(u"Checkout 503s"_s);
        t.log(id, u"Rolled back"_s);
        auto copy = t.session->backUp();
        QVERIFY2(copy, copy ? "" : qPrintable(copy.error().message));
        QVERIFY(copy->startsWith(t.dir.path() + u"/backups/incidents-"_s));
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(*copy).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        // The copy opens as a database of ours and holds what the original held.
        auto restored = IncidentSession::open(*copy, Database::Location::Given);
        QVERIFY(restored);
        QCOMPARE(restored.value()->incidents().size(), 1);
        QCOMPARE(restored.value()->entries(id)->last().text, u"Rolled back"_s);
    }

    void closingAnIncidentTakesABackup()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        const QString folder = defaultBackupFolder(t.path());
        QVERIFY(!QDir(folder).exists());
        QVERIFY(t.session->setStatus(id, Status::Resolved));
        QVERIFY(!QDir(folder).exists());
        QVERIFY(t.session->setStatus(id, Status::Closed));
        QCOMPARE(QDir(folder).entryList({u"*.sqlite"_s}, QDir::Files).size(), 1);
    }

    void keepsTheNewestCopies()
    {
        TestBridge t;
        t.newIncident();
        const QString folder = t.dir.filePath(u"rotating"_s);
        for (int i = 0; i < 5; ++i)
            QVERIFY(backUpDatabase(t.session->database().connection(), folder,
                                   u"2026010%1-000000-000"_s.arg(i), 3));
        const QStringList left = QDir(folder).entryList({u"*.sqlite"_s}, QDir::Files, QDir::Name);
        QCOMPARE(left, (QStringList{u"incidents-20260102-000000-000.sqlite"_s,
                                    u"incidents-20260103-000000-000.sqlite"_s,
                                    u"incidents-20260104-000000-000.sqlite"_s}));
        // The same name twice is refused, never overwritten.
        QVERIFY(!backUpDatabase(t.session->database().connection(), folder,
                                u"20260104-000000-000"_s, 3));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
