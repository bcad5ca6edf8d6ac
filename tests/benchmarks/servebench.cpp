#include "servebench.h"

#include "benchsupport.h"
#include "httpload.h"
#include "session/incidentsession.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace bridge::bench {

namespace {
QByteArray get(const QString &path, const QByteArray &token)
{
    return "GET " + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
           + token + "\r\n\r\n";
}

// One request on a fresh connection, its whole answer (bounded).
QByteArray ask(quint16 port, const QByteArray &request)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return {};
    s.write(request);
    QByteArray all;
    while (s.waitForReadyRead(5000)) {
        all += s.readAll();
        const qsizetype end = all.indexOf("\r\n\r\n");
        static const QRegularExpression length(u"\r\ncontent-length: *(\\d+)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        const auto m = length.match(QString::fromLatin1(all.left(end + 2)));
        if (end > 0 && m.hasMatch() && all.size() >= end + 4 + m.captured(1).toLongLong())
            break;
    }
    return all;
}
} // namespace

void benchServe(const QString &dir, bool quick)
{
    const QString path = dir + u"/serve.sqlite"_s;
    auto session = IncidentSession::open(path, Database::Location::Given, nullptr, u"Bench"_s);
    if (!session)
        qFatal("cannot open %s", qPrintable(path));
    auto &s = *session.value();
    const qint64 id = s.createIncident({u"Checkout 503s in eu-west"_s, Severity::Sev1, {}})->id;
    (void)s.assignRole(id, Role::Commander, u"Maya Chen"_s);
    for (int i = 0; i < 300; ++i)
        (void)s.log(id,
                    {EntryKind::Action, {}, {}, u"step %1 of the rollback"_s.arg(i), i % 50 == 0});
    for (int i = 0; i < 10; ++i)
        (void)s.markSent(id, i % 2 ? Audience::Customer : Audience::Executive,
                         u"Update %1: errors at %2%, rollback continuing."_s.arg(i).arg(30 - i));
    const QByteArray read = s.createToken(u"bench-read"_s, TokenScope::Read)->toLatin1();
    // Webhooks are limited per token (a burst of 60): one token per 50 deliveries.
    QList<QByteArray> alerts;
    for (int i = 0; i < 4; ++i)
        alerts << s.createToken(u"bench-alerts-%1"_s.arg(i), TokenScope::Alerts)->toLatin1();
    ServeProcess serve(QStringLiteral(BRIDGE_APP_PATH), path);
    if (serve.port == 0)
        qFatal("serve did not start");

    {
        HttpCrowd crowd(serve.port, get(u"/api/incidents/%1"_s.arg(id), read));
        const auto f = crowd.run(50, quick ? 5000 : 50000, 20000);
        print({{u"bench"_s, u"serve_api_incident"_s},
               {u"clients"_s, 50},
               {u"requests"_s, f.answered},
               {u"failed"_s, f.failed},
               {u"p50_ms"_s, percentile(f.latenciesMs, 0.50)},
               {u"p99_ms"_s, percentile(f.latenciesMs, 0.99)},
               {u"goal_p99_ms"_s, 20}});
    }
    {
        HttpCrowd crowd(serve.port, get(u"/status"_s, read));
        const auto f = crowd.run(50, 10'000'000, quick ? 2000 : 5000);
        print({{u"bench"_s, u"serve_status_page"_s},
               {u"clients"_s, 50},
               {u"requests"_s, f.answered},
               {u"failed"_s, f.failed},
               {u"requests_per_s"_s, f.answered / f.seconds},
               {u"p99_ms"_s, percentile(f.latenciesMs, 0.99)},
               {u"goal_requests_per_s"_s, 2000}});
    }
    {
        // A firing alert each time (a new group), answered after its commit.
        QList<double> ms;
        const int n = quick ? 50 : 200;
        for (int i = 0; i < n; ++i) {
            const QByteArray body
                = u"{\"key\":\"bench-%1\",\"status\":\"firing\",\"title\":\"Bench "
                  "alert %1\",\"severity\":\"warning\"}"_s.arg(i)
                      .toUtf8();
            const QByteArray request = "POST /hooks/generic HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                       "Authorization: Bearer "
                                       + alerts.at(i / 50)
                                       + "\r\nContent-Type: application/json\r\nContent-Length: "
                                       + QByteArray::number(body.size()) + "\r\n\r\n" + body;
            QElapsedTimer t;
            t.start();
            const QByteArray answer = ask(serve.port, request);
            ms << double(t.nsecsElapsed()) / 1e6;
            if (!answer.startsWith("HTTP/1.1 201"))
                qFatal("webhook refused: %s", answer.left(200).constData());
        }
        print({{u"bench"_s, u"serve_alert_webhook"_s},
               {u"deliveries"_s, n},
               {u"p50_ms"_s, percentile(ms, 0.50)},
               {u"p99_ms"_s, percentile(ms, 0.99)},
               {u"goal_p99_ms"_s, 50}});
    }
    {
        // Mark Sent here → on the page serve answers (it reads the file's changes as they land).
        QList<double> ms;
        const int rounds = quick ? 10 : 30;
        for (int i = 0; i < rounds; ++i) {
            const QString text = u"Bench update %1"_s.arg(i);
            QElapsedTimer t;
            t.start();
            (void)s.markSent(id, Audience::Executive, text);
            while (t.elapsed() < 10000
                   && !ask(serve.port, get(u"/incidents/%1"_s.arg(id), read))
                           .contains(text.toUtf8())) {
                QEventLoop loop;
                QTimer::singleShot(5, &loop, &QEventLoop::quit);
                loop.exec();
            }
            ms << double(t.nsecsElapsed()) / 1e6;
        }
        print({{u"bench"_s, u"serve_mark_sent_to_page"_s},
               {u"rounds"_s, rounds},
               {u"p50_ms"_s, percentile(ms, 0.50)},
               {u"p99_ms"_s, percentile(ms, 0.99)},
               {u"goal_p99_ms"_s, 5000},
               {u"note"_s, u"server side; an open page adds its 1 s version poll"_s}});
    }
}

} // namespace bridge::bench
