#pragma once

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

// One HTTP request to a test's server, answered or given up after a bounded wait.
struct HttpAnswer
{
    int status = 0; // 0: no answer
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class HttpClient
{
public:
    HttpAnswer get(const QUrl &url, const QByteArray &bearer = {})
    {
        return send("GET", url, {}, bearer);
    }
    HttpAnswer post(const QUrl &url, const QByteArray &body, const QByteArray &bearer = {})
    {
        return send("POST", url, body, bearer);
    }
    HttpAnswer send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                    const QByteArray &bearer)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(10000);
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        if (tls)
            request.setSslConfiguration(*tls);
        QNetworkReply *reply = m_manager.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit); // bounded, never hit when well
        if (!reply->isFinished())
            loop.exec();
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return answer;
    }
    std::optional<QSslConfiguration> tls;

private:
    QNetworkAccessManager m_manager;
};
