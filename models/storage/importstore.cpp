#include "importstore.h"

#include "domain/timeparse.h"
#include "incidentstore.h"
#include "sqlerror.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
QVariant ms(const QDateTime &t)
{
    return t.isValid() ? QVariant(toMs(t)) : QVariant(QMetaType(QMetaType::LongLong));
}

Error failed(const QSqlQuery &q)
{
    return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "import the incident"));
}
} // namespace

ImportStore::ImportStore(const QSqlDatabase &db, IncidentStore &people, QString importer)
    : m_db(db)
    , m_entryInsert(db)
    , m_revisionInsert(db)
    , m_people(people)
    , m_importer(std::move(importer))
{}

Result<qint64> ImportStore::person(const QString &name)
{
    // A big export names the same few people a million times; ask the store once per name.
    if (const auto known = m_personIds.constFind(name); known != m_personIds.cend())
        return *known;
    auto id = m_people.personId(name, m_nowMs);
    if (id)
        m_personIds.insert(name, *id);
    return id;
}

bool ImportStore::insert(QSqlQuery &prepared, const QString &sql, const QVariantList &values)
{
    // Parsing the INSERT and its triggers once, not once per row, is most of an import's time.
    if (prepared.lastQuery() != sql && !prepared.prepare(sql))
        return false;
    for (int i = 0; i < values.size(); ++i)
        prepared.bindValue(i, values.at(i));
    return prepared.exec();
}

Result<qint64> ImportStore::incident(const Incident &i, qint64 nowMs)
{
    m_nowMs = nowMs;
    // The person who imported it created this copy; no placeholder becomes a person.
    auto creator = person(m_importer);
    if (!creator)
        return creator.error();
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"INSERT INTO incident (title, severity, status, started_at, identified_at, "
                  "mitigated_at, resolved_at, closed_at, detected_at, acknowledged_at, created_at, "
                  "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                  {i.title, int(i.severity), statusKey(i.status), toMs(i.startedAt),
                   ms(i.milestone(Status::Identified)), ms(i.milestone(Status::Mitigated)),
                   ms(i.milestone(Status::Resolved)), ms(i.milestone(Status::Closed)),
                   ms(i.detectedAt), ms(i.acknowledgedAt), nowMs, *creator}))
        return failed(q);
    return insertedId(q);
}

Result<qint64> ImportStore::entry(qint64 incidentId, const Entry &e)
{
    auto actor = person(e.actor);
    auto scribe = person(e.scribe);
    if (!actor || !scribe)
        return !actor ? actor.error() : scribe.error();
    QVariant retractedBy{QMetaType(QMetaType::LongLong)};
    if (e.isRetracted()) {
        auto by = person(e.retractedBy.isEmpty() ? e.scribe : e.retractedBy);
        if (!by)
            return by.error();
        retractedBy = *by;
    }
    QSqlQuery &q = m_entryInsert;
    if (!insert(q,
                u"INSERT INTO entry (incident_id, kind, actor_id, scribe_id, occurred_at, "
                "logged_at, text, pinned, edits, retracted_at, retracted_by, retract_reason) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                {incidentId, kindKey(e.kind), *actor, *scribe, toMs(e.occurredAt), toMs(e.loggedAt),
                 e.text, e.pinned ? 1 : 0, e.edits, ms(e.retractedAt), retractedBy,
                 e.isRetracted() ? QVariant(nonNullText(e.retractReason))
                                 : QVariant(QMetaType(QMetaType::QString))}))
        return failed(q);
    return insertedId(q);
}

Done ImportStore::revision(qint64 entryId, const EntryRevision &r)
{
    auto by = person(r.changedBy);
    auto actor = person(r.actor);
    if (!by || !actor)
        return !by ? by.error() : actor.error();
    QSqlQuery &q = m_revisionInsert;
    if (!insert(q,
                u"INSERT INTO entry_revision (entry_id, changed_at, changed_by, change, kind, "
                "actor_id, occurred_at, text, pinned, retracted) VALUES (?,?,?,?,?,?,?,?,?,?)"_s,
                {entryId, toMs(r.changedAt), *by, r.change, kindKey(r.kind), *actor,
                 toMs(r.occurredAt), r.text, r.pinned ? 1 : 0, r.retracted ? 1 : 0}))
        return failed(q);
    return done();
}

