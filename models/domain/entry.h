#pragma once

#include "vocabulary.h"

#include <QDateTime>
#include <QMetaType>

namespace bridge {

// A timeline entry as it stands now. Earlier states live in EntryRevision rows.
struct Entry
{
    qint64 id = 0;
    qint64 incidentId = 0;
    EntryKind kind = EntryKind::Note;
    QString actor;  // who did or saw it
    QString scribe; // who wrote it down
    QDateTime occurredAt;
    QDateTime loggedAt;
    QString text;
    bool pinned = false;
    int edits = 0; // how many times the content was edited
    QDateTime retractedAt;
    QString retractedBy;
    QString retractReason;
    // The database role that wrote the entry, as a team server stamps it (never the client);
    // empty on a file, where the scribe is the only account of who wrote it.
    QString writtenBy;
    // Typed while the team server was away: kept in this machine's outbox, not yet in the
    // record (id 0 until it is sent).
    bool waiting = false;

    bool isRetracted() const { return retractedAt.isValid(); }
};

// The start of an entry's text for a one-line mention ("Pinned 06:57 “Checkout err…”"):
// white space folded and cut to at most maxChars, ending in an ellipsis when cut.
inline QString glimpse(const QString &text, qsizetype maxChars)
{
    const QString line = text.simplified();
    return line.size() > maxChars ? line.left(maxChars - 1) + u'\u2026' : line;
}

// What a scribe asks to log, or to change an entry into.
struct EntryDraft
{
    EntryKind kind = EntryKind::Note;
    QString actor;        // empty: the scribe
    QDateTime occurredAt; // invalid: now
    QString text;
    bool pinned = false;
};

// The state of an entry before one change was made to it.
struct EntryRevision
{
    qint64 id = 0;
    qint64 entryId = 0;
    QDateTime changedAt;
    QString changedBy;
    QString change; // edit, pin, unpin, retract, restore
    EntryKind kind = EntryKind::Note;
    QString actor;
    QDateTime occurredAt;
    QString text;
    bool pinned = false;
    bool retracted = false;
};

// Where an entry sits in a timeline: enough to order, count and place rows without
// reading their text.
struct EntryKey
{
    qint64 id = 0;
    qint64 occurredMs = 0;

    bool operator<(const EntryKey &o) const
    {
        return occurredMs != o.occurredMs ? occurredMs < o.occurredMs : id < o.id;
    }
    bool operator==(const EntryKey &) const = default;
};

// What the timeline shows: every field empty means everything.
struct TimelineFilter
{
    QList<EntryKind> kinds;
    QString actor;
    QString text;
    bool includeRetracted = true;

    bool isEmpty() const { return kinds.isEmpty() && actor.isEmpty() && text.trimmed().isEmpty(); }
    bool operator==(const TimelineFilter &) const = default;
};

} // namespace bridge

Q_DECLARE_METATYPE(bridge::Entry)
