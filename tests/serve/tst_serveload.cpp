// 200 readers on 127.0.0.1 for 30 s while a writer logs, against `incident-bridge serve` in
// a process of its own: no request fails, and what was written is what is served.
#include "httpload.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bridge;
using namespace Qt::StringLiterals;

class TestServeLoad : public QObject
{
    Q_OBJECT

private slots:
    void twoHundredReadersWhileAWriterLogs()
    {
        TestBridge t;
        const qint64 id = t.newIncident(u"Checkout 503s"_s);
        QVERIFY(t.session->markSent(id, Audience::Executive, u"We are on it"_s));
        const QByteArray token
            = must(t.session->createToken(u"load"_s, TokenScope::Read)).toLatin1();
        ServeProcess serve(QStringLiteral(INCIDENT_BRIDGE_BIN), t.path());
        QVERIFY2(serve.port > 0, "serve did not start");
        // Bounded: 30 s (INCIDENT_BRIDGE_LOAD_SECONDS shortens it), or 2 million answers.
        const int seconds = qEnvironmentVariableIntValue("INCIDENT_BRIDGE_LOAD_SECONDS") > 0
                                ? qEnvironmentVariableIntValue("INCIDENT_BRIDGE_LOAD_SECONDS")
                                : 30;
        int written = 0;
        const auto writer = [&] {
            if (t.log(id, u"line %1 while 200 read"_s.arg(written)).id > 0)
                ++written;
        };
        const QByteArray pages[] = {
            "GET /incidents/" + QByteArray::number(id)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n\r\n",
            "GET /api/incidents/" + QByteArray::number(id)
                + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n\r\n",
        };
        qint64 answered = 0;
        for (const QByteArray &request : pages) {
            HttpCrowd crowd(serve.port, request);
            const auto f = crowd.run(200, 2'000'000, seconds * 500, writer);
            qInfo(
                "%s: %lld answered in %.1f s (%.0f/s), %lld failed, p99 %.1f ms",
                request.left(request.indexOf(' ', 4)).constData(), f.answered, f.seconds,
                f.answered / f.seconds, f.failed, f.latenciesMs.isEmpty() ? 0.0 : [&] {
                    QList<double> v = f.latenciesMs;
                    std::sort(v.begin(), v.end());
                    return v.at(qsizetype(v.size() * 0.99));
                }());
            QCOMPARE(f.failed, 0);
            QVERIFY(f.answered > 200);
            answered += f.answered;
        }
        QVERIFY(serve.isRunning());
        // Everything written while they read is served (bounded wait for the file's poll).
        QVERIFY(written > 10);
        qint64 served = 0;
        for (int tries = 0; tries < 50 && served < written; ++tries) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, serve.port);
            QVERIFY(s.waitForConnected(5000));
            s.write(pages[1]);
            QByteArray all;
            while (s.waitForReadyRead(2000)) {
                all += s.readAll();
                const qsizetype end = all.indexOf("\r\n\r\n");
                if (end > 0 && QJsonDocument::fromJson(all.mid(end + 4)).isObject())
                    break;
            }
            const QJsonObject record
                = QJsonDocument::fromJson(all.mid(all.indexOf("\r\n\r\n") + 4)).object();
            served = 0;
            for (const auto &e : record.value(u"entries"_s).toArray())
                served += e.toObject().value(u"text"_s).toString().startsWith(u"line "_s) ? 1 : 0;
            if (served < written)
                QTest::qWait(100); // the server reads the file's changes every half second
        }
        QCOMPARE(served, qint64(written));
        qInfo("%lld answers to 200 readers, none failed; %d lines written alongside", answered,
              written);
    }
};

QTEST_GUILESS_MAIN(TestServeLoad)
#include "tst_serveload.moc"