Done ImportStore::role(qint64 incidentId, const RoleAssignment &a)
{
    auto who = person(a.person);
    if (!who)
        return who.error();
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"INSERT INTO role_assignment (incident_id, role, person_id, from_at, to_at) "
                  "VALUES (?, ?, ?, ?, ?)"_s,
                  {incidentId, roleKey(a.role), *who, toMs(a.from), ms(a.to)}))
        return failed(q);
    return done();
}

Result<qint64> ImportStore::workstream(qint64 incidentId, const Workstream &w, qint64 nowMs)
{
    QVariant owner{QMetaType(QMetaType::LongLong)};
    if (!w.owner.isEmpty()) {
        auto id = person(w.owner);
        if (!id)
            return id.error();
        owner = *id;
    }
    const qint64 updated = w.updatedAt.isValid() ? toMs(w.updatedAt) : nowMs;
    QSqlQuery q(m_db);
    if (!runQuery(
            q,
            u"INSERT INTO workstream (incident_id, title, owner_id, state, check_in_at, notes, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {incidentId, w.title, owner, workstreamStateKey(w.state), ms(w.checkInAt),
             nonNullText(w.notes), updated, updated}))
        return failed(q);
    const qint64 id = insertedId(q);
    for (const QString &helper : w.helpers) {
        auto hid = person(helper);
        if (!hid)
            return hid.error();
        if (!runQuery(q,
                      u"INSERT INTO workstream_helper (workstream_id, person_id) "
                      "VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                      {id, *hid}))
            return failed(q);
    }
    return id;
}

Done ImportStore::handoff(qint64 incidentId, const Handoff &h, qint64 workstreamId)
{
    auto to = person(h.to);
    if (!to)
        return to.error();
    QVariant from{QMetaType(QMetaType::LongLong)};
    if (!h.from.isEmpty()) {
        auto id = person(h.from);
        if (!id)
            return id.error();
        from = *id;
    }
    QVariant by{QMetaType(QMetaType::LongLong)};
    if (!h.acknowledgedBy.isEmpty()) {
        auto id = person(h.acknowledgedBy);
        if (!id)
            return id.error();
        by = *id;
    }
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"INSERT INTO handoff (incident_id, role, workstream_id, from_person_id, "
                  "to_person_id, at, done_so_far, in_flight, next_steps, open_assumptions, risks, "
                  "note, acknowledged_at, acknowledged_by, withdrawn_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {incidentId,
                   h.role ? QVariant(roleKey(*h.role)) : QVariant(QMetaType(QMetaType::QString)),
                   h.role ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(workstreamId), from,
                   *to, toMs(h.at), nonNullText(h.context.doneSoFar),
                   nonNullText(h.context.inFlight), nonNullText(h.context.nextSteps),
                   nonNullText(h.context.openAssumptions), nonNullText(h.context.risks),
                   nonNullText(h.context.note), ms(h.acknowledgedAt), by, ms(h.withdrawnAt)}))
        return failed(q);
    return done();
}

Done ImportStore::stint(qint64 incidentId, const ResponderStint &s)
{
    auto who = person(s.person);
    if (!who)
        return who.error();
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"INSERT INTO responder_stint (incident_id, person_id, joined_at, left_at, "
                  "paged_at) VALUES (?, ?, ?, ?, ?)"_s,
                  {incidentId, *who, toMs(s.joinedAt), ms(s.leftAt), ms(s.pagedAt)}))
        return failed(q);
    return done();
}

Done ImportStore::update(qint64 incidentId, const StatusUpdate &u)
{
    auto author = person(u.author);
    if (!author)
        return author.error();
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"INSERT INTO status_update (incident_id, audience, text, sent_at, author_id) "
                  "VALUES (?, ?, ?, ?, ?)"_s,
                  {incidentId, audienceKey(u.audience), u.text, toMs(u.sentAt), *author}))
        return failed(q);
    return done();
}

Done ImportStore::timeZone(const QString &name, const QString &zone)
{
    auto who = person(name);
    if (!who)
        return who.error();
    QSqlQuery q(m_db);
    // An export tells where someone was then; it never overrides a zone already set here.
    if (!runQuery(q,
                  u"UPDATE person SET timezone = ? WHERE id = ? "
                  "AND (timezone IS NULL OR timezone = '')"_s,
                  {zone, *who}))
        return failed(q);
    return done();
}

} // namespace bridge
