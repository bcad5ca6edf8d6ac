#pragma once

#include "vocabulary.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace bridge {

// What a token opens: leaders' pages and feeds, or the alert webhooks. Never both, so a
// token pasted into a monitoring system cannot read the record.
enum class TokenScope { Read, Alerts };

QString tokenScopeKey(TokenScope scope); // "read", "alerts"
std::optional<TokenScope> tokenScopeFromKey(QStringView key);

struct AccessToken
{
    qint64 id = 0;
    QString name;
    TokenScope scope = TokenScope::Read;
    QDateTime createdAt;
    QDateTime revokedAt; // invalid while it works

    bool isLive() const { return !revokedAt.isValid(); }
};

// One alert delivery, read from whichever monitoring system sent it (report/alertpayload.h).
struct AlertNotice
{
    QString source;    // as people say it: "Alertmanager"
    QString sourceKey; // as stored: "alertmanager"
    QStringList keys;  // the group key and each alert's fingerprint: what later ones attach by
    enum class State { Firing, Acknowledged, Resolved };
    State state = State::Firing; // only a firing alert opens an incident
    QString title;               // the incident's title, if it opens one
    QString severityLabel;       // the alert's own word ("critical"), mapped by the severity map
    QDateTime startsAt;          // when the earliest alert began: the incident's "detected"
    QString line;      // the timeline's observation: "Alertmanager: HighErrorRate firing …"
    QByteArray digest; // of the delivery as received: the same one twice writes nothing
};

// What a delivery did.
struct AlertOutcome
{
    enum class Kind { Opened, Attached, Duplicate, NothingOpen };
    Kind kind = Kind::Duplicate;
    qint64 incidentId = 0; // 0 for NothingOpen (a resolved alert with no open incident)
};

} // namespace bridge
