#include "boardstore.h"

#include "domain/timeparse.h"
#include "incidentstore.h"
#include "sqlerror.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::BoardStore)
};

QDateTime optionalTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : fromMs(v.toLongLong());
}

QVariant nullableMs(std::optional<qint64> ms)
{
    return ms ? QVariant(*ms) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableMs(const QDateTime &t)
{
    return t.isValid() ? QVariant(toMs(t)) : QVariant(QMetaType(QMetaType::LongLong));
}

constexpr auto HandoffColumns = "h.id, h.incident_id, h.role, h.workstream_id, w.title, "
                                "h.from_person_id, h.to_person_id, h.at, h.done_so_far, "
                                "h.in_flight, h.next_steps, h.open_assumptions, h.risks, h.note, "
                                "h.acknowledged_at, h.acknowledged_by, h.withdrawn_at";
constexpr auto WorkstreamColumns = "id, incident_id, title, owner_id, state, check_in_at, notes, "
                                   "created_at, updated_at, source_entry_id";
} // namespace

BoardStore::BoardStore(const QSqlDatabase &db, IncidentStore &people)
    : m_db(db)
    , m_people(people)
    , m_firstStint(db)
{
    m_firstStint.prepare(u"SELECT id, joined_at FROM responder_stint WHERE incident_id = ? "
                         "AND person_id = ? ORDER BY joined_at LIMIT 1"_s);
}

Result<QList<RoleAssignment>> BoardStore::roles(qint64 incidentId)
{
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"SELECT id, role, person_id, from_at, to_at FROM role_assignment "
                  "WHERE incident_id = ? ORDER BY from_at, id"_s,
                  {incidentId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the roles"));
    QList<RoleAssignment> list;
    while (q.next()) {
        RoleAssignment a;
        a.id = q.value(0).toLongLong();
        a.role = roleFromKey(q.value(1).toString()).value_or(Role::Observer);
        a.person = m_people.personName(q.value(2).toLongLong());
        a.from = fromMs(q.value(3).toLongLong());
        a.to = optionalTime(q.value(4));
        list << a;
    }
    return list;
}

Result<QList<RoleAssignment>> BoardStore::currentHolders(qint64 incidentId, Role role)
{
    auto all = roles(incidentId);
    if (!all)
        return all.error();
    QList<RoleAssignment> current;
    for (const RoleAssignment &a : *all) {
        if (a.role == role && a.isCurrent())
            current << a;
    }
    return current;
}

Result<qint64> BoardStore::openAssignment(qint64 incidentId, Role role, qint64 personId,
                                          qint64 atMs)
{
    QSqlQuery q(m_db);
    // The check repeated in the statement: a second writer can never make two holders.
    const bool single = isSingleHolder(role);
    if (!runQuery(q,
                  u"INSERT INTO role_assignment (incident_id, role, person_id, from_at) "
                  "SELECT ?, ?, ?, ? WHERE NOT ? OR NOT EXISTS (SELECT 1 FROM role_assignment "
                  "WHERE incident_id = ? AND role = ? AND to_at IS NULL) RETURNING id"_s,
                  {incidentId, roleKey(role), personId, atMs, single, incidentId, roleKey(role)}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "assign the role"));
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

Done BoardStore::closeAssignment(qint64 assignmentId, qint64 atMs)
{
    QSqlQuery q(m_db);
    if (!runQuery(q, u"UPDATE role_assignment SET to_at = ? WHERE id = ?"_s, {atMs, assignmentId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "end the role"));
    return done();
}

Done BoardStore::closeAssignmentsOf(qint64 incidentId, qint64 personId, qint64 atMs)
{
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"UPDATE role_assignment SET to_at = ? WHERE incident_id = ? AND person_id = ? "
                  "AND to_at IS NULL"_s,
                  {atMs, incidentId, personId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "end the roles"));
    return done();
}

Result<qint64> BoardStore::insertWorkstream(qint64 incidentId, const WorkstreamDraft &d,
                                            std::optional<qint64> ownerId, qint64 nowMs)
{
    QSqlQuery q(m_db);
    if (!runQuery(
            q,
            u"INSERT INTO workstream (incident_id, title, owner_id, state, check_in_at, notes, "
            "created_at, updated_at, source_entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {incidentId, d.title, nullableMs(ownerId), workstreamStateKey(d.state),
             nullableMs(d.checkInAt), nonNullText(d.notes), nowMs, nowMs,
             d.sourceEntryId > 0 ? QVariant(d.sourceEntryId)
                                 : QVariant(QMetaType(QMetaType::LongLong))}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "create the workstream"));
    return insertedId(q);
}

Done BoardStore::updateWorkstream(qint64 id, const WorkstreamDraft &d, qint64 nowMs)
{
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"UPDATE workstream SET title = ?, state = ?, check_in_at = ?, notes = ?, "
                  "updated_at = ? WHERE id = ?"_s,
                  {d.title, workstreamStateKey(d.state), nullableMs(d.checkInAt),
                   nonNullText(d.notes), nowMs, id}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "save the workstream"));
    return done();
}

