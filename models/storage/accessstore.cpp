#include "accessstore.h"

#include "domain/timeparse.h"
#include "sqlerror.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
constexpr auto TokenColumns = "id, name, scope, created_at, revoked_at";

AccessToken tokenFromRow(const QSqlQuery &q)
{
    AccessToken t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.scope = tokenScopeFromKey(q.value(2).toString()).value_or(TokenScope::Read);
    t.createdAt = fromMs(q.value(3).toLongLong());
    if (!q.value(4).isNull())
        t.revokedAt = fromMs(q.value(4).toLongLong());
    return t;
}

// Open: neither resolved nor closed, the same test as Incident::isOpen().
constexpr auto OpenStatuses = "('investigating', 'identified', 'mitigated')";
} // namespace

AccessStore::AccessStore(const QSqlDatabase &db)
    : m_db(db)
{}

Result<qint64> AccessStore::insertToken(const QString &name, TokenScope scope,
                                        const QString &digest, qint64 nowMs)
{
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"INSERT INTO access_token (name, scope, digest, created_at) "
                  "VALUES (?, ?, ?, ?) RETURNING id"_s,
                  {name, tokenScopeKey(scope), digest, nowMs}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "save the token"));
    return insertedId(q);
}

Result<QList<AccessToken>> AccessStore::tokens()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT %1 FROM access_token ORDER BY revoked_at IS NOT NULL, name, id"_s.arg(
            QLatin1StringView(TokenColumns))))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the tokens"));
    QList<AccessToken> list;
    while (q.next())
        list << tokenFromRow(q);
    return list;
}

Result<std::optional<AccessToken>> AccessStore::liveToken(const QString &name)
{
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"SELECT %1 FROM access_token WHERE name = ? AND revoked_at IS NULL"_s.arg(
                      QLatin1StringView(TokenColumns)),
                  {name}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the tokens"));
    if (!q.next())
        return std::optional<AccessToken>();
    return std::optional(tokenFromRow(q));
}

Result<std::optional<AccessToken>> AccessStore::tokenWithDigest(const QString &digest)
{
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"SELECT %1 FROM access_token WHERE digest = ? AND revoked_at IS NULL"_s.arg(
                      QLatin1StringView(TokenColumns)),
                  {digest}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "check the token"));
    if (!q.next())
        return std::optional<AccessToken>();
    return std::optional(tokenFromRow(q));
}

Done AccessStore::revokeToken(qint64 id, qint64 nowMs)
{
    QSqlQuery q(m_db);
    if (!runQuery(q, u"UPDATE access_token SET revoked_at = ? WHERE id = ?"_s, {nowMs, id}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "revoke the token"));
    return done();
}

Result<qint64> AccessStore::openIncidentFor(const QString &source, const QStringList &keys)
{
    if (keys.isEmpty())
        return qint64(0);
    QString marks = u"?"_s;
    for (qsizetype i = 1; i < keys.size(); ++i)
        marks += u", ?"_s;
    QVariantList values{source};
    for (const QString &k : keys)
        values << k;
    QSqlQuery q(m_db);
    if (!runQuery(q,
                  u"SELECT i.id FROM alert_link l JOIN incident i ON i.id = l.incident_id "
                  "WHERE l.source = ? AND l.alert_key IN (%1) AND i.status IN %2 "
                  "ORDER BY i.id DESC LIMIT 1"_s.arg(marks, QLatin1StringView(OpenStatuses)),
                  values))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "find the alert's incident"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Done AccessStore::linkAlertKeys(const QString &source, const QStringList &keys, qint64 incidentId)
{
    QSqlQuery q(m_db);
    if (!q.prepare(u"INSERT INTO alert_link (source, alert_key, incident_id) VALUES (?, ?, ?) "
                   "ON CONFLICT (source, alert_key) DO UPDATE SET incident_id = "
                   "excluded.incident_id"_s))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "link the alert"));
    for (const QString &key : keys) {
        bindValue(q, source);
        bindValue(q, key);
        bindValue(q, incidentId);
        if (!q.exec())
            return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "link the alert"));
    }
    return done();
}

Result<bool> AccessStore::deliveryTaken(const QString &digest)
{
    QSqlQuery q(m_db);
    if (!runQuery(q, u"SELECT 1 FROM alert_delivery WHERE digest = ?"_s, {digest}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "check the alert delivery"));
    return q.next();
}

Done AccessStore::noteDelivery(const QString &digest, qint64 incidentId, qint64 nowMs)
{
    QSqlQuery q(m_db);
    if (!runQuery(
            q,
            u"INSERT INTO alert_delivery (digest, received_at, incident_id) "
            "VALUES (?, ?, ?)"_s,
            {digest, nowMs,
             incidentId > 0 ? QVariant(incidentId) : QVariant(QMetaType::fromType<qint64>())}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "note the alert delivery"));
    return done();
}

} // namespace bridge
