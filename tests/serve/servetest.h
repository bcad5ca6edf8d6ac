#pragma once

#include "httpclient.h"
#include "serve/statusserver.h"
#include "testsupport.h"

#include <QUrlQuery>

// A status server on 127.0.0.1 (a free port) over a TestBridge's session, with a read token
// and an alerts token made through the session.
struct ServedBridge
{
    TestBridge bridge;
    std::unique_ptr<bridge::serve::StatusServer> server;
    quint16 port = 0;
    QByteArray readToken;
    QByteArray alertsToken;
    HttpClient http;

    explicit ServedBridge(bridge::serve::StatusServer::Options options = {})
    {
        server = std::make_unique<bridge::serve::StatusServer>(bridge.session.get(), options);
        port = must(server->start(QHostAddress::LocalHost, 0, {}), "listen");
        readToken = must(bridge.session->createToken(QStringLiteral("exec-team"),
                                                     bridge::TokenScope::Read))
                        .toLatin1();
        alertsToken = must(bridge.session->createToken(QStringLiteral("alertmanager"),
                                                       bridge::TokenScope::Alerts))
                          .toLatin1();
    }
    QUrl url(const QString &path, const QByteArray &token = {}) const
    {
        QUrl u(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
        if (!token.isEmpty())
            u.setQuery(QStringLiteral("token=") + QString::fromLatin1(token));
        return u;
    }
    HttpAnswer read(const QString &path) { return http.get(url(path), readToken); }
};
