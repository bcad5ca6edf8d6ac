// `serve`'s pages, feeds and JSON for leaders: who may read what, what they see, and that
// nothing a responder typed can run in their browser.
#include "clirunner.h"
#include "rawsql.h"
#include "report/incidentjson.h"
#include "serve/tlsfiles.h"
#include "servetest.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
const QString Hostile = u"<script>document.title='owned'</script><img src=x onerror=alert(1)>"_s;

// Runs a Python check (feedparser, jsonschema) on text given on stdin; its verdict on stdout.
QString python(const QString &program, const QByteArray &input, const QStringList &args = {})
{
    QProcess p;
    p.start(u"/usr/bin/python3"_s, // Debian's, with its feedparser and jsonschema
            QStringList{u"-c"_s, program} + args);
    if (!p.waitForStarted(10000))
        return u"python3 did not start"_s;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return u"python3 did not finish"_s;
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}
} // namespace

class TestServe : public QObject
{
    Q_OBJECT

private slots:
    // Every request needs a token of the right kind, on loopback too; without one: 401 and
    // nothing more.
    void aTokenOpensOnlyWhatItIsFor()
    {
        ServedBridge s;
        const qint64 id = s.bridge.newIncident();
        for (const QString &path :
             {u"/"_s, u"/incidents/%1"_s.arg(id), u"/status"_s, u"/feed.atom"_s,
              u"/incidents/%1/feed.atom"_s.arg(id), u"/api/incidents"_s,
              u"/api/incidents/%1"_s.arg(id), u"/api/version"_s}) {
            const HttpAnswer none = s.http.get(s.url(path));
            QCOMPARE(none.status, 401);
            QCOMPARE(none.body, QByteArray("A valid token is needed.\n"));
            QCOMPARE(none.header("WWW-Authenticate"), QByteArray("Bearer"));
            QCOMPARE(s.http.get(s.url(path), "ibt_made-up-token-of-the-right-shape").status, 401);
            QCOMPARE(s.http.get(s.url(path), s.alertsToken).status, 401); // wrong kind
            QCOMPARE(s.http.get(s.url(path), s.readToken).status, 200);   // as a header
            QCOMPARE(s.http.get(s.url(path, s.readToken)).status, 200);   // in the link
        }
        QCOMPARE(s.http.post(s.url(u"/hooks/generic"_s), "{}", s.readToken).status, 401);
        QCOMPARE(s.http.get(s.url(u"/nowhere"_s), s.readToken).status, 404);
        QCOMPARE(s.http.get(s.url(u"/incidents/999"_s), s.readToken).status, 404);
        QCOMPARE(s.http.send("DELETE", s.url(u"/"_s), {}, s.readToken).status, 405);
    }

