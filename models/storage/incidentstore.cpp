#include "incidentstore.h"

#include "domain/names.h"
#include "domain/timeparse.h"
#include "engine.h"
#include "sqlerror.h"
#include "sqlhelpers.h"
#include "sqlitehandle.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::IncidentStore)
};

constexpr auto EntryColumns = "e.id, e.incident_id, e.kind, e.actor_id, e.scribe_id, "
                              "e.occurred_at, e.logged_at, e.text, e.pinned, e.edits, "
                              "e.retracted_at, e.retracted_by, e.retract_reason";

QDateTime optionalTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : fromMs(v.toLongLong());
}

QString milestoneColumn(Status s)
{
    switch (s) {
    case Status::Identified:
        return u"identified_at"_s;
    case Status::Mitigated:
        return u"mitigated_at"_s;
    case Status::Resolved:
        return u"resolved_at"_s;
    case Status::Closed:
        return u"closed_at"_s;
    case Status::Investigating:
        break;
    }
    return {};
}

Incident incidentFromRow(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    i.title = q.value(1).toString();
    i.severity = static_cast<Severity>(q.value(2).toInt());
    i.status = statusFromKey(q.value(3).toString()).value_or(Status::Investigating);
    i.startedAt = fromMs(q.value(4).toLongLong());
    i.reached[static_cast<size_t>(Status::Investigating)] = i.startedAt;
    i.reached[static_cast<size_t>(Status::Identified)] = optionalTime(q.value(5));
    i.reached[static_cast<size_t>(Status::Mitigated)] = optionalTime(q.value(6));
    i.reached[static_cast<size_t>(Status::Resolved)] = optionalTime(q.value(7));
    i.reached[static_cast<size_t>(Status::Closed)] = optionalTime(q.value(8));
    i.detectedAt = optionalTime(q.value(9));
    i.acknowledgedAt = optionalTime(q.value(10));
    return i;
}

constexpr auto IncidentColumns = "id, title, severity, status, started_at, identified_at, "
                                 "mitigated_at, resolved_at, closed_at, detected_at, "
                                 "acknowledged_at";
} // namespace

IncidentStore::IncidentStore(const QSqlDatabase &db)
    : m_db(db)
    , m_team(isTeamConnection(db))
    , m_findPerson(db)
    , m_insertEntry(db)
    , m_insertTeamEntry(db)
    , m_selectEntry(db)
{
    m_findPerson.prepare(u"SELECT id, name FROM person WHERE name = ? ORDER BY id LIMIT 1"_s);
    if (m_team) {
        m_insertEntry.prepare(
            u"INSERT INTO entry (incident_id, kind, actor_id, scribe_id, occurred_at, "
            "logged_at, text, pinned) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        m_insertTeamEntry.prepare(
            u"INSERT INTO entry (incident_id, kind, actor_id, scribe_id, occurred_at, logged_at, "
            "text, pinned, client_uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS uuid)) "
            "RETURNING id"_s);
    }
    m_selectEntry.prepare(u"SELECT %1 FROM entry e WHERE e.id = ?"_s.arg(entryColumns()));
}

void IncidentStore::forgetPeople()
{
    m_names.clear();
    m_resolved.clear();
}

std::optional<IncidentStore::SettledPerson> IncidentStore::settledPerson(const QString &name) const
{
    if (auto it = m_settled.constFind(name); it != m_settled.constEnd())
        return *it;
    return std::nullopt;
}

void IncidentStore::settlePeople()
{
    if (m_team)
        m_settled.insert(m_resolved);
    m_resolved.clear();
}

void IncidentStore::forgetSettledPeople()
{
    m_settled.clear();
}

Done IncidentStore::reloadPeople()
{
    QSqlQuery q(m_db);
    readRowsOnce(q);
    if (!q.exec(u"SELECT id, name FROM person"_s))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the people"));
    m_names.clear();
    while (q.next())
        m_names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return done();
}

Result<qint64> IncidentStore::findPerson(const QString &name)
{
    // Already read in this transaction (the actor is the scribe on most lines).
    if (auto it = m_resolved.constFind(name); it != m_resolved.constEnd())
        return it->id;
    // The index answers the common case (same spelling, any ASCII case) at once.
    QSqlQuery &q = m_findPerson;
    bindValue(q, name);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the people"));
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        // Read in this transaction, so as fresh as any read: what the entry shows next.
        m_names.insert(id, q.value(1).toString());
        m_resolved.insert(name, {id, q.value(1).toString()});
        q.finish();
        return id;
    }
    q.finish();
    // Accents and non-ASCII case: compare folded names. The table holds people, not entries.
    QSqlQuery all(m_db);
    readRowsOnce(all);
    if (!all.exec(u"SELECT id, name FROM person ORDER BY id"_s))
        return sqlError(all, QT_TRANSLATE_NOOP("bridge::Storage", "read the people"));
    const QString key = foldName(name);
    while (all.next()) {
        if (foldName(all.value(1).toString()) == key) {
            m_names.insert(all.value(0).toLongLong(), all.value(1).toString());
            m_resolved.insert(name, {all.value(0).toLongLong(), all.value(1).toString()});
            return all.value(0).toLongLong();
        }
    }
    return qint64(0);
}

