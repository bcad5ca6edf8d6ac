// Timeline lines on a team database while it is away: kept in this machine's outbox and
// sent when it is back, in order and exactly once (each carries its own uid from the first
// attempt, so a line whose acknowledgement was lost is found, not written again).
#include "identity.h"
#include "incidentsession.h"
#include "storage/incidentstore.h"
#include "storage/outbox.h"

#include <QUuid>

namespace bridge {

namespace {
QueuedLine lineFor(const QString &database, qint64 incidentId, const EntryDraft &draft,
                   const QString &scribe, const QDateTime &now)
{
    QueuedLine line;
    line.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    line.database = database;
    line.incidentId = incidentId;
    line.kind = draft.kind;
    line.actor = draft.actor.simplified();
    line.scribe = scribe;
    line.occurredAt = draft.occurredAt.isValid() ? draft.occurredAt : now;
    line.text = draft.text;
    line.pinned = draft.pinned;
    line.queuedAt = now;
    return line;
}
} // namespace

Result<QueuedLine> IncidentSession::keepForLater(const QString &database, qint64 incidentId,
                                                 const EntryDraft &draft, const QString &scribe)
{
    auto outbox = Outbox::open();
    if (!outbox)
        return outbox.error();
    const QString who = scribe.simplified().isEmpty() ? resolveIdentityName({}) : scribe;
    return outbox.value()->add(
        lineFor(database, incidentId, draft, who.simplified(), QDateTime::currentDateTimeUtc()));
}

Result<Entry> IncidentSession::logOnTeam(qint64 incidentId, const EntryDraft &draft)
{
    const QueuedLine line = lineFor(m_database->path(), incidentId, draft, m_scribe, now());
    EntryDraft timed = draft;
    timed.occurredAt = line.occurredAt;
    if (reachable()) {
        auto written = writeLoggedLine(incidentId, timed, line.uid);
        // Refused for what it says, or no outbox to keep it in: the caller keeps the text.
        if (written || !m_database->connectionLost() || !m_outbox)
            return written;
        // The server went away under this line; it may have landed. Its uid makes sending
        // it again harmless.
    }
    if (!m_outbox)
        return Error::unreachable(tr("The team database %1 is unreachable, and this machine has "
                                     "no outbox to keep the line in; it was not saved.")
                                      .arg(m_database->displayName()));
    auto kept = m_outbox->add(line);
    if (!kept)
        return kept.error();
    if (auto lines = m_outbox->waiting(m_database->path()))
        emit outboxChanged(int(lines->size()));
    Entry waiting;
    waiting.incidentId = incidentId;
    waiting.kind = draft.kind;
    waiting.actor = line.actor.isEmpty() ? m_scribe : line.actor;
    waiting.scribe = m_scribe;
    waiting.occurredAt = line.occurredAt;
    waiting.loggedAt = line.queuedAt;
    waiting.text = draft.text;
    waiting.pinned = draft.pinned;
    waiting.waiting = true;
    return waiting;
}

Result<QList<QueuedLine>> IncidentSession::waitingLines()
{
    if (!m_outbox)
        return QList<QueuedLine>();
    return m_outbox->waiting(m_database->path());
}

Result<int> IncidentSession::sendWaiting()
{
    if (!m_outbox || !reachable())
        return 0;
    auto lines = m_outbox->waiting(m_database->path());
    if (!lines)
        return lines.error();
    int sent = 0;
    for (const QueuedLine &line : std::as_const(*lines)) {
        EntryDraft draft;
        draft.kind = line.kind;
        draft.actor = line.actor;
        draft.occurredAt = line.occurredAt;
        draft.text = line.text;
        draft.pinned = line.pinned;
        auto written = write([&]() -> Result<Entry> {
            if (Done known = requireIncident(line.incidentId); !known)
                return known.error();
            // Landed already (its acknowledgement was lost): the feed announces it.
            auto existing = m_store->entryWithClientUid(line.uid);
            if (!existing)
                return existing.error();
            if (*existing > 0)
                return m_store->entry(*existing);
            auto entry = insertEntry(line.incidentId, draft, line.uid, line.scribe);
            if (!entry)
                return entry.error();
            afterCommit([this, entry = *entry] { emit entryAdded(entry); });
            return entry;
        });
        if (!written) {
            if (m_database->connectionLost())
                break; // it and the lines after it wait, in order, for the next return
            // Another window or command of this user sent the same line at the same moment:
            // the server's unique uid refused the second copy, and the line is in the record.
            if (auto landed = m_store->entryWithClientUid(line.uid); landed && *landed > 0) {
                if (auto done = m_outbox->sent(line.uid); !done)
                    return done.error();
                continue;
            }
            // Kept with the reason, for `incident-bridge outbox`; the rest go on.
            (void)m_outbox->refused(line.uid, written.error().message);
            continue;
        }
        if (auto done = m_outbox->sent(line.uid); !done)
            return done.error(); // sent again next time, harmlessly
        ++sent;
    }
    if (auto left = m_outbox->waiting(m_database->path()))
        emit outboxChanged(int(left->size()));
    return sent;
}

} // namespace bridge
