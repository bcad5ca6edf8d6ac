#include "cli/commandline.h"
#include "common/appsettings.h"
#include "common/indicatorstyle.h"
#include "common/plainmessage.h"
#include "common/startuprecovery.h"
#include "domain/localzone.h"
#include "incidentlistmodel.h"
#include "mainwindow.h"
#include "processsetup.h"
#include "session/demoincident.h"
#include "session/incidentsession.h"
#include "version.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace bridge;

namespace {

// On the command line, stderr carries only our one-line errors; Qt's own diagnostics
// (a missing XDG_RUNTIME_DIR, font warnings) would break that contract for scripts.
void quietQtDiagnostics(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fputs(message.toLocal8Bit().constData(), stderr);
        std::abort();
    }
}

// INCIDENT_BRIDGE_EXIT_AFTER_PAINT: print "painted" and quit once the main window has been
// painted for the first time. bridge-bench times startup with it; smoke tests can use it.
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QWidget *window)
        : m_window(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued: the children paint in the same pass, after the window itself.
            QTimer::singleShot(0, qApp, [] {
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_seen = false;
};

int startWindow(const cli::Invocation &inv, int argc, char **argv)
{
    QApplication app(argc, argv);
    describeApplication();
    quitOnTerminationSignals();
    QApplication::setStyle(new IndicatorStyle); // the platform's style, boxes seen when dark
    // Translations compiled into the binary, and Qt's own for its dialogs' buttons.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"incident-bridge"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);
    QApplication::setApplicationDisplayName(QObject::tr("Incident Bridge"));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(build::appId));
    QIcon fallback;
    for (int size : {16, 32, 64, 256})
        fallback.addFile(u":/icons/%1-%2.png"_s.arg(QString::fromLatin1(build::appId)).arg(size));
    QApplication::setWindowIcon(QIcon::fromTheme(QString::fromLatin1(build::appId), fallback));

    std::unique_ptr<QTemporaryDir> demoDir;
    QString path;
    qint64 firstIncident = 0;
    if (inv.demo) {
        demoDir = std::make_unique<QTemporaryDir>();
        path = demoDir->filePath(u"demo.sqlite"_s);
        auto seeded = seedDemoIncidents(path, QDateTime::currentDateTimeUtc());
        if (!seeded) {
            cli::printError(seeded.error().message);
            showPlainMessage(nullptr, QMessageBox::Critical, QObject::tr("Incident Bridge"),
                             seeded.error().message);
            return cli::Failure;
        }
        firstIncident = *seeded;
    } else {
        path = Database::resolvePath(inv.databasePath);
    }
    const bool isDefault = !inv.demo && inv.databasePath.isEmpty()
                           && qEnvironmentVariableIsEmpty("INCIDENT_BRIDGE_DB");
    const auto location = isDefault ? Database::Location::Default : Database::Location::Given;
    auto session = IncidentSession::open(path, location);
    std::optional<QString> recovered;
    if (!session && session.error().code == Error::Code::Damaged) {
        cli::printError(session.error().message);
        recovered = offerRestoreOfDamagedFile(path, session.error().message);
        if (!recovered)
            return cli::Failure;
        session = IncidentSession::open(path, location);
    }
    if (!session) {
        // A file we refuse is left as it was; say why and what to do, then stop.
        cli::printError(session.error().message);
        showPlainMessage(nullptr, QMessageBox::Critical,
                         QObject::tr("Cannot open the incident database"), session.error().message);
        return cli::Failure;
    }

    MainWindow window(session.value().get(), inv.demo ? u"demo"_s : u"main"_s);
    if (firstIncident == 0) {
        const qint64 last = AppSettings(u"main"_s).lastIncident();
        if (session.value()->incident(last))
            firstIncident = last;
        else if (!session.value()->incidents().isEmpty())
            firstIncident = IncidentListModel(session.value().get()).incidentIdAt(0);
    }
    window.showIncident(firstIncident);
    std::unique_ptr<FirstPaintProbe> probe;
    if (!qEnvironmentVariableIsEmpty("INCIDENT_BRIDGE_EXIT_AFTER_PAINT"))
        probe = std::make_unique<FirstPaintProbe>(&window);
    window.show();
    if (recovered)
        window.statusBar()->showMessage(*recovered);
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    // Everything we write holds incident data: files 0600 and folders 0700, whatever the
    // umask we were started with (exports, the data folder, backups, a restore's copies).
    ::umask(077);
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const auto inv = cli::parseInvocation(arguments);
    if (!inv) {
        cli::printError(inv.error().message);
        return cli::BadUsage;
    }
    if (inv->help) {
        std::fputs(cli::usageText().toUtf8().constData(), stdout);
        return cli::Success;
    }
    if (inv->version) {
        std::printf("incident-bridge %s\n", build::version);
        return cli::Success;
    }
    if (!inv->command.isEmpty())
        qInstallMessageHandler(quietQtDiagnostics);
    // Before any time is read or shown: one zone for Qt and the C library alike.
    const QString zoneWarning = settleLocalZone();
    if (!zoneWarning.isEmpty())
        cli::printError(zoneWarning);
    if (inv->command == u"export"_s) {
        // Reports lay out text and paint pictures, which needs fonts: a GUI application,
        // headless unless the caller chose a platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describeApplication();
        return cli::runCommand(*inv);
    }
    if (!inv->command.isEmpty()) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return cli::runCommand(*inv);
    }
    return startWindow(*inv, argc, argv);
}
