#include "statusserver.h"

#include "domain/localzone.h"
#include "guardedlistener.h"
#include "report/alertpayload.h"
#include "report/incidentjson.h"
#include "session/incidentsession.h"
#include "statusfeeds.h"
#include "statuspages.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace bridge::serve {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::StatusServer)
};

constexpr qint64 PageCacheMs = 2000; // countdowns on a cached page age at most this much
constexpr qsizetype MaxCachedPages = 256;
const QByteArray Html = "text/html; charset=utf-8";
const QByteArray Json = "application/json";
const QByteArray Text = "text/plain; charset=utf-8";

QByteArray contentSecurityPolicy()
{
    static const QByteArray policy = "default-src 'none'; style-src " + pageStyleHash()
                                     + "; script-src " + pageScriptHash()
                                     + "; connect-src 'self'; img-src 'none'; base-uri 'none'; "
                                       "form-action 'none'; frame-ancestors 'none'";
    return policy;
}

QByteArray jsonBody(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray jsonError(const QString &message)
{
    return jsonBody(QJsonObject{{u"error"_s, message}});
}

std::optional<AlertSource> hookSource(QStringView path)
{
    if (path == u"/hooks/alertmanager")
        return AlertSource::Alertmanager;
    if (path == u"/hooks/grafana")
        return AlertSource::Grafana;
    if (path == u"/hooks/pagerduty")
        return AlertSource::PagerDuty;
    if (path == u"/hooks/generic")
        return AlertSource::Generic;
    return std::nullopt;
}

QString outcomeKey(AlertOutcome::Kind kind)
{
    switch (kind) {
    case AlertOutcome::Kind::Opened:
        return u"opened"_s;
    case AlertOutcome::Kind::Attached:
        return u"attached"_s;
    case AlertOutcome::Kind::Duplicate:
        return u"duplicate"_s;
    case AlertOutcome::Kind::NothingOpen:
        break;
    }
    return u"nothing-open"_s;
}
} // namespace

StatusServer::StatusServer(IncidentSession *session, Options options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_session(session)
    , m_options(options)
{
    m_clock.start();
    const auto bump = [this] {
        ++m_version;
    };
    connect(session, &IncidentSession::incidentAdded, this, bump);
    connect(session, &IncidentSession::incidentChanged, this, bump);
    connect(session, &IncidentSession::entryAdded, this, bump);
    connect(session, &IncidentSession::entryChanged, this, bump);
    connect(session, &IncidentSession::boardChanged, this, bump);
    connect(session, &IncidentSession::updatesChanged, this, bump);
    connect(session, &IncidentSession::databaseReplaced, this, bump);
    connect(session, &IncidentSession::reachabilityChanged, this, bump);
}

Result<quint16> StatusServer::start(const QHostAddress &address, quint16 port,
                                    const std::optional<QSslConfiguration> &tls)
{
    auto *listener = new GuardedListener(m_options.requestTimeoutMs, this);
    if (tls)
        listener->setTls(*tls);
    if (!listener->listen(address, port)) {
        const QString why = listener->errorString();
        delete listener;
        return Error::storage(Tr::tr("Cannot listen on %1 port %2: %3. Choose another with "
                                     "--listen ADDRESS:PORT.")
                                  .arg(address.toString())
                                  .arg(port)
                                  .arg(why));
    }
    bind(listener);
    return listener->serverPort();
}

bool StatusServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    GuardedListener::requestDone(socket);
    send(request, socket, route(request));
    return true;
}

void StatusServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, {404, Text, "Not found.\n", {}});
}

StatusServer::Reply StatusServer::route(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const auto method = request.method();
    if (request.body().size() > GuardedListener::MaxBodyBytes)
        return {413, Text, "The request is larger than 1 MB; nothing kept.\n", {}};
    if (const auto source = hookSource(path)) {
        if (method != QHttpServerRequest::Method::Post)
            return {405, Text, "Webhooks take POST.\n", {{"Allow", "POST"}}};
        Reply refusal;
        const auto token = authorise(request, TokenScope::Alerts, &refusal);
        if (!token)
            return refusal;
        return hook(path, request, *token);
    }
    if (method != QHttpServerRequest::Method::Get && method != QHttpServerRequest::Method::Head)
        return {405, Text, "Pages take GET.\n", {{"Allow", "GET, HEAD"}}};
    const bool open
        = m_options.publicStatus && (path == u"/status"_s || path == u"/status/version"_s);
    Reply refusal;
    if (!open && !authorise(request, TokenScope::Read, &refusal))
        return refusal;
    // Links on the page carry the token the way it came: only ever our own format.
    const QString token = request.query().queryItemValue(u"token"_s, QUrl::FullyDecoded);
    static const QRegularExpression tokenShape(u"^ibt_[A-Za-z0-9_-]{20,90}$"_s);
    const QString tokenQuery
        = tokenShape.match(token).hasMatch() ? u"?token="_s + token : QString();
    return page(path, tokenQuery);
}

std::optional<AccessToken> StatusServer::authorise(const QHttpServerRequest &request,
                                                   TokenScope scope, Reply *refusal)
{
    QString secret;
    const QByteArray header = request.value("authorization");
    if (header.startsWith("Bearer ") || header.startsWith("bearer "))
        secret = QString::fromLatin1(header.mid(7).trimmed());
    else
        secret = request.query().queryItemValue(u"token"_s, QUrl::FullyDecoded);
    *refusal = {401, Text, "A valid token is needed.\n", {{"WWW-Authenticate", "Bearer"}}};
    if (secret.isEmpty())
        return std::nullopt;
    auto found = m_session->tokenFor(secret);
    if (!found) {
        *refusal = {503, Text, "The record cannot be read just now; try again shortly.\n", {}};
        return std::nullopt;
    }
    if (!*found || (*found)->scope != scope)
        return std::nullopt;
    return *found;
}