Result<qint64> IncidentStore::personId(const QString &name, qint64 nowMs)
{
    auto found = findPerson(name);
    if (!found || *found != 0)
        return found;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO person (name, created_at) VALUES (?, ?) RETURNING id"_s);
    bindValue(q, name);
    bindValue(q, nowMs);
    if (!q.exec() || !q.next())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "record the person"));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    m_names.insert(id, name);
    m_resolved.insert(name, {id, name});
    return id;
}

Result<QStringList> IncidentStore::personNames()
{
    if (auto reloaded = reloadPeople(); !reloaded)
        return reloaded.error();
    QStringList names = m_names.values();
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString IncidentStore::personName(qint64 id)
{
    if (auto it = m_names.constFind(id); it != m_names.constEnd())
        return *it;
    // A person added since (here or by another process); a failed read leaves the name empty.
    (void)reloadPeople();
    return m_names.value(id);
}

Result<qint64> IncidentStore::insertIncident(const NewIncident &incident, qint64 createdBy,
                                             qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO incident (title, severity, status, started_at, created_at, created_by) "
              "VALUES (?, ?, 'investigating', ?, ?, ?) RETURNING id"_s);
    bindValue(q, incident.title);
    bindValue(q, static_cast<int>(incident.severity));
    bindValue(q, toMs(incident.startedAt));
    bindValue(q, nowMs);
    bindValue(q, createdBy);
    if (!q.exec() || !q.next())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "create the incident"));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<QList<Incident>> IncidentStore::incidents()
{
    QSqlQuery q(m_db);
    readRowsOnce(q);
    if (!q.exec(u"SELECT %1 FROM incident ORDER BY id"_s.arg(QLatin1StringView(IncidentColumns))))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the incidents"));
    QList<Incident> list;
    while (q.next())
        list << incidentFromRow(q);
    return list;
}

Result<Incident> IncidentStore::incident(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM incident WHERE id = ?"_s.arg(QLatin1StringView(IncidentColumns)));
    bindValue(q, id);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the incident"));
    if (!q.next())
        return Error::notFound(Tr::tr("There is no incident %1.").arg(id));
    return incidentFromRow(q);
}

Done IncidentStore::updateStatus(qint64 incidentId, Status status, qint64 atMs)
{
    QSqlQuery q(m_db);
    const QString column = milestoneColumn(status);
    if (column.isEmpty()) {
        q.prepare(u"UPDATE incident SET status = ? WHERE id = ?"_s);
    } else {
        q.prepare(
            u"UPDATE incident SET status = ?, %1 = coalesce(%1, ?) WHERE id = ?"_s.arg(column));
    }
    bindValue(q, statusKey(status));
    if (!column.isEmpty())
        bindValue(q, atMs);
    bindValue(q, incidentId);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "change the status"));
    return done();
}

Done IncidentStore::updateMilestone(qint64 incidentId, const QString &column, qint64 atMs)
{
    QSqlQuery q(m_db);
    // column is one of our own constants, never user text.
    q.prepare(u"UPDATE incident SET %1 = ? WHERE id = ?"_s.arg(column));
    bindValue(q, atMs);
    bindValue(q, incidentId);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "record the milestone"));
    return done();
}

Done IncidentStore::updateSeverity(qint64 incidentId, Severity severity)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE incident SET severity = ? WHERE id = ?"_s);
    bindValue(q, static_cast<int>(severity));
    bindValue(q, incidentId);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "change the severity"));
    return done();
}

