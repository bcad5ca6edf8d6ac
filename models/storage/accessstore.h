#pragma once

#include "domain/access.h"
#include "domain/result.h"

#include <QSqlDatabase>

namespace bridge {

// The SQL of `serve`: access tokens (kept as digests), the alert keys that opened or joined an
// incident, and the alert deliveries already taken. The same SQL on a file and a team server.
class AccessStore
{
public:
    explicit AccessStore(const QSqlDatabase &db);

    Result<qint64> insertToken(const QString &name, TokenScope scope, const QString &digest,
                               qint64 nowMs);
    Result<QList<AccessToken>> tokens();
    // The live token with this name, if any.
    Result<std::optional<AccessToken>> liveToken(const QString &name);
    // The live token whose digest this is, if any.
    Result<std::optional<AccessToken>> tokenWithDigest(const QString &digest);
    Done revokeToken(qint64 id, qint64 nowMs);

    // The open incident one of these keys (of this source) is linked to, or 0.
    Result<qint64> openIncidentFor(const QString &source, const QStringList &keys);
    Done linkAlertKeys(const QString &source, const QStringList &keys, qint64 incidentId);
    Result<bool> deliveryTaken(const QString &digest);
    Done noteDelivery(const QString &digest, qint64 incidentId, qint64 nowMs);

private:
    QSqlDatabase m_db;
};

} // namespace bridge
