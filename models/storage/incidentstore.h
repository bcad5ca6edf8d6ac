#pragma once

#include "domain/entry.h"
#include "domain/incident.h"
#include "domain/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

struct sqlite3_stmt;

namespace bridge {

// Every SQL statement about incidents, people and entries. Writes assume the caller holds a
// WriteTransaction; the session decides what one user operation is.
class IncidentStore
{
public:
    explicit IncidentStore(const QSqlDatabase &db);
    ~IncidentStore();
    IncidentStore(const IncidentStore &) = delete;
    IncidentStore &operator=(const IncidentStore &) = delete;

    // People, found by name (case- and accent-insensitively) or created. Always read from the
    // database inside the caller's transaction: an id is never cached across transactions, so
    // a rolled-back insert or a restore cannot make a name point at someone else.
    Result<qint64> personId(const QString &name, qint64 nowMs);
    // The id of a known person, or 0; never creates one.
    Result<qint64> findPerson(const QString &name);
    QString personName(qint64 id);
    Result<QStringList> personNames();
    // Drops the id -> name cache: at every write's start, on rollback and after a restore.
    void forgetPeople();
    // On a team server a committed person keeps its id and name for good (rows there are
    // never renamed or deleted, and nothing restores under a session), so the names a
    // committed write resolved are settled: the line writer's single round trip needs no
    // lookup. settlePeople() runs after a commit; a file never settles anyone.
    struct SettledPerson
    {
        qint64 id = 0;
        QString name; // as stored
    };
    std::optional<SettledPerson> settledPerson(const QString &name) const;
    void settlePeople();
    void forgetSettledPeople();

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
        QString clientUid = {}; // a team server's: the same line sent again is refused
    };
    Result<qint64> insertEntry(const NewEntry &entry);
    // Its eight columns, in the table's order (incident_id … pinned), without the uid.
    static void bindNewEntry(QSqlQuery &q, const NewEntry &entry);
    // The entry a team client made with this uid, or 0.
    Result<qint64> entryWithClientUid(const QString &uid);
    Result<Entry> entry(qint64 id);
    Result<QList<Entry>> entriesByIds(const QList<qint64> &ids);
    Result<QStringList> actors(qint64 incidentId);
    // The pinned entries' ids, oldest first (retracted ones too: the caller decides).
    Result<QList<qint64>> pinnedEntryIds(qint64 incidentId);

    // Keeps the entry's present state as a revision, then applies one change.
    Done keepRevision(const Entry &before, const QString &change, qint64 byId, qint64 atMs);
    Done updateContent(qint64 entryId, EntryKind kind, qint64 actorId, qint64 occurredAtMs,
                       const QString &text);
    Done updatePinned(qint64 entryId, bool pinned);
    Done updateRetraction(qint64 entryId, std::optional<qint64> atMs, qint64 byId,
                          const QString &reason);
    Result<QList<EntryRevision>> revisions(qint64 entryId);
    Result<QList<EntryRevision>> revisionsOfIncident(qint64 incidentId);

    // The columns of an entry on `e`, in the order entryFromRow reads them.
    QString entryColumns() const;
    Entry entryFromRow(const QSqlQuery &q);

private:
    Result<qint64> insertFileEntry(const NewEntry &entry);
    Result<QList<Entry>> readEntries(QSqlQuery &q);
    Result<QList<EntryRevision>> readRevisions(const QString &where, qint64 id);
    Done reloadPeople();

    QSqlDatabase m_db;
    bool m_team;                    // a team server stamps each entry with the role that wrote it
    QHash<qint64, QString> m_names; // id -> name; see forgetPeople()
    QHash<QString, SettledPerson> m_resolved; // by the name asked for, in this transaction
    QHash<QString, SettledPerson> m_settled;  // the same, committed (team only)
    QSqlQuery m_findPerson;
    QSqlQuery m_insertEntry;
    // A file's line straight through SQLite: Qt's binding and RETURNING cost a sixth of a commit.
    sqlite3_stmt *m_insertFileEntry = nullptr;
    QSqlQuery m_insertTeamEntry; // with the client's uid
    QSqlQuery m_selectEntry;
};

} // namespace bridge