Result<qint64> IncidentStore::entryWithClientUid(const QString &uid)
{
    QSqlQuery q(m_db);
    if (!runQuery(q, u"SELECT id FROM entry WHERE client_uid = CAST(? AS uuid)"_s, {uid}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the entry"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

void IncidentStore::bindNewEntry(QSqlQuery &q, const NewEntry &e)
{
    bindValue(q, e.incidentId);
    bindValue(q, kindKey(e.kind));
    bindValue(q, e.actorId);
    bindValue(q, e.scribeId);
    bindValue(q, e.occurredAtMs);
    bindValue(q, e.loggedAtMs);
    bindValue(q, e.text);
    bindValue(q, e.pinned ? 1 : 0);
}

IncidentStore::~IncidentStore()
{
    sqlite3_finalize(m_insertFileEntry);
}

Result<qint64> IncidentStore::insertFileEntry(const NewEntry &e)
{
    sqlite3 *db = sqliteHandle(m_db);
    const char *doing = QT_TRANSLATE_NOOP("bridge::Storage", "log the entry");
    if (!m_insertFileEntry
        && sqlite3_prepare_v3(db,
                              "INSERT INTO entry (incident_id, kind, actor_id, scribe_id, "
                              "occurred_at, logged_at, text, pinned) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                              -1, SQLITE_PREPARE_PERSISTENT, &m_insertFileEntry, nullptr)
               != SQLITE_OK)
        return sqliteError(db, doing);
    sqlite3_stmt *st = m_insertFileEntry;
    const QByteArray kind = kindKey(e.kind).toUtf8();
    sqlite3_bind_int64(st, 1, e.incidentId);
    sqlite3_bind_text(st, 2, kind.constData(), int(kind.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 3, e.actorId);
    sqlite3_bind_int64(st, 4, e.scribeId);
    sqlite3_bind_int64(st, 5, e.occurredAtMs);
    sqlite3_bind_int64(st, 6, e.loggedAtMs);
    // UTF-16 as given (NUL included), as Qt's driver binds it.
    sqlite3_bind_text16(st, 7, e.text.utf16(), int(e.text.size() * 2), SQLITE_STATIC);
    sqlite3_bind_int(st, 8, e.pinned ? 1 : 0);
    const int rc = sqlite3_step(st);
    // The message is read before the reset, which may replace it.
    std::optional<Error> failed;
    if (rc != SQLITE_DONE)
        failed = sqliteError(db, doing);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st); // the text was bound in place
    if (failed)
        return *failed;
    // The row's own id: a trigger's inserts do not change it once the trigger has run.
    return qint64(sqlite3_last_insert_rowid(db));
}

Result<qint64> IncidentStore::insertEntry(const NewEntry &e)
{
    if (!m_team)
        return insertFileEntry(e);
    const bool withUid = !e.clientUid.isEmpty();
    QSqlQuery &q = withUid ? m_insertTeamEntry : m_insertEntry;
    bindNewEntry(q, e);
    if (withUid)
        bindValue(q, e.clientUid);
    if (!q.exec() || !q.next())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "log the entry"));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

QString IncidentStore::entryColumns() const
{
    return QLatin1StringView(EntryColumns) + (m_team ? u", e.written_by"_s : QString());
}

Entry IncidentStore::entryFromRow(const QSqlQuery &q)
{
    Entry e;
    e.id = q.value(0).toLongLong();
    e.incidentId = q.value(1).toLongLong();
    e.kind = kindFromKey(q.value(2).toString()).value_or(EntryKind::Note);
    e.actor = personName(q.value(3).toLongLong());
    e.scribe = personName(q.value(4).toLongLong());
    e.occurredAt = fromMs(q.value(5).toLongLong());
    e.loggedAt = fromMs(q.value(6).toLongLong());
    e.text = q.value(7).toString();
    e.pinned = q.value(8).toInt() != 0;
    e.edits = q.value(9).toInt();
    e.retractedAt = optionalTime(q.value(10));
    if (!q.value(11).isNull())
        e.retractedBy = personName(q.value(11).toLongLong());
    e.retractReason = q.value(12).toString();
    if (m_team)
        e.writtenBy = q.value(13).toString();
    return e;
}

Result<QList<Entry>> IncidentStore::readEntries(QSqlQuery &q)
{
    QList<Entry> list;
    while (q.next())
        list << entryFromRow(q);
    if (q.lastError().isValid())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the timeline"));
    return list;
}

Result<Entry> IncidentStore::entry(qint64 id)
{
    QSqlQuery &q = m_selectEntry;
    bindValue(q, id);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the entry"));
    if (!q.next())
        return Error::notFound(Tr::tr("There is no entry %1.").arg(id));
    Entry e = entryFromRow(q);
    q.finish();
    return e;
}

Result<QList<Entry>> IncidentStore::entriesByIds(const QList<qint64> &ids)
{
    QList<Entry> list;
    list.reserve(ids.size());
    for (qint64 id : ids) {
        auto e = entry(id);
        if (!e)
            return e.error();
        list << *e;
    }
    return list;
}

Result<QStringList> IncidentStore::actors(qint64 incidentId)
{
    QSqlQuery q(m_db);
    readRowsOnce(q);
    // One index probe per person (a few dozen in a file), not a pass over every entry of the
    // incident (100k on a long bridge): this runs whenever a name is typed or chosen.
    q.prepare(u"SELECT p.name FROM person p WHERE EXISTS (SELECT 1 FROM entry e "
              "WHERE e.incident_id = ? AND e.actor_id = p.id) ORDER BY p.name"_s);
    bindValue(q, incidentId);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the people"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<QList<qint64>> IncidentStore::pinnedEntryIds(qint64 incidentId)
{
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"SELECT id FROM entry WHERE incident_id = ? AND pinned = 1 "
                  "ORDER BY occurred_at, id"_s,
                  {incidentId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the key moments"));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Done IncidentStore::keepRevision(const Entry &before, const QString &change, qint64 byId,
                                 qint64 atMs)
{
    auto actorId = personId(before.actor, atMs);
    if (!actorId)
        return actorId.error();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO entry_revision (entry_id, changed_at, changed_by, change, kind, "
              "actor_id, occurred_at, text, pinned, retracted) VALUES (?,?,?,?,?,?,?,?,?,?)"_s);
    bindValue(q, before.id);
    bindValue(q, atMs);
    bindValue(q, byId);
    bindValue(q, change);
    bindValue(q, kindKey(before.kind));
    bindValue(q, *actorId);
    bindValue(q, toMs(before.occurredAt));
    bindValue(q, before.text);
    bindValue(q, before.pinned ? 1 : 0);
    bindValue(q, before.isRetracted() ? 1 : 0);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "keep the earlier revision"));
    return done();
}

Done IncidentStore::updateContent(qint64 entryId, EntryKind kind, qint64 actorId,
                                  qint64 occurredAtMs, const QString &text)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE entry SET kind = ?, actor_id = ?, occurred_at = ?, text = ?, "
              "edits = edits + 1 WHERE id = ?"_s);
    bindValue(q, kindKey(kind));
    bindValue(q, actorId);
    bindValue(q, occurredAtMs);
    bindValue(q, text);
    bindValue(q, entryId);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "save the edit"));
    return done();
}

