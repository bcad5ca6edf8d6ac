// A team server that goes away and comes back: the session says so, keeps trying, and once
// connected again catches up from the change feed, which numbers every commit it missed.
#include "incidentsession.h"

#include <QSqlQuery>
#include <QTimer>

#include "storage/sqlerror.h"

namespace bridge {

namespace {
constexpr int FirstRetryMs = 1000;
constexpr int LongestRetryMs = 5000; // a refused connection costs the server nothing
} // namespace

void IncidentSession::noticeLostConnection()
{
    if (!m_database->connectionLost())
        return;
    if (!m_reconnectTimer) {
        m_reconnectTimer = new QTimer(this);
        m_reconnectTimer->setSingleShot(true);
        connect(m_reconnectTimer, &QTimer::timeout, this, &IncidentSession::tryReconnect);
    }
    if (!m_unreachableSince.isValid()) {
        m_unreachableSince = now();
        m_reconnectDelayMs = FirstRetryMs;
        emit reachabilityChanged(false);
    }
    if (!m_reconnectTimer->isActive())
        m_reconnectTimer->start(m_reconnectDelayMs);
}

Result<QList<QPair<QString, int>>> IncidentSession::connectedNow()
{
    QList<QPair<QString, int>> clients;
    if (!m_database->isTeam() || !reachable())
        return clients;
    // Every client connects with application_name incident-bridge (connectTeamDatabase); the
    // role and application of every session are visible to every role.
    QSqlQuery q(m_database->connection());
    if (!q.exec(QStringLiteral("SELECT usename, count(*) FROM pg_stat_activity "
                               "WHERE datname = current_database() "
                               "AND application_name = 'incident-bridge' "
                               "GROUP BY usename ORDER BY usename"))) {
        noticeLostConnection();
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read who is connected"));
    }
    while (q.next())
        clients.append({q.value(0).toString(), q.value(1).toInt()});
    return clients;
}

void IncidentSession::reconnectNow()
{
    if (reachable())
        return;
    m_reconnectDelayMs = FirstRetryMs;
    m_reconnectTimer->stop();
    tryReconnect();
}

void IncidentSession::tryReconnect()
{
    if (m_write) { // never under an operation; it ends soon
        m_reconnectTimer->start(FirstRetryMs);
        return;
    }
    if (auto again = m_database->reconnect(); !again) {
        m_reconnectDelayMs = std::min(m_reconnectDelayMs * 2, LongestRetryMs);
        m_reconnectTimer->start(m_reconnectDelayMs);
        return;
    }
    // The statements prepared on the lost connection, and its LISTEN, went with it.
    attachStores();
    m_listening = false;
    if (m_watchTimer)
        watchForExternalChanges(m_watchIntervalMs);
    m_unreachableSince = {};
    emit reachabilityChanged(true);
    // What was typed meanwhile goes first, then what others committed, from the feed.
    (void)sendWaiting();
    m_dataVersion = 0;
    pollExternalChanges();
}

} // namespace bridge
