#include "processsetup.h"

#include "version.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
// Written by the signal handler (only async-signal-safe work there), read in the event loop.
int signalPipe[2] = {-1, -1};

void onTerminationSignal(int signal)
{
    const char number = static_cast<char>(signal);
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &number, 1);
}
} // namespace

bool adoptEarlierSettings(const QString &from, const QString &to)
{
    if (!QFileInfo::exists(from) || QFileInfo::exists(to))
        return false;
    const QSettings earlier(from, QSettings::IniFormat);
    QSettings now(to, QSettings::IniFormat);
    const QStringList keys = earlier.allKeys();
    for (const QString &key : keys)
        now.setValue(key, earlier.value(key));
    now.sync();
    return !keys.isEmpty() && now.status() == QSettings::NoError;
}

void describeApplication()
{
    QCoreApplication::setApplicationName(u"incident-bridge"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(build::version));
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString earlier = config + u"/Unknown Organization/incident-bridge.conf"_s;
    QCoreApplication::setOrganizationName(QString::fromLatin1(build::appId));
    QCoreApplication::setOrganizationDomain(u"incidentbridge.org"_s);
    adoptEarlierSettings(earlier, QSettings().fileName());
}

void quitOnTerminationSignals()
{
    if (signalPipe[0] >= 0 || !QCoreApplication::instance())
        return;
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return; // the signals keep their default action
    auto *notifier
        = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [] {
        char number = 0;
        if (::read(signalPipe[0], &number, 1) == 1)
            QCoreApplication::exit(128 + number);
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : {SIGTERM, SIGINT, SIGHUP})
        sigaction(signal, &action, nullptr);
}

} // namespace bridge
