#include "processsetup.h"
#include "storage/database.h"
#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace bridge;
using namespace Qt::StringLiterals;

class TestProcessSetup : public QObject
{
    Q_OBJECT
private slots:
    // Settings written under "Unknown Organization" by earlier versions move under the
    // application id once; the old file stays; the database does not move.
    void settingsLandUnderTheApplicationId()
    {
        const QString config
            = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QDir(config).removeRecursively();
        const QString earlier = config + u"/Unknown Organization/incident-bridge.conf"_s;
        {
            QSettings old(earlier, QSettings::IniFormat);
            old.setValue(u"main/showUtc"_s, true);
            old.setValue(u"identity/name"_s, u"Dana Whitfield"_s);
        }
        const QString databaseBefore = Database::defaultPath();
        describeApplication();
        const QSettings settings;
        QCOMPARE(settings.fileName(),
                 config + u"/"_s + QString::fromLatin1(build::appId) + u"/incident-bridge.conf"_s);
        QCOMPARE(settings.value(u"main/showUtc"_s).toBool(), true);
        QCOMPARE(settings.value(u"identity/name"_s).toString(), u"Dana Whitfield"_s);
        QVERIFY(QFile::exists(earlier));
        QCOMPARE(Database::defaultPath(), databaseBefore);
        QVERIFY(Database::defaultPath().endsWith(u"/incident-bridge/incidents.sqlite"_s));
        // Once there, a later start never copies over what was changed since.
        QSettings().setValue(u"main/showUtc"_s, false);
        QVERIFY(!adoptEarlierSettings(earlier, QSettings().fileName()));
        QCOMPARE(QSettings().value(u"main/showUtc"_s).toBool(), false);
    }

    // SIGTERM ends the event loop normally, so destructors (the demo's temporary folder)
    // run. On the code before, the signal's default action killed this test.
    void terminationEndsTheEventLoop()
    {
        quitOnTerminationSignals();
        QTimer::singleShot(0, [] { std::raise(SIGTERM); });
        QTimer bound; // a bound, not a wait: it fires only if the signal is lost
        bound.setSingleShot(true);
        connect(&bound, &QTimer::timeout, [] { QCoreApplication::exit(99); });
        bound.start(30000);
        QCOMPARE(QCoreApplication::exec(), 128 + SIGTERM);
    }
};

QTEST_GUILESS_MAIN(TestProcessSetup)
#include "tst_processsetup.moc"