Done IncidentStore::updatePinned(qint64 entryId, bool pinned)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE entry SET pinned = ? WHERE id = ?"_s);
    bindValue(q, pinned ? 1 : 0);
    bindValue(q, entryId);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "pin the entry"));
    return done();
}

Done IncidentStore::updateRetraction(qint64 entryId, std::optional<qint64> atMs, qint64 byId,
                                     const QString &reason)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE entry SET retracted_at = ?, retracted_by = ?, retract_reason = ? "
              "WHERE id = ?"_s);
    const QVariant nullInt{QMetaType(QMetaType::LongLong)};
    bindValue(q, atMs ? QVariant(*atMs) : nullInt);
    bindValue(q, atMs ? QVariant(byId) : nullInt);
    bindValue(q, atMs ? QVariant(reason) : QVariant(QMetaType(QMetaType::QString)));
    bindValue(q, entryId);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "retract the entry"));
    return done();
}

Result<QList<EntryRevision>> IncidentStore::revisions(qint64 entryId)
{
    return readRevisions(u"r.entry_id = ?"_s, entryId);
}

Result<QList<EntryRevision>> IncidentStore::revisionsOfIncident(qint64 incidentId)
{
    return readRevisions(u"r.entry_id IN (SELECT id FROM entry WHERE incident_id = ?)"_s,
                         incidentId);
}

Result<QList<EntryRevision>> IncidentStore::readRevisions(const QString &where, qint64 id)
{
    QSqlQuery q(m_db);
    readRowsOnce(q);
    q.prepare(u"SELECT r.id, r.entry_id, r.changed_at, r.changed_by, r.change, r.kind, "
              "r.actor_id, r.occurred_at, r.text, r.pinned, r.retracted FROM entry_revision r "
              "WHERE %1 ORDER BY r.id"_s.arg(where));
    bindValue(q, id);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the entry's history"));
    QList<EntryRevision> list;
    while (q.next()) {
        EntryRevision r;
        r.id = q.value(0).toLongLong();
        r.entryId = q.value(1).toLongLong();
        r.changedAt = fromMs(q.value(2).toLongLong());
        r.changedBy = personName(q.value(3).toLongLong());
        r.change = q.value(4).toString();
        r.kind = kindFromKey(q.value(5).toString()).value_or(EntryKind::Note);
        r.actor = personName(q.value(6).toLongLong());
        r.occurredAt = fromMs(q.value(7).toLongLong());
        r.text = q.value(8).toString();
        r.pinned = q.value(9).toInt() != 0;
        r.retracted = q.value(10).toInt() != 0;
        list << r;
    }
    return list;
}

} // namespace bridge
