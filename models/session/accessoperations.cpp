// What `incident-bridge serve` asks of the record: access tokens for leaders' pages and alert
// webhooks, and alert deliveries that open incidents or attach to them.
#include "domain/timeparse.h"
#include "incidentsession.h"
#include "report/alertpayload.h"
#include "storage/accessstore.h"
#include "storage/boardstore.h"
#include "storage/incidentstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
const QString SeverityMapKey = u"alert_severity_map"_s;

QString digestOfSecret(const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// 256 random bits from the system's generator, URL-safe so it can ride in ?token=.
QString newSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return u"ibt_"_s
           + QString::fromLatin1(
               bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool hasControls(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}
} // namespace

Result<QString> IncidentSession::createToken(const QString &name, TokenScope scope)
{
    const QString cleaned = name.simplified();
    if (cleaned.isEmpty() || cleaned.size() > 80 || hasControls(name))
        return Error::invalid(tr("Name the token for who or what will use it, in at most 80 "
                                 "characters, as in \"exec-team\" or \"alertmanager-prod\"."));
    const QString secret = newSecret();
    auto made = write([&]() -> Result<QString> {
        auto existing = m_access->liveToken(cleaned);
        if (!existing)
            return existing.error();
        if (*existing)
            return Error::invalid(tr("A token named \"%1\" already exists. Revoke it first "
                                     "(token revoke \"%1\") or choose another name.")
                                      .arg(cleaned));
        if (auto id = m_access->insertToken(cleaned, scope, digestOfSecret(secret), toMs(now()));
            !id)
            return id.error();
        return secret;
    });
    return made;
}

Result<QList<AccessToken>> IncidentSession::tokens()
{
    return m_access->tokens();
}

Done IncidentSession::revokeToken(const QString &name)
{
    const QString cleaned = name.simplified();
    return write([&]() -> Done {
        auto existing = m_access->liveToken(cleaned);
        if (!existing)
            return existing.error();
        if (!*existing)
            return Error::notFound(tr("There is no live token named \"%1\"; token list shows "
                                      "them.")
                                       .arg(cleaned));
        return m_access->revokeToken((*existing)->id, toMs(now()));
    });
}

Result<std::optional<AccessToken>> IncidentSession::tokenFor(const QString &secret)
{
    if (!secret.startsWith(u"ibt_"_s) || secret.size() > 100)
        return std::optional<AccessToken>();
    auto found = m_access->tokenWithDigest(digestOfSecret(secret));
    if (!found)
        noticeLostConnection();
    return found;
}

Result<QHash<QString, Severity>> IncidentSession::alertSeverityMap()
{
    const QString stored = m_board->setting(SeverityMapKey, {});
    QHash<QString, Severity> map = defaultSeverityMap();
    const QJsonObject set = QJsonDocument::fromJson(stored.toUtf8()).object();
    for (auto it = set.constBegin(); it != set.constEnd(); ++it) {
        const int level = it.value().toInt();
        if (level >= 1 && level <= 4)
            map.insert(it.key(), static_cast<Severity>(level));
    }
    return map;
}

Done IncidentSession::setAlertSeverity(const QString &label, Severity severity)
{
    const QString word = label.trimmed().toLower();
    if (word.isEmpty() || word.size() > 40 || hasControls(word))
        return Error::invalid(tr("Give the alert label's word for severity, as in critical."));
    return write([&]() -> Done {
        QJsonObject set
            = QJsonDocument::fromJson(m_board->setting(SeverityMapKey, {}).toUtf8()).object();
        set.insert(word, static_cast<int>(severity));
        return m_board->setSetting(
            SeverityMapKey, QString::fromUtf8(QJsonDocument(set).toJson(QJsonDocument::Compact)));
    });
}

Result<AlertOutcome> IncidentSession::receiveAlert(const AlertNotice &notice)
{
    const QString digest = QString::fromLatin1(notice.digest);
    return write([&]() -> Result<AlertOutcome> {
        auto taken = m_access->deliveryTaken(digest);
        if (!taken)
            return taken.error();
        if (*taken)
            return AlertOutcome{AlertOutcome::Kind::Duplicate, 0};
        auto open = m_access->openIncidentFor(notice.sourceKey, notice.keys);
        if (!open)
            return open.error();
        AlertOutcome outcome{AlertOutcome::Kind::Attached, *open};
        if (outcome.incidentId == 0) {
            if (notice.state != AlertNotice::State::Firing) {
                // Nothing open to tell: noted, so a resend is still a duplicate.
                if (auto noted = m_access->noteDelivery(digest, 0, toMs(now())); !noted)
                    return noted.error();
                return AlertOutcome{AlertOutcome::Kind::NothingOpen, 0};
            }
            auto map = alertSeverityMap();
            if (!map)
                return map.error();
            const QDateTime began
                = notice.startsAt.isValid() && notice.startsAt < now() ? notice.startsAt : now();
            auto created = createIncident(
                {notice.title, severityForLabel(notice.severityLabel, *map), began});
            if (!created)
                return created.error();
            if (auto detected = setMilestone(created->id, Milestone::Detected, began); !detected)
                return detected.error();
            outcome = {AlertOutcome::Kind::Opened, created->id};
        }
        if (auto linked
            = m_access->linkAlertKeys(notice.sourceKey, notice.keys, outcome.incidentId);
            !linked)
            return linked.error();
        EntryDraft draft;
        draft.kind = EntryKind::Observation;
        draft.actor = notice.source;
        draft.text = notice.line;
        auto entry = insertEntry(outcome.incidentId, draft, {}, {}, Actor::Machine);
        if (!entry)
            return entry.error();
        afterCommit([this, entry = *entry] { emit entryAdded(entry); });
        if (auto noted = m_access->noteDelivery(digest, outcome.incidentId, toMs(now())); !noted)
            return noted.error();
        return outcome;
    });
}

} // namespace bridge