    void aRevokedTokenOpensNothing()
    {
        ServedBridge s;
        QCOMPARE(s.read(u"/"_s).status, 200);
        QVERIFY(s.bridge.session->revokeToken(u"exec-team"_s));
        QCOMPARE(s.read(u"/"_s).status, 401);
        const auto again = s.bridge.session->revokeToken(u"exec-team"_s);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(u"no live token"_s),
                 qPrintable(again.error().message));
        // The name is free again, for a new secret.
        const QByteArray fresh
            = must(s.bridge.session->createToken(u"exec-team"_s, TokenScope::Read)).toLatin1();
        QVERIFY(fresh != s.readToken);
        QCOMPARE(s.http.get(s.url(u"/"_s), fresh).status, 200);
        QCOMPARE(s.read(u"/"_s).status, 401);
        const auto twice = s.bridge.session->createToken(u"exec-team"_s, TokenScope::Alerts);
        QVERIFY(!twice);
        QVERIFY(twice.error().message.contains(u"already exists"_s));
        QVERIFY(!s.bridge.session->createToken(u"  "_s, TokenScope::Read));
    }

    // The database keeps a digest of each token, never the token.
    void onlyADigestIsKept()
    {
        ServedBridge s;
        RawSql raw(s.bridge.path());
        QCOMPARE(raw.count(u"SELECT count(*) FROM access_token"_s), 2);
        QCOMPARE(
            raw.count(u"SELECT count(*) FROM access_token WHERE digest = '%1' OR name = '%1'"_s.arg(
                QString::fromLatin1(s.readToken))),
            0);
        QCOMPARE(raw.count(u"SELECT count(*) FROM access_token WHERE digest LIKE 'ibt_%'"_s), 0);
    }

    void publicStatusOpensTheStatusPageAlone()
    {
        ServedBridge s({true});
        QCOMPARE(s.http.get(s.url(u"/status"_s)).status, 200);
        QCOMPARE(s.http.get(s.url(u"/status/version"_s)).status, 200);
        for (const QString &path :
             {u"/"_s, u"/api/incidents"_s, u"/feed.atom"_s, u"/api/version"_s})
            QCOMPARE(s.http.get(s.url(path)).status, 401);
    }

    // Everything a responder typed is text on the page: no tag of it reaches the browser,
    // and the headers allow nothing but the page's own style and script.
    void hostileTextIsShownAsText()
    {
        ServedBridge s;
        const qint64 id = s.bridge.newIncident(u"Checkout "_s + Hostile);
        QVERIFY(s.bridge.session->assignRole(id, Role::Commander, u"Maya \"<b>\" Chen"_s));
        QVERIFY(s.bridge.session->markSent(id, Audience::Executive, u"Rolled back. "_s + Hostile));
        QVERIFY(s.bridge.session->markSent(id, Audience::Customer, u"Degraded. "_s + Hostile));
        const Entry moment = s.bridge.log(id, u"Pinned "_s + Hostile);
        QVERIFY(s.bridge.session->setPinned(moment.id, true));
        QVERIFY(s.bridge.session->createWorkstream(id, {Hostile, Hostile, {}, {}, {}, {}, 0}));
        for (const QString &path : {u"/"_s, u"/incidents/%1"_s.arg(id), u"/status"_s}) {
            const HttpAnswer a = s.read(path);
            QCOMPARE(a.status, 200);
            QVERIFY2(!a.body.contains("<script>document"), qPrintable(path));
            QVERIFY2(!a.body.contains("<img"), qPrintable(path));
            QVERIFY2(!a.body.contains("\"<b>\""), qPrintable(path));
            QVERIFY2(a.body.contains("&lt;script&gt;document.title=&#39;owned&#39;&lt;/script&gt;"),
                     qPrintable(path));
            QCOMPARE(a.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
            QCOMPARE(a.header("X-Content-Type-Options"), QByteArray("nosniff"));
            const QByteArray csp = a.header("Content-Security-Policy");
            QVERIFY(csp.startsWith("default-src 'none'"));
            QVERIFY(!csp.contains("unsafe-inline"));
            QVERIFY(csp.contains("script-src 'sha256-"));
            QVERIFY(a.body.contains("<noscript><meta http-equiv=\"refresh\""));
            // No header carries anything typed.
            for (const auto &[name, value] : a.headers)
                QVERIFY2(!value.contains("owned") && !value.contains("Maya"), name.constData());
        }
    }

    // A leader's page: the latest executive update first, every update, milestones and
    // clocks, open workstreams with owners, key moments; not the raw timeline.
    void anIncidentPageIsItsStatusNotItsLog()
    {
        ServedBridge s;
        const qint64 id = s.bridge.newIncident(u"Checkout 503s in eu-west"_s);
        QVERIFY(s.bridge.session->assignRole(id, Role::Commander, u"Maya Chen"_s));
        s.bridge.log(id, u"grep for the 503s in the ingress log"_s);
        const Entry moment = s.bridge.log(id, u"Rolled back release 4.2"_s);
        QVERIFY(s.bridge.session->setPinned(moment.id, true));
        QVERIFY(s.bridge.session->createWorkstream(
            id, {u"Database failover"_s, u"Priya"_s, WorkstreamState::Active, {}, {}, {}, 0}));
        QVERIFY(s.bridge.session->markSent(id, Audience::Executive, u"First update"_s));
        s.bridge.clock.advance(600);
        QVERIFY(s.bridge.session->markSent(id, Audience::Customer, u"Customers see errors"_s));
        QVERIFY(s.bridge.session->markSent(id, Audience::Executive, u"Second update"_s));
        const QByteArray page = s.read(u"/incidents/%1"_s.arg(id)).body;
        QVERIFY(page.contains("Maya Chen"));
        QVERIFY(page.contains("Database failover"));
        QVERIFY(page.contains("Priya"));
        QVERIFY(page.contains("Rolled back release 4.2")); // a key moment
        QVERIFY(!page.contains("grep for the 503s"));      // the log is not shown
        const qsizetype latest = page.indexOf("id=\"latest-update\">Second update");
        QVERIFY(latest > 0);
        QVERIFY(page.indexOf("First update") > latest); // every update, newest first
        QVERIFY(page.contains("Customers see errors"));
        // Every time with its date, its zone and UTC.
        QVERIFY(page.contains("<time datetime=\"2026-03-28T21:00:00.000Z\">Sat 28 Mar 2026, 22:00 "
                              "CET (21:00 UTC)</time>"));
        const QByteArray index = s.read(u"/"_s).body;
        QVERIFY(index.contains("Commander: Maya Chen"));
        QVERIFY(index.contains("Second update"));
        QVERIFY(index.contains("Executive update</b> due"));
    }

    // Customers see their updates only, in status-page words, with no one's name.
    void theCustomerPageNamesNoOne()
    {
        ServedBridge s;
        const qint64 id = s.bridge.newIncident(u"Internal: db-7 disk full"_s);
        QVERIFY(s.bridge.session->assignRole(id, Role::Commander, u"Maya Chen"_s));
        QVERIFY(s.bridge.session->markSent(id, Audience::Executive, u"Exec: db-7 is full"_s));
        QVERIFY(s.bridge.session->markSent(id, Audience::Customer,
                                           u"Checkout is slow\nWe are looking into it."_s));
        QVERIFY(s.bridge.session->setStatus(id, Status::Mitigated));
        const QByteArray page = s.read(u"/status"_s).body;
        QVERIFY(page.contains("Checkout is slow"));
        QVERIFY(page.contains(">monitoring<"));
        QVERIFY(!page.contains("Maya"));
        QVERIFY(!page.contains("Dana")); // the scribe who sent it
        QVERIFY(!page.contains("db-7"));
        QVERIFY(!page.contains("Exec:"));
    }

    // The feeds parse in a real feed parser, with every update to leaders and customers.
    void feedsParseInARealFeedParser()
    {
        ServedBridge s;
        const qint64 id = s.bridge.newIncident(u"Checkout 503s & <friends>"_s);
        QVERIFY(s.bridge.session->markSent(id, Audience::Executive, u"Exec \x01 one <b>"_s));
        QVERIFY(s.bridge.session->markSent(id, Audience::Customer, u"Customer one"_s));
        QVERIFY(s.bridge.session->markSent(id, Audience::Tactical, u"Tactical only"_s));
        const QString check
            = u"import sys, feedparser\n"
              "f = feedparser.parse(sys.stdin.buffer.read())\n"
              "print('bozo' if f.bozo else 'ok', f.version, len(f.entries))\n"
              "for e in f.entries: print(e.title, '|', e.content[0].value, '|', e.id)\n"_s;
        for (const QString &path : {u"/feed.atom"_s, u"/incidents/%1/feed.atom"_s.arg(id)}) {
            const HttpAnswer a = s.read(path);
            QCOMPARE(a.status, 200);
            QCOMPARE(a.header("Content-Type"), QByteArray("application/atom+xml; charset=utf-8"));
            const QString verdict = python(check, a.body);
            QVERIFY2(verdict.startsWith(u"ok atom10 2"_s), qPrintable(verdict));
            QVERIFY2(verdict.contains(u"Customer one"_s), qPrintable(verdict));
            QVERIFY2(verdict.contains(u"Exec \uFFFD one <b>"_s), qPrintable(verdict));
            QVERIFY2(!verdict.contains(u"Tactical only"_s), qPrintable(verdict));
            QVERIFY2(verdict.contains(u"Checkout 503s & <friends>"_s), qPrintable(verdict));
        }
    }

    // The JSON is show --json's, and validates against its schema with a real validator.
    void jsonIsShowJsonAndValidates()
    {
        ServedBridge s;
        const qint64 id = s.bridge.newIncident();
        QVERIFY(s.bridge.session->assignRole(id, Role::Commander, u"Maya Chen"_s));
        QVERIFY(s.bridge.session->markSent(id, Audience::Executive, u"First"_s));
        const HttpAnswer one = s.read(u"/api/incidents/%1"_s.arg(id));
        QCOMPARE(one.status, 200);
        QCOMPARE(QJsonDocument::fromJson(one.body).object(),
                 incidentJson(must(s.bridge.session->record(id))));
        const HttpAnswer list = s.read(u"/api/incidents"_s);
        QCOMPARE(list.status, 200);
        const QString validate
            = u"import sys, json, jsonschema\n"
              "schema = json.load(open(sys.argv[1]))\n"
              "jsonschema.Draft202012Validator.check_schema(schema)\n"
              "doc = json.loads(sys.stdin.read())\n"
              "jsonschema.validate(doc, {**schema, '$ref': '#/$defs/' + sys.argv[2]})\n"
              "print('valid')\n"_s;
        const QString schema = QStringLiteral(SCHEMA_DIR "/status-api.schema.json");
        QCOMPARE(python(validate, list.body, {schema, u"incidentList"_s}), u"valid"_s);
        QCOMPARE(python(validate, one.body, {schema, u"incident"_s}), u"valid"_s);
        const QJsonObject first
            = QJsonDocument::fromJson(list.body).object().value(u"incidents"_s)[0].toObject();
        QCOMPARE(first.value(u"commander"_s).toString(), u"Maya Chen"_s);
        QCOMPARE(first.value(u"status_page_state"_s).toString(), u"investigating"_s);
        // A document that breaks the schema is refused by the same check.
        QVERIFY(python(validate, R"({"incidents": [{"id": "x"}]})", {schema, u"incidentList"_s})
                != u"valid"_s);
    }

    // Pages ask for the record's version to update themselves: every change moves it.
    void theVersionMovesWithEveryChange()
    {
        ServedBridge s;
        const qint64 id = s.bridge.newIncident();
        const QByteArray before = s.read(u"/api/version"_s).body;
        QVERIFY(!s.read(u"/incidents/%1"_s.arg(id)).body.contains("Sent just now"));
        QVERIFY(s.bridge.session->markSent(id, Audience::Executive, u"Sent just now"_s));
        const QByteArray after = s.read(u"/api/version"_s).body;
        QVERIFY(after.toLongLong() > before.toLongLong());
        QVERIFY(s.read(u"/incidents/%1"_s.arg(id)).body.contains("Sent just now"));
        // And a change made by another process reaches it through the feed.
        auto other = must(IncidentSession::open(s.bridge.path(), Database::Location::Given,
                                                &s.bridge.clock, u"Sam"_s));
        QVERIFY(other->markSent(id, Audience::Executive, u"From another process"_s));
        s.bridge.session->pollExternalChanges();
        QVERIFY(s.read(u"/api/version"_s).body.toLongLong() > after.toLongLong());
        QVERIFY(s.read(u"/incidents/%1"_s.arg(id)).body.contains("From another process"));
    }

    // Whatever arrives, the server answers or drops it and goes on serving.
    void badRequestsNeverStopTheServer()
    {
        ServedBridge s({false, 120, 300});
        const QList<QByteArray> garbage = {
            "\x00\x01\x02garbage\r\n\r\n",
            "GET /" + QByteArray(70000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
            "POST /hooks/generic HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n"
                + QByteArray(1100 * 1024, '{'),
            "GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
            "BREW /pot HTTP/1.1\r\nHost: x\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: x\r\n", // never finished: dropped at the deadline
        };
        for (const QByteArray &bytes : garbage) {
            QTcpSocket raw;
            raw.connectToHost(QHostAddress::LocalHost, s.port);
            QVERIFY(raw.waitForConnected(5000));
            raw.write(bytes);
            raw.flush();
            QElapsedTimer bound;
            bound.start();
            QByteArray answer;
            while (raw.state() == QAbstractSocket::ConnectedState && bound.elapsed() < 10000
                   && !answer.contains("\r\n\r\n")) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
                raw.waitForReadyRead(20);
                answer += raw.readAll();
            }
            if (bytes.startsWith("POST /hooks"))
                QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(80).constData());
            if (bytes.startsWith("GET /../"))
                QVERIFY2(answer.startsWith("HTTP/1.1 401") || answer.startsWith("HTTP/1.1 404"),
                         answer.left(80).constData());
            QCOMPARE(s.read(u"/"_s).status, 200); // and on it goes
        }
    }

    void httpsWithACertificateTheTestMade()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(u"key.pem"_s);
        const QString cert = dir.filePath(u"cert.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                       u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, key, u"-out"_s,
                       cert, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                       u"subjectAltName=IP:127.0.0.1"_s});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        TestBridge t;
        const auto tlsConfig = serve::loadTls(cert, key);
        QVERIFY2(tlsConfig, tlsConfig ? "" : qPrintable(tlsConfig.error().message));
        serve::StatusServer server(t.session.get(), {});
        const quint16 port = must(server.start(QHostAddress::LocalHost, 0, *tlsConfig));
        const QByteArray token
            = must(t.session->createToken(u"exec"_s, TokenScope::Read)).toLatin1();
        HttpClient client;
        QSslConfiguration trust = QSslConfiguration::defaultConfiguration();
        trust.setCaCertificates(QSslCertificate::fromPath(cert));
        client.tls = trust;
        const HttpAnswer a = client.get(QUrl(u"https://127.0.0.1:%1/"_s.arg(port)), token);
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.contains("Incident status"));
        // Plain HTTP to the TLS port gets nothing.
        HttpClient plain;
        QCOMPARE(plain.get(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)), token).status, 0);
        // Files it cannot use say so.
        QVERIFY(!serve::loadTls(dir.filePath(u"missing.pem"_s), key));
        const auto swapped = serve::loadTls(key, cert);
        QVERIFY(!swapped);
        QVERIFY2(swapped.error().message.contains(u"no PEM certificate"_s),
                 qPrintable(swapped.error().message));
    }

    // token create prints the token alone on stdout, once; list and revoke by name.
    void theTokenCommands()
    {
        QTemporaryDir dir;
        TestDatabase db(dir.filePath(u"bridge.sqlite"_s));
        const QString path = db.path();
        const CliRun made = runCli(path, {u"token"_s, u"create"_s, u"--read"_s, u"exec team"_s});
        QCOMPARE(made.code, 0);
        QVERIFY2(QRegularExpression(u"^ibt_[A-Za-z0-9_-]{43}\n$"_s).match(made.out).hasMatch(),
                 qPrintable(made.out));
        QCOMPARE(runCli(path, {u"token"_s, u"create"_s, u"--alerts"_s, u"am"_s}).code, 0);
        const CliRun both = runCli(path, {u"token"_s, u"create"_s});
        QCOMPARE(both.code, 2);
        QVERIFY(both.err.contains(u"--read NAME"_s));
        const CliRun list = runCli(path, {u"token"_s, u"list"_s});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(u"exec team\tread\t"_s));
        QVERIFY(list.out.contains(u"am\talerts\t"_s));
        QVERIFY(!list.out.contains(u"ibt_"_s));
        QCOMPARE(runCli(path, {u"token"_s, u"revoke"_s, u"exec team"_s}).code, 0);
        const CliRun gone = runCli(path, {u"token"_s, u"revoke"_s, u"exec team"_s});
        QCOMPARE(gone.code, 2);
        QVERIFY(gone.err.contains(u"no live token"_s));
        QVERIFY(runCli(path, {u"token"_s, u"list"_s}).out.contains(u"exec team\tread\t"_s));
        const CliRun badListen = runCli(path, {u"serve"_s, u"--listen"_s, u"nowhere:99999"_s});
        QCOMPARE(badListen.code, 2);
        QVERIFY(badListen.err.contains(u"--listen takes an IP address and a port"_s));
    }
};

QTEST_GUILESS_MAIN(TestServe)
#include "tst_serve.moc"
