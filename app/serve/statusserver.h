#pragma once

#include "domain/access.h"
#include "domain/result.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>

#include <optional>

class QHttpServerRequest;

namespace bridge {
class IncidentSession;
}

namespace bridge::serve {

// `incident-bridge serve`: leaders' read-only pages, feeds and JSON, and the alert webhooks,
// over Qt's HTTP server, reading and writing through the session like every other part.
// Every request needs a token (read for pages, alerts for webhooks); see README "Status for
// leaders". Requests are answered one at a time on the session's thread; pages are cached
// per version of the record, so a crowd of readers costs one read per change.
class StatusServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Options
    {
        bool publicStatus = false;    // /status readable without a token
        int hooksPerMinute = 120;     // per alerts token; a burst of half of it is allowed
        int requestTimeoutMs = 15000; // a request must arrive whole within this
    };
    StatusServer(IncidentSession *session, Options options, QObject *parent = nullptr);

    // Listens on address:port (0: any free port), with TLS when given; the port, or why not.
    Result<quint16> start(const QHostAddress &address, quint16 port,
                          const std::optional<QSslConfiguration> &tls);
    // Bumped by every change the session announces: pages ask for it to update themselves.
    qint64 version() const { return m_version; }

signals:
    // A webhook opened an incident (the window announces it).
    void incidentOpenedByAlert(qint64 incidentId, const QString &source);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    Reply route(const QHttpServerRequest &request);
    Reply page(const QString &path, const QString &tokenQuery);
    Reply hook(const QString &path, const QHttpServerRequest &request, const AccessToken &token);
    std::optional<AccessToken> authorise(const QHttpServerRequest &request, TokenScope scope,
                                         Reply *refusal);
    bool withinRate(qint64 tokenId);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply);

    IncidentSession *m_session;
    Options m_options;
    qint64 m_version = 1;
    // Rendered pages by path and token query, for this version of the record, briefly.
    struct Cached
    {
        qint64 version = 0;
        qint64 madeAtMs = 0;
        Reply reply;
    };
    QHash<QString, Cached> m_cache;
    QElapsedTimer m_clock;
    struct Bucket
    {
        double tokens = 0;
        qint64 atMs = 0;
    };
    QHash<qint64, Bucket> m_buckets;
};

} // namespace bridge::serve
