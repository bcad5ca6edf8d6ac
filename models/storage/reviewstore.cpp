#include "reviewstore.h"

#include "incidentstore.h"
#include "sqlerror.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bridge {

ReviewStore::ReviewStore(const QSqlDatabase &db, IncidentStore &people)
    : m_db(db)
    , m_people(people)
{}

Result<Review> ReviewStore::review(qint64 incidentId)
{
    Review r;
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"SELECT summary, impact, went_well, was_hard, lucky, review_date FROM review "
                  "WHERE incident_id = ?"_s,
                  {incidentId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the review"));
    if (q.next()) {
        r.summary = q.value(0).toString();
        r.impact = q.value(1).toString();
        r.wentWell = q.value(2).toString();
        r.wasHard = q.value(3).toString();
        r.lucky = q.value(4).toString();
        if (!q.value(5).isNull())
            r.reviewDate = QDate::fromJulianDay(q.value(5).toLongLong());
    }
    if (!runQuery(q,
                  u"SELECT text, category, chain FROM contributing_factor WHERE incident_id = ? "
                  "ORDER BY position"_s,
                  {incidentId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the review"));
    while (q.next()) {
        ContributingFactor f;
        f.text = q.value(0).toString();
        f.category
            = factorCategoryFromKey(q.value(1).toString()).value_or(FactorCategory::Technical);
        for (const QJsonValue link : QJsonDocument::fromJson(q.value(2).toByteArray()).array())
            f.chain << link.toString();
        r.factors << f;
    }
    if (!runQuery(
            q,
            u"SELECT a.entry_id, a.known, a.important FROM assumption_rating a "
            "JOIN entry e ON e.id = a.entry_id WHERE e.incident_id = ? ORDER BY e.occurred_at, "
            "e.id"_s,
            {incidentId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the review"));
    while (q.next())
        r.assumptions << AssumptionRating{q.value(0).toLongLong(), q.value(1).toInt() != 0,
                                          q.value(2).toInt() != 0};
    if (!runQuery(q, u"SELECT person_id, text FROM understanding WHERE incident_id = ?"_s,
                  {incidentId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the review"));
    while (q.next())
        r.understanding.insert(m_people.personName(q.value(0).toLongLong()), q.value(1).toString());
    if (!runQuery(q,
                  u"SELECT text, owner, type, due, link FROM follow_up WHERE incident_id = ? "
                  "ORDER BY position"_s,
                  {incidentId}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the review"));
    while (q.next()) {
        FollowUp f;
        f.text = q.value(0).toString();
        f.owner = q.value(1).toString();
        f.type = followUpTypeFromKey(q.value(2).toString()).value_or(FollowUpType::Prevent);
        f.due = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        f.link = q.value(4).toString();
        r.followUps << f;
    }
    return r;
}

Done ReviewStore::save(qint64 incidentId, const Review &r, qint64 nowMs)
{
    QSqlQuery q(m_db);
    const auto failed = [&q] {
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "save the review"));
    };
    if (!runQuery(
            q,
            u"INSERT INTO review (incident_id, summary, impact, went_well, was_hard, lucky, "
            "review_date, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id) "
            "DO UPDATE SET summary = excluded.summary, impact = excluded.impact, "
            "went_well = excluded.went_well, was_hard = excluded.was_hard, lucky = excluded.lucky, "
            "review_date = excluded.review_date, updated_at = excluded.updated_at"_s,
            {incidentId, nonNullText(r.summary), nonNullText(r.impact), nonNullText(r.wentWell),
             nonNullText(r.wasHard), nonNullText(r.lucky),
             r.reviewDate.isValid() ? QVariant(r.reviewDate.toJulianDay())
                                    : QVariant(QMetaType(QMetaType::LongLong)),
             nowMs}))
        return failed();
    if (!runQuery(q, u"DELETE FROM contributing_factor WHERE incident_id = ?"_s, {incidentId}))
        return failed();
    for (int i = 0; i < r.factors.size(); ++i) {
        const ContributingFactor &f = r.factors.at(i);
        const QByteArray chain
            = QJsonDocument(QJsonArray::fromStringList(f.chain)).toJson(QJsonDocument::Compact);
        if (!runQuery(
                q,
                u"INSERT INTO contributing_factor (incident_id, position, text, category, chain) "
                "VALUES (?, ?, ?, ?, ?)"_s,
                {incidentId, i, f.text, factorCategoryKey(f.category), QString::fromUtf8(chain)}))
            return failed();
    }
    if (!runQuery(q,
                  u"DELETE FROM assumption_rating WHERE entry_id IN "
                  "(SELECT id FROM entry WHERE incident_id = ?)"_s,
                  {incidentId}))
        return failed();
    for (const AssumptionRating &a : r.assumptions) {
        if (!runQuery(q,
                      u"INSERT INTO assumption_rating (entry_id, known, important) SELECT id, ?, ? "
                      "FROM entry WHERE id = ? AND incident_id = ? AND kind = 'assumption'"_s,
                      {a.known ? 1 : 0, a.important ? 1 : 0, a.entryId, incidentId}))
            return failed();
        if (q.numRowsAffected() != 1)
            return Error::invalid(
                QCoreApplication::translate("bridge::Storage",
                                            "Entry %1 is not an assumption of this incident, so it "
                                            "cannot be placed on its assumption map.")
                    .arg(a.entryId));
    }
    if (!runQuery(q, u"DELETE FROM understanding WHERE incident_id = ?"_s, {incidentId}))
        return failed();
    for (auto it = r.understanding.cbegin(); it != r.understanding.cend(); ++it) {
        auto person = m_people.personId(it.key().simplified(), nowMs);
        if (!person)
            return person.error();
        if (!runQuery(q,
                      u"INSERT INTO understanding (incident_id, person_id, text) VALUES (?, ?, ?) "
                      "ON CONFLICT (incident_id, person_id) DO UPDATE SET text = excluded.text"_s,
                      {incidentId, *person, nonNullText(it.value())}))
            return failed();
    }
    if (!runQuery(q, u"DELETE FROM follow_up WHERE incident_id = ?"_s, {incidentId}))
        return failed();
    for (int i = 0; i < r.followUps.size(); ++i) {
        const FollowUp &f = r.followUps.at(i);
        if (!runQuery(
                q,
                u"INSERT INTO follow_up (incident_id, position, text, owner, type, due, link) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                {incidentId, i, f.text, nonNullText(f.owner), followUpTypeKey(f.type),
                 nonNullText(f.due.isValid() ? f.due.toString(Qt::ISODate) : QString()),
                 nonNullText(f.link)}))
            return failed();
    }
    return done();
}

} // namespace bridge