Done BoardStore::setWorkstreamOwner(qint64 id, qint64 ownerId, qint64 nowMs)
{
    QSqlQuery q(m_db);
    if (!runQuery(q, u"UPDATE workstream SET owner_id = ?, updated_at = ? WHERE id = ?"_s,
                  {ownerId, nowMs, id}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "change the owner"));
    return done();
}

Done BoardStore::setWorkstreamState(qint64 id, WorkstreamState state, qint64 nowMs)
{
    QSqlQuery q(m_db);
    if (!runQuery(q, u"UPDATE workstream SET state = ?, updated_at = ? WHERE id = ?"_s,
                  {workstreamStateKey(state), nowMs, id}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "save the workstream"));
    return done();
}

Done BoardStore::setHelpers(qint64 workstreamId, const QList<qint64> &personIds)
{
    QSqlQuery q(m_db);
    if (!runQuery(q, u"DELETE FROM workstream_helper WHERE workstream_id = ?"_s, {workstreamId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "save the helpers"));
    for (qint64 person : personIds) {
        if (!runQuery(q,
                      u"INSERT INTO workstream_helper (workstream_id, person_id) "
                      "VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                      {workstreamId, person}))
            return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "save the helpers"));
    }
    return done();
}

Result<QList<Workstream>> BoardStore::workstreams(qint64 incidentId)
{
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"SELECT %1 FROM workstream WHERE incident_id = ? ORDER BY id"_s.arg(
                      QLatin1StringView(WorkstreamColumns)),
                  {incidentId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the workstreams"));
    QList<Workstream> list;
    while (q.next()) {
        Workstream w;
        w.id = q.value(0).toLongLong();
        w.incidentId = q.value(1).toLongLong();
        w.title = q.value(2).toString();
        if (!q.value(3).isNull())
            w.owner = m_people.personName(q.value(3).toLongLong());
        w.state = workstreamStateFromKey(q.value(4).toString()).value_or(WorkstreamState::Open);
        w.checkInAt = optionalTime(q.value(5));
        w.notes = q.value(6).toString();
        w.createdAt = fromMs(q.value(7).toLongLong());
        w.updatedAt = fromMs(q.value(8).toLongLong());
        w.sourceEntryId = q.value(9).toLongLong();
        list << w;
    }
    QSqlQuery h(m_db);
    for (Workstream &w : list) {
        if (!runQuery(
                h,
                u"SELECT p.name FROM workstream_helper wh JOIN person p ON p.id = wh.person_id "
                "WHERE wh.workstream_id = ? ORDER BY p.name"_s,
                {w.id}))
            return sqlError(h, QT_TRANSLATE_NOOP("bridge::Storage", "read the helpers"));
        while (h.next())
            w.helpers << h.value(0).toString();
    }
    return list;
}

Result<Workstream> BoardStore::workstream(qint64 id)
{
    QSqlQuery q(m_db);
    if (!runQuery(q, u"SELECT incident_id FROM workstream WHERE id = ?"_s, {id}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the workstream"));
    if (!q.next())
        return Error::notFound(Tr::tr("There is no workstream %1.").arg(id));
    auto all = workstreams(q.value(0).toLongLong());
    if (!all)
        return all.error();
    for (const Workstream &w : *all) {
        if (w.id == id)
            return w;
    }
    return Error::notFound(Tr::tr("There is no workstream %1.").arg(id));
}

Result<qint64> BoardStore::insertHandoff(const Handoff &h, std::optional<qint64> fromId,
                                         qint64 toId)
{
    QSqlQuery q(m_db);
    const QVariant nullText{QMetaType(QMetaType::QString)};
    if (!runQuery(q,
                  u"INSERT INTO handoff (incident_id, role, workstream_id, from_person_id, "
                  "to_person_id, at, done_so_far, in_flight, next_steps, open_assumptions, risks, "
                  "note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                  {h.incidentId, h.role ? QVariant(roleKey(*h.role)) : nullText,
                   h.role ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(h.workstreamId),
                   nullableMs(fromId), toId, toMs(h.at), nonNullText(h.context.doneSoFar),
                   nonNullText(h.context.inFlight), nonNullText(h.context.nextSteps),
                   nonNullText(h.context.openAssumptions), nonNullText(h.context.risks),
                   nonNullText(h.context.note)}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "record the handoff"));
    return insertedId(q);
}

Result<bool> BoardStore::acknowledge(qint64 handoffId, qint64 atMs, qint64 byId)
{
    QSqlQuery q(m_db);
    // The check repeated in the statement: of two writers, exactly one takes the offer.
    if (!runQuery(q,
                  u"UPDATE handoff SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ? "
                  "AND acknowledged_at IS NULL AND withdrawn_at IS NULL"_s,
                  {atMs, byId, handoffId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "acknowledge the handoff"));
    return q.numRowsAffected() == 1;
}

Result<bool> BoardStore::withdraw(qint64 handoffId, qint64 atMs)
{
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"UPDATE handoff SET withdrawn_at = ? WHERE id = ? "
                  "AND acknowledged_at IS NULL AND withdrawn_at IS NULL"_s,
                  {atMs, handoffId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "withdraw the handoff"));
    return q.numRowsAffected() == 1;
}

namespace {
Handoff handoffFromRow(const QSqlQuery &q, IncidentStore &people)
{
    Handoff h;
    h.id = q.value(0).toLongLong();
    h.incidentId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        h.role = roleFromKey(q.value(2).toString());
    h.workstreamId = q.value(3).toLongLong();
    h.workstreamTitle = q.value(4).toString();
    if (!q.value(5).isNull())
        h.from = people.personName(q.value(5).toLongLong());
    h.to = people.personName(q.value(6).toLongLong());
    h.at = fromMs(q.value(7).toLongLong());
    h.context = {q.value(8).toString(),  q.value(9).toString(),  q.value(10).toString(),
                 q.value(11).toString(), q.value(12).toString(), q.value(13).toString()};
    h.acknowledgedAt = optionalTime(q.value(14));
    if (!q.value(15).isNull())
        h.acknowledgedBy = people.personName(q.value(15).toLongLong());
    h.withdrawnAt = optionalTime(q.value(16));
    return h;
}
} // namespace

Result<QList<Handoff>> BoardStore::handoffs(qint64 incidentId)
{
    QSqlQuery q(m_db);
    if (!runQuery(
            q,
            u"SELECT %1 FROM handoff h LEFT JOIN workstream w ON w.id = h.workstream_id "
            "WHERE h.incident_id = ? ORDER BY h.at, h.id"_s.arg(QLatin1StringView(HandoffColumns)),
            {incidentId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the handoffs"));
    QList<Handoff> list;
    while (q.next())
        list << handoffFromRow(q, m_people);
    return list;
}

Result<Handoff> BoardStore::handoff(qint64 id)
{
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"SELECT %1 FROM handoff h LEFT JOIN workstream w ON w.id = h.workstream_id "
                  "WHERE h.id = ?"_s.arg(QLatin1StringView(HandoffColumns)),
                  {id}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the handoff"));
    if (!q.next())
        return Error::notFound(Tr::tr("There is no handoff %1.").arg(id));
    return handoffFromRow(q, m_people);
}

namespace {
QList<ResponderStint> stintsFrom(QSqlQuery &q, IncidentStore &people)
{
    QList<ResponderStint> list;
    while (q.next()) {
        ResponderStint s;
        s.incidentId = q.value(0).toLongLong();
        s.person = people.personName(q.value(1).toLongLong());
        s.joinedAt = fromMs(q.value(2).toLongLong());
        s.leftAt = optionalTime(q.value(3));
        s.pagedAt = optionalTime(q.value(4));
        list << s;
    }
    return list;
}
} // namespace

Result<QList<ResponderStint>> BoardStore::stints(qint64 incidentId)
{
    QSqlQuery q(m_db);
    if (!runQuery(
            q,
            u"SELECT incident_id, person_id, joined_at, left_at, paged_at FROM responder_stint "
            "WHERE incident_id = ? ORDER BY joined_at, id"_s,
            {incidentId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the responders"));
    return stintsFrom(q, m_people);
}

Result<QList<ResponderStint>> BoardStore::stintsOf(qint64 personId)
{
    QSqlQuery q(m_db);
    if (!runQuery(
            q,
            u"SELECT incident_id, person_id, joined_at, left_at, paged_at FROM responder_stint "
            "WHERE person_id = ? ORDER BY joined_at, id"_s,
            {personId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the responders"));
    return stintsFrom(q, m_people);
}

Result<std::optional<qint64>> BoardStore::openStint(qint64 incidentId, qint64 personId)
{
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"SELECT id FROM responder_stint WHERE incident_id = ? AND person_id = ? "
                  "AND left_at IS NULL ORDER BY id DESC LIMIT 1"_s,
                  {incidentId, personId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the responders"));
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<std::optional<BoardStore::FirstStint>> BoardStore::firstStint(qint64 incidentId,
                                                                     qint64 personId)
{
    QSqlQuery &q = m_firstStint;
    bindValue(q, incidentId);
    bindValue(q, personId);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the responders"));
    std::optional<FirstStint> first;
    if (q.next())
        first = FirstStint{q.value(0).toLongLong(), q.value(1).toLongLong()};
    q.finish(); // the statement is reset, so it holds no read open
    return first;
}

Result<qint64> BoardStore::insertStint(qint64 incidentId, qint64 personId, qint64 joinedMs,
                                       std::optional<qint64> pagedMs)
{
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"INSERT INTO responder_stint (incident_id, person_id, joined_at, paged_at) "
                  "VALUES (?, ?, ?, ?) RETURNING id"_s,
                  {incidentId, personId, joinedMs, nullableMs(pagedMs)}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "record who joined"));
    return insertedId(q);
}

Done BoardStore::closeStint(qint64 stintId, qint64 atMs)
{
    QSqlQuery q(m_db);
    if (!runQuery(q, u"UPDATE responder_stint SET left_at = ? WHERE id = ?"_s, {atMs, stintId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "record who left"));
    return done();
}

Done BoardStore::moveStintStart(qint64 stintId, qint64 joinedMs)
{
    QSqlQuery q(m_db);
    if (!runQuery(q, u"UPDATE responder_stint SET joined_at = ? WHERE id = ?"_s,
                  {joinedMs, stintId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "record who joined"));
    return done();
}

Result<QString> BoardStore::personTimeZone(qint64 personId)
{
    QSqlQuery q(m_db);
    if (!runQuery(q, u"SELECT timezone FROM person WHERE id = ?"_s, {personId}) || !q.next())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the person"));
    return q.value(0).toString();
}

Done BoardStore::setPersonTimeZone(qint64 personId, const QString &zone)
{
    QSqlQuery q(m_db);
    if (!runQuery(q, u"UPDATE person SET timezone = ? WHERE id = ?"_s, {zone, personId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "save the time zone"));
    return done();
}

QString BoardStore::setting(const QString &key, const QString &fallback)
{
    QSqlQuery q(m_db);
    if (runQuery(q, u"SELECT value FROM bridge_setting WHERE key = ?"_s, {key}) && q.next())
        return q.value(0).toString();
    return fallback;
}

Done BoardStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"INSERT INTO bridge_setting (key, value) VALUES (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                  {key, value}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "save the setting"));
    return done();
}

} // namespace bridge
