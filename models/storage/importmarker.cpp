#include "importmarker.h"

#include "domain/localzone.h"
#include "domain/timeparse.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Storage)
};

constexpr qint64 HeartbeatMs = 1000;
// Committing a million rows can take a while after the last heartbeat; beyond this the
// importer is surely gone (killed before it could remove the file).
constexpr qint64 StaleAfterMs = 120'000;

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}
} // namespace

ImportMarker::ImportMarker(const QString &databasePath, qint64 entries)
    : m_path(databasePath.isEmpty() ? QString() : pathFor(databasePath))
{
    m_state.pid = ::getpid();
    m_state.entries = entries;
    m_state.started = QDateTime::currentDateTimeUtc();
    write();
}

ImportMarker::~ImportMarker()
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

QString ImportMarker::pathFor(const QString &databasePath)
{
    return databasePath + u".importing"_s;
}

void ImportMarker::progress(qint64 done)
{
    m_state.done = done;
    if (m_sinceWrite.elapsed() >= HeartbeatMs)
        write();
}

void ImportMarker::write()
{
    m_sinceWrite.start();
    if (m_path.isEmpty())
        return;
    const QJsonObject o{{u"pid"_s, m_state.pid},
                        {u"entries"_s, m_state.entries},
                        {u"done"_s, m_state.done},
                        {u"started_ms"_s, toMs(m_state.started)},
                        {u"heartbeat_ms"_s, QDateTime::currentMSecsSinceEpoch()}};
    // Only a hint for other writers: an import does not fail because this file could not be
    // written, it merely goes unannounced.
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        (void)file.commit();
    }
}

std::optional<ImportMarker::Running> ImportMarker::running(const QString &databasePath)
{
    if (databasePath.isEmpty())
        return std::nullopt;
    QFile file(pathFor(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.read(4096)).object();
    Running r;
    r.pid = o.value(u"pid"_s).toInteger();
    r.entries = o.value(u"entries"_s).toInteger();
    r.done = o.value(u"done"_s).toInteger();
    r.started = fromMs(o.value(u"started_ms"_s).toInteger());
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 heartbeat = o.value(u"heartbeat_ms"_s).toInteger();
    if (r.pid == ::getpid() || !processAlive(r.pid) || nowMs - heartbeat > StaleAfterMs
        || !r.started.isValid())
        return std::nullopt;
    if (r.done > 0 && r.entries >= r.done) {
        const qint64 spent = nowMs - toMs(r.started);
        r.expectedEnd = fromMs(toMs(r.started) + spent * r.entries / r.done);
    }
    return r;
}

QString ImportMarker::describe(const Running &import)
{
    const QLocale locale;
    QString text = Tr::tr("an import of %1 entries (process %2) has held the database since %3")
                       .arg(locale.toString(import.entries))
                       .arg(import.pid)
                       .arg(locale.toString(import.started.toTimeZone(localZone()), u"HH:mm:ss"_s));
    if (import.expectedEnd.isValid())
        text
            += Tr::tr(", is %1% done and should end at about %2")
                   .arg(import.done * 100 / qMax<qint64>(1, import.entries))
                   .arg(locale.toString(import.expectedEnd.toTimeZone(localZone()), u"HH:mm:ss"_s));
    return text;
}

} // namespace bridge
