#include "updatestore.h"

#include "domain/timeparse.h"
#include "incidentstore.h"
#include "sqlerror.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
UpdatePolicy policyFromRow(const QSqlQuery &q)
{
    UpdatePolicy p;
    p.severity = static_cast<Severity>(q.value(0).toInt());
    p.ackMinutes = q.value(1).toInt();
    if (!q.value(2).isNull())
        p.everyMinutes = q.value(2).toInt();
    return p;
}
} // namespace

UpdateStore::UpdateStore(const QSqlDatabase &db, IncidentStore &people)
    : m_db(db)
    , m_people(people)
{}

Result<UpdatePolicy> UpdateStore::policy(Severity severity)
{
    QSqlQuery q(m_db);
    q.prepare(
        u"SELECT severity, ack_minutes, every_minutes FROM update_policy WHERE severity = ?"_s);
    bindValue(q, static_cast<int>(severity));
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the update policy"));
    if (!q.next())
        return UpdatePolicy{severity, 60, std::nullopt};
    return policyFromRow(q);
}

Result<QList<UpdatePolicy>> UpdateStore::policies()
{
    QSqlQuery q(m_db);
    if (!q.exec(
            u"SELECT severity, ack_minutes, every_minutes FROM update_policy ORDER BY severity"_s))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the update policy"));
    QList<UpdatePolicy> list;
    while (q.next())
        list << policyFromRow(q);
    return list;
}

Done UpdateStore::setPolicy(const UpdatePolicy &policy)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO update_policy (severity, ack_minutes, every_minutes) VALUES (?, ?, ?) "
              "ON CONFLICT (severity) DO UPDATE SET ack_minutes = excluded.ack_minutes, "
              "every_minutes = excluded.every_minutes"_s);
    bindValue(q, static_cast<int>(policy.severity));
    bindValue(q, policy.ackMinutes);
    bindValue(q, policy.everyMinutes ? QVariant(*policy.everyMinutes)
                                     : QVariant(QMetaType(QMetaType::Int)));
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "save the update policy"));
    return done();
}

Result<qint64> UpdateStore::insertUpdate(qint64 incidentId, Audience audience, const QString &text,
                                         qint64 sentAtMs, qint64 authorId, qint64 entryId)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO status_update (incident_id, audience, text, sent_at, author_id, "
              "entry_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    bindValue(q, incidentId);
    bindValue(q, audienceKey(audience));
    bindValue(q, text);
    bindValue(q, sentAtMs);
    bindValue(q, authorId);
    bindValue(q, entryId);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "record the update"));
    return insertedId(q);
}

Result<QList<StatusUpdate>> UpdateStore::updates(qint64 incidentId)
{
    QSqlQuery q(m_db);
    readRowsOnce(q);
    q.prepare(u"SELECT id, incident_id, audience, text, sent_at, author_id FROM status_update "
              "WHERE incident_id = ? ORDER BY sent_at, id"_s);
    bindValue(q, incidentId);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the updates"));
    QList<StatusUpdate> list;
    while (q.next()) {
        StatusUpdate u;
        u.id = q.value(0).toLongLong();
        u.incidentId = q.value(1).toLongLong();
        u.audience = audienceFromKey(q.value(2).toString()).value_or(Audience::Executive);
        u.text = q.value(3).toString();
        u.sentAt = fromMs(q.value(4).toLongLong());
        u.author = m_people.personName(q.value(5).toLongLong());
        list << u;
    }
    return list;
}

} // namespace bridge
