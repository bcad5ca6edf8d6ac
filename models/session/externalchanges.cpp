// How a session hears of what other processes and other people committed: the change
// feed, read when the file's data version moves (polled) or when the team server announces a
// commit (LISTEN/NOTIFY).
#include "incidentsession.h"

#include "storage/changefeed.h"
#include "storage/incidentstore.h"

#include <QSqlDriver>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
// The channel the team schema's feed trigger notifies (resources/sql/postgresql).
const QString ChangeChannel = u"incident_bridge"_s;
constexpr int TeamSafetyPollMs = 15000;
constexpr int ConnectionCheckMs = 1000;
} // namespace

void IncidentSession::watchForExternalChanges(int intervalMs)
{
    if (!m_watchTimer) {
        m_watchTimer = new QTimer(this);
        connect(m_watchTimer, &QTimer::timeout, this, &IncidentSession::pollExternalChanges);
    }
    m_watchIntervalMs = intervalMs;
    if (m_database->isTeam() && !m_listening) {
        // The server announces every commit when it lands (the feed's trigger runs
        // pg_notify); our own are announced by the operation that made them.
        QSqlDriver *driver = m_database->connection().driver();
        m_listening = driver->subscribeToNotification(ChangeChannel);
        if (!m_hearsNotifications) {
            m_hearsNotifications = true;
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &channel, QSqlDriver::NotificationSource source) {
                        if (channel == ChangeChannel && source != QSqlDriver::SelfSource)
                            schedulePoll();
                    });
        }
        // Listening, the driver reads the socket as soon as anything arrives, so libpq
        // knows at once when the server has gone: looking costs no traffic.
        if (!m_connectionCheck) {
            m_connectionCheck = new QTimer(this);
            connect(m_connectionCheck, &QTimer::timeout, this, [this] {
                if (!m_write && m_database->connectionLost())
                    noticeLostConnection();
            });
            m_connectionCheck->start(ConnectionCheckMs);
        }
    }
    // Listening, the timer is only a safety net for a notification lost with a connection.
    m_watchTimer->start(m_listening ? std::max(intervalMs, TeamSafetyPollMs) : intervalMs);
}

void IncidentSession::schedulePoll()
{
    if (m_write) {
        m_pollWhenWritten = true; // a notification that arrives during our own write
        return;
    }
    if (m_pollQueued)
        return;
    m_pollQueued = true; // a burst of commits is read once
    QTimer::singleShot(0, this, [this] {
        m_pollQueued = false;
        pollExternalChanges();
    });
}

void IncidentSession::pollExternalChanges()
{
    if (m_write)
        return; // never from inside an operation: its signals come after its commit
    const qint64 version = m_database->dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    // Another process restored a backup (or upgraded the schema): every id may mean something
    // else now, so announcing "what is new" would be wrong. Reload instead.
    if (m_database->schemaCookie() != m_schemaCookie)
        return reloadAfterReplace();

    // Everything announced below is read from one snapshot.
    struct Caught
    {
        QList<Incident> incidents;
        QList<Entry> added;
        QList<Entry> changed;
        QList<qint64> board, updates, reviews;
        bool everyone = false; // people or settings: every incident's board and clocks
        qint64 last = 0;
    };
    auto caught = read([&]() -> Result<Caught> {
        auto changes = m_feed->after(m_feedSeen);
        if (!changes)
            return changes.error();
        Caught c;
        c.last = m_feedSeen;
        QList<qint64> incidentIds, addedIds, changedIds;
        const auto note = [](QList<qint64> &list, qint64 id) {
            if (!list.contains(id))
                list << id;
        };
        for (const Change &change : *changes) {
            c.last = change.seq;
            const bool ours
                = std::any_of(m_ownChanges.cbegin(), m_ownChanges.cend(), [&](const auto &range) {
                      return change.seq > range.first && change.seq <= range.second;
                  });
            if (ours)
                continue;
            if (change.subject == u"incident"_s) {
                // Status, severity and milestones drive the board's and the clocks' figures.
                note(incidentIds, change.rowId);
                note(c.board, change.incidentId);
                note(c.updates, change.incidentId);
            } else if (change.subject == u"entry_added"_s)
                note(addedIds, change.rowId);
            else if (change.subject == u"entry_changed"_s)
                note(changedIds, change.rowId);
            else if (change.subject == u"board"_s)
                note(c.board, change.incidentId);
            else if (change.subject == u"updates"_s)
                note(c.updates, change.incidentId);
            else if (change.subject == u"review"_s)
                note(c.reviews, change.incidentId);
            else
                c.everyone = true;
        }
        // A row added and changed in what we missed is announced once, as it is now.
        changedIds.removeIf([&](qint64 id) { return addedIds.contains(id); });
        for (qint64 id : std::as_const(incidentIds)) {
            auto fresh = m_store->incident(id);
            if (!fresh)
                return fresh.error();
            c.incidents << *fresh;
        }
        auto added = m_store->entriesByIds(addedIds);
        if (!added)
            return added.error();
        c.added = *added;
        auto changed = m_store->entriesByIds(changedIds);
        if (!changed)
            return changed.error();
        c.changed = *changed;
        return c;
    });
    if (!caught) {
        // Nothing was marked seen: the next poll reads the same changes again.
        m_dataVersion = 0;
        return;
    }
    m_feedSeen = caught->last;
    m_ownChanges.removeIf([&](const auto &range) { return range.second <= m_feedSeen; });

    for (const Incident &fresh : std::as_const(caught->incidents))
        rememberIncident(fresh);
    for (const Entry &e : std::as_const(caught->added))
        emit entryAdded(e);
    for (const Entry &e : std::as_const(caught->changed))
        emit entryChanged(e);
    const QList<qint64> all = caught->everyone ? m_incidents.keys() : QList<qint64>();
    for (qint64 id : caught->everyone ? all : caught->board)
        emit boardChanged(id);
    for (qint64 id : caught->everyone ? all : caught->updates)
        emit updatesChanged(id);
    for (qint64 id : std::as_const(caught->reviews))
        emit reviewChanged(id);
}

} // namespace bridge
