#pragma once

#include "domain/entry.h"
#include "domain/incident.h"
#include "domain/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace bridge {

// Every SQL statement about incidents, people and entries. Writes assume the caller holds a
// WriteTransaction; the session decides what one user operation is.
class IncidentStore
{
public:
    explicit IncidentStore(QSqlDatabase db);

    // People, found or created by name (case-insensitive).
    Result<qint64> personId(const QString &name, qint64 nowMs);
    QString personName(qint64 id);

    Result<qint64> insertIncident(const NewIncident &incident, qint64 createdBy, qint64 nowMs);
    Result<QList<Incident>> incidents();
    Result<Incident> incident(qint64 id);
    // Sets the status, and its milestone when this is the first time it is reached.
    Done updateStatus(qint64 incidentId, Status status, qint64 atMs);
    Done updateSeverity(qint64 incidentId, Severity severity);
    // column: detected_at or acknowledged_at.
    Done updateMilestone(qint64 incidentId, const QString &column, qint64 atMs);

    struct NewEntry
    {
        qint64 incidentId;
        EntryKind kind;
        qint64 actorId;
        qint64 scribeId;
        qint64 occurredAtMs;
        qint64 loggedAtMs;
        QString text;
        bool pinned;
    };
    Result<qint64> insertEntry(const NewEntry &entry);
    Result<Entry> entry(qint64 id);
    Result<QList<Entry>> entriesAfter(qint64 lastId);
    Result<bool> matchesText(qint64 entryId, const QString &text);
    Result<QStringList> actors(qint64 incidentId);

    // Keeps the entry's present state as a revision, then applies one change.
    Done keepRevision(const Entry &before, const QString &change, qint64 byId, qint64 atMs);
    Done updateContent(qint64 entryId, EntryKind kind, qint64 actorId, qint64 occurredAtMs,
                       const QString &text);
    Done updatePinned(qint64 entryId, bool pinned);
    Done updateRetraction(qint64 entryId, std::optional<qint64> atMs, qint64 byId,
                          const QString &reason);
    Result<QList<EntryRevision>> revisions(qint64 entryId);
    Result<QList<EntryRevision>> revisionsOfIncident(qint64 incidentId);
    Result<QList<qint64>> entriesRevisedAfter(qint64 lastRevisionId, qint64 *maxRevisionId);

    Result<qint64> maxEntryId();
    Result<qint64> maxRevisionId();

    // An FTS5 query that matches every word of the entry's text as a prefix, with user text
    // quoted so it can never be read as FTS syntax. Empty when no word is searchable.
    static QString ftsQuery(const QString &text);

private:
    Result<QList<Entry>> readEntries(QSqlQuery &q);
    Result<QList<EntryRevision>> readRevisions(const QString &where, qint64 id);
    Entry entryFromRow(const QSqlQuery &q);
    Done reloadPeople();

    QSqlDatabase m_db;
    QHash<qint64, QString> m_names;
    QHash<QString, qint64> m_ids; // case-folded name -> id
    QSqlQuery m_insertEntry;
    QSqlQuery m_selectEntry;
};

} // namespace bridge