bool StatusServer::withinRate(qint64 tokenId)
{
    const double perMs = m_options.hooksPerMinute / 60000.0;
    const double burst = std::max(1.0, m_options.hooksPerMinute / 2.0);
    const qint64 nowMs = m_clock.elapsed();
    auto it = m_buckets.find(tokenId);
    if (it == m_buckets.end())
        it = m_buckets.insert(tokenId, {burst, nowMs});
    it->tokens = std::min(burst, it->tokens + (nowMs - it->atMs) * perMs);
    it->atMs = nowMs;
    if (it->tokens < 1.0)
        return false;
    it->tokens -= 1.0;
    return true;
}

StatusServer::Reply StatusServer::hook(const QString &path, const QHttpServerRequest &request,
                                       const AccessToken &token)
{
    if (!withinRate(token.id))
        return {
            429,
            Json,
            jsonError(Tr::tr("Too many deliveries for token \"%1\"; slow down.").arg(token.name)),
            {{"Retry-After", "5"}}};
    const auto notice = readAlertPayload(*hookSource(path), request.body());
    if (!notice)
        return {400, Json, jsonError(notice.error().message), {}};
    const auto outcome = m_session->receiveAlert(*notice);
    if (!outcome) {
        const bool theirs = outcome.error().code == Error::Code::Invalid;
        return {theirs ? 400 : 503, Json, jsonError(outcome.error().message),
                theirs ? QList<std::pair<QByteArray, QByteArray>>()
                       : QList<std::pair<QByteArray, QByteArray>>{{"Retry-After", "5"}}};
    }
    if (outcome->kind == AlertOutcome::Kind::Opened)
        emit incidentOpenedByAlert(outcome->incidentId, notice->source);
    QJsonObject answer{{u"result"_s, outcomeKey(outcome->kind)}};
    if (outcome->incidentId > 0)
        answer.insert(u"incident"_s, outcome->incidentId);
    return {outcome->kind == AlertOutcome::Kind::Opened ? 201 : 200, Json, jsonBody(answer), {}};
}

StatusServer::Reply StatusServer::page(const QString &path, const QString &tokenQuery)
{
    if (path == u"/api/version"_s || path == u"/status/version"_s)
        return {200, Text, QByteArray::number(m_version), {}};
    const QString key = path + tokenQuery;
    const qint64 nowMs = m_clock.elapsed();
    if (auto it = m_cache.constFind(key);
        it != m_cache.constEnd() && it->version == m_version && nowMs - it->madeAtMs < PageCacheMs)
        return it->reply;

    PageContext context;
    context.zone = localZone();
    context.tokenQuery = tokenQuery;
    context.version = m_version;
    context.databaseName = m_session->database().displayName();
    const auto failed = [](const Error &e) -> Reply {
        if (e.code == Error::Code::NotFound)
            return {404, Html, messagePage(Tr::tr("Not found"), e.message), {}};
        return {503, Html, messagePage(Tr::tr("Not available"), e.message), {{"Retry-After", "5"}}};
    };
    const QDateTime weekAgo = m_session->now().addDays(-7);
    static const QRegularExpression incidentPath(
        u"^/(api/)?incidents/(\\d{1,15})(/feed\\.atom)?$"_s);
    Reply reply;
    if (path == u"/"_s || path == u"/status"_s || path == u"/feed.atom"_s
        || path == u"/api/incidents"_s) {
        const auto board = m_session->statusBoard(weekAgo);
        if (!board)
            return failed(board.error());
        if (path == u"/"_s)
            reply = {200, Html, indexPage(*board, context), {}};
        else if (path == u"/status"_s)
            reply = {200, Html, customerStatusPage(*board, context), {}};
        else if (path == u"/feed.atom"_s)
            reply = {
                200,
                "application/atom+xml; charset=utf-8",
                updatesFeed(*board, Tr::tr("Incident updates"), path, m_session->database().path()),
                {}};
        else
            reply = {200, Json, jsonBody(incidentListJson(*board)), {}};
    } else if (const auto m = incidentPath.match(path); m.hasMatch()) {
        const qint64 id = m.captured(2).toLongLong();
        const bool api = !m.captured(1).isEmpty();
        const bool feed = !m.captured(3).isEmpty();
        if (api && feed)
            return {404, Text, "Not found.\n", {}};
        if (api) {
            const auto record = m_session->record(id);
            if (!record)
                return failed(record.error());
            reply = {200, Json, jsonBody(incidentJson(*record)), {}};
        } else {
            const auto status = m_session->incidentStatus(id);
            if (!status)
                return failed(status.error());
            reply = feed ? Reply{200,
                                 "application/atom+xml; charset=utf-8",
                                 updatesFeed({*status}, Tr::tr("Updates on incident %1").arg(id),
                                             path, m_session->database().path()),
                                 {}}
                         : Reply{200, Html, incidentPage(*status, context), {}};
        }
    } else {
        return {404, Text, "Not found.\n", {}};
    }
    if (m_cache.size() >= MaxCachedPages)
        m_cache.clear();
    m_cache.insert(key, {m_version, nowMs, reply});
    return reply;
}

void StatusServer::send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", reply.contentType.isEmpty() ? Text : reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("Content-Security-Policy", contentSecurityPolicy());
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    responder.writeHeader("Referrer-Policy", "no-referrer");
    responder.writeHeader("X-Frame-Options", "DENY");
    responder.writeHeader("Cross-Origin-Resource-Policy", "same-origin");
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    if (request.method() == QHttpServerRequest::Method::Head)
        responder.writeBody(QByteArray());
    else
        responder.writeBody(reply.body);
}

} // namespace bridge::serve
