// Alert webhooks open incidents: the payloads Alertmanager, Grafana and PagerDuty document,
// replayed (open, attach, dedupe, resolved), and every refusal leaving the record as it was.
#include "rawsql.h"
#include "servetest.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
QByteArray example(const QString &name)
{
    QFile f(QStringLiteral(ALERT_EXAMPLES "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing example %s", qPrintable(name));
    return f.readAll();
}

QJsonObject answerOf(const HttpAnswer &a)
{
    return QJsonDocument::fromJson(a.body).object();
}

// What a refusal must leave as it was.
struct Counts
{
    qint64 incidents = 0;
    qint64 entries = 0;
    qint64 deliveries = 0;
    bool operator==(const Counts &) const = default;
};
Counts counts(const QString &path)
{
    RawSql raw(path);
    return {raw.count(u"SELECT count(*) FROM incident"_s),
            raw.count(u"SELECT count(*) FROM entry"_s),
            raw.count(u"SELECT count(*) FROM alert_delivery"_s)};
}
} // namespace

class TestAlertHooks : public QObject
{
    Q_OBJECT

private slots:
    void alertmanagerOpensAttachesAndNeverCloses()
    {
        ServedBridge s;
        QSignalSpy opened(s.server.get(), &serve::StatusServer::incidentOpenedByAlert);
        const HttpAnswer first = s.http.post(s.url(u"/hooks/alertmanager"_s),
                                             example(u"alertmanager-firing.json"_s), s.alertsToken);
        QCOMPARE(first.status, 201);
        QCOMPARE(answerOf(first).value(u"result"_s).toString(), u"opened"_s);
        const qint64 id = answerOf(first).value(u"incident"_s).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(opened.count(), 1);
        const Incident incident = must(s.bridge.session->record(id)).incident;
        QCOMPARE(incident.title, u"HighErrorRate on checkout"_s);
        QCOMPARE(incident.severity, Severity::Sev1); // severity="critical"
        // Detected is the earliest alert's start (to the millisecond; nanoseconds dropped).
        QCOMPARE(incident.detectedAt,
                 QDateTime(QDate(2026, 3, 28), QTime(20, 14, 7, 123), Qt::UTC));
        QCOMPARE(incident.startedAt, incident.detectedAt);
        const QList<Entry> entries = must(s.bridge.session->entries(id));
        const Entry &observed = entries.last();
        QCOMPARE(observed.kind, EntryKind::Observation);
        QCOMPARE(observed.actor, u"Alertmanager"_s);
        QCOMPARE(observed.text, u"Alertmanager: HighErrorRate firing on checkout, 3 alerts — "
                                "5xx ratio above 5% for 5 minutes"_s);
        // A machine is not a responder on the bridge.
        for (const ResponderFigures &r : must(s.bridge.session->responders(id)))
            QVERIFY(r.name != u"Alertmanager"_s);

        // The same delivery again writes nothing.
        const Counts before = counts(s.bridge.path());
        const HttpAnswer again = s.http.post(s.url(u"/hooks/alertmanager"_s),
                                             example(u"alertmanager-firing.json"_s), s.alertsToken);
        QCOMPARE(again.status, 200);
        QCOMPARE(answerOf(again).value(u"result"_s).toString(), u"duplicate"_s);
        QCOMPARE(counts(s.bridge.path()), before);

        // Resolved attaches to the same incident and closes nothing.
        const HttpAnswer resolved
            = s.http.post(s.url(u"/hooks/alertmanager"_s), example(u"alertmanager-resolved.json"_s),
                          s.alertsToken);
        QCOMPARE(resolved.status, 200);
        QCOMPARE(answerOf(resolved).value(u"result"_s).toString(), u"attached"_s);
        QCOMPARE(answerOf(resolved).value(u"incident"_s).toInteger(), id);
        QVERIFY(
            must(s.bridge.session->entries(id))
                .last()
                .text.startsWith(u"Alertmanager: HighErrorRate resolved on checkout, 3 alerts"_s));
        QCOMPARE(must(s.bridge.session->record(id)).incident.status, Status::Investigating);
        QCOMPARE(opened.count(), 1);

        // The group fires again with one alert of it, by fingerprint: still the same incident.
        QJsonObject refire
            = QJsonDocument::fromJson(example(u"alertmanager-firing.json"_s)).object();
        refire.insert(u"groupKey"_s, u"{}:{other grouping}"_s);
        const HttpAnswer attached = s.http.post(s.url(u"/hooks/alertmanager"_s),
                                                QJsonDocument(refire).toJson(), s.alertsToken);
        QCOMPARE(answerOf(attached).value(u"result"_s).toString(), u"attached"_s);
        QCOMPARE(answerOf(attached).value(u"incident"_s).toInteger(), id);

        // Once that incident is resolved, the group firing again opens a new one.
        QVERIFY(s.bridge.session->setStatus(id, Status::Resolved));
        refire.insert(u"truncatedAlerts"_s, 1); // a different delivery
        const HttpAnswer reopened = s.http.post(s.url(u"/hooks/alertmanager"_s),
                                                QJsonDocument(refire).toJson(), s.alertsToken);
        QCOMPARE(reopened.status, 201);
        QVERIFY(answerOf(reopened).value(u"incident"_s).toInteger() != id);
    }

    void grafanaOpensWithItsOwnSeverity()
    {
        ServedBridge s;
        const HttpAnswer a = s.http.post(s.url(u"/hooks/grafana"_s),
                                         example(u"grafana-firing.json"_s), s.alertsToken);
        QCOMPARE(a.status, 201);
        const Incident i
            = must(s.bridge.session->record(answerOf(a).value(u"incident"_s).toInteger())).incident;
        QCOMPARE(i.title, u"DiskFull on db-7"_s);
        QCOMPARE(i.severity, Severity::Sev3); // warning
        QCOMPARE(i.detectedAt, QDateTime(QDate(2026, 3, 28), QTime(18, 2), Qt::UTC));
    }

    void pagerDutyTriggeredAcknowledgedResolved()
    {
        ServedBridge s;
        const HttpAnswer t = s.http.post(s.url(u"/hooks/pagerduty"_s),
                                         example(u"pagerduty-triggered.json"_s), s.alertsToken);
        QCOMPARE(t.status, 201);
        const qint64 id = answerOf(t).value(u"incident"_s).toInteger();
        const Incident i = must(s.bridge.session->record(id)).incident;
        QCOMPARE(i.title, u"Payments API latency above 2 s"_s);
        QCOMPARE(i.severity, Severity::Sev2); // P2
        QCOMPARE(i.detectedAt, QDateTime(QDate(2026, 3, 28), QTime(20, 30, 20), Qt::UTC));
        for (const QString &name :
             {u"pagerduty-acknowledged.json"_s, u"pagerduty-resolved.json"_s}) {
            const HttpAnswer a
                = s.http.post(s.url(u"/hooks/pagerduty"_s), example(name), s.alertsToken);
            QCOMPARE(a.status, 200);
            QCOMPARE(answerOf(a).value(u"incident"_s).toInteger(), id);
        }
        const QList<Entry> entries = must(s.bridge.session->entries(id));
        QCOMPARE(
            entries.last().text,
            u"PagerDuty: incident #2 resolved on Payments API: Payments API latency above 2 s"_s);
        QCOMPARE(must(s.bridge.session->record(id)).incident.status, Status::Investigating);
        // An acknowledgement of an incident we never opened opens nothing.
        QByteArray other = example(u"pagerduty-acknowledged.json"_s);
        other.replace("PGR0VU2", "PZZZZZZ").replace("d3640fbd41094207", "0000000000000000");
        const Counts before = counts(s.bridge.path());
        const HttpAnswer none = s.http.post(s.url(u"/hooks/pagerduty"_s), other, s.alertsToken);
        QCOMPARE(none.status, 200);
        QCOMPARE(answerOf(none).value(u"result"_s).toString(), u"nothing-open"_s);
        QCOMPARE(counts(s.bridge.path()).incidents, before.incidents);
        QCOMPARE(counts(s.bridge.path()).entries, before.entries);
    }

    void ourOwnFormatAndItsSeverityMap()
    {
        ServedBridge s;
        QVERIFY(s.bridge.session->setAlertSeverity(u"High"_s, Severity::Sev1));
        const HttpAnswer a = s.http.post(s.url(u"/hooks/generic"_s),
                                         example(u"generic-firing.json"_s), s.alertsToken);
        QCOMPARE(a.status, 201);
        const qint64 id = answerOf(a).value(u"incident"_s).toInteger();
        const Incident i = must(s.bridge.session->record(id)).incident;
        QCOMPARE(i.title, u"Checkout canary failing in eu-west"_s);
        QCOMPARE(i.severity, Severity::Sev1); // "high", mapped above
        const Entry last = must(s.bridge.session->entries(id)).last();
        QCOMPARE(last.actor, u"checkout-canary"_s);
        QCOMPARE(
            last.text,
            u"checkout-canary: Checkout canary failing in eu-west firing — 3 of 5 probes failing"_s);
    }

    // A malformed payload: 400 with the reason, and nothing written.
    void malformedDeliveriesWriteNothing_data()
    {
        QTest::addColumn<QString>("hook");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        const QByteArray am = example(u"alertmanager-firing.json"_s);
        auto edited = [](QByteArray body, const char *from, const char *to) {
            return body.replace(from, to);
        };
        QTest::newRow("not JSON") << u"alertmanager"_s << QByteArray("{\"version\": \"4\",")
                                  << u"not JSON"_s;
        QTest::newRow("an array") << u"grafana"_s << QByteArray("[]") << u"not a JSON object"_s;
        QTest::newRow("version 3")
            << u"alertmanager"_s << edited(am, "\"version\": \"4\"", "\"version\": \"3\"")
            << u"\"version\" must be \"4\""_s;
        QTest::newRow("no group key")
            << u"alertmanager"_s << edited(am, "\"groupKey\"", "\"groupKey_\"")
            << u"\"groupKey\" is missing"_s;
        QTest::newRow("bad status") << u"alertmanager"_s
                                    << edited(am, "\"status\": \"firing\",\n  \"receiver\"",
                                              "\"status\": \"burning\",\n  \"receiver\"")
                                    << u"\"status\" must be"_s;
        QTest::newRow("no alerts")
            << u"alertmanager"_s
            << QByteArray(R"({"version":"4","groupKey":"g","status":"firing","alerts":[]})")
            << u"at least one alert"_s;
        QTest::newRow("bad time") << u"alertmanager"_s
                                  << edited(am, "2026-03-28T20:15:00Z", "yesterday")
                                  << u"alert 2's \"startsAt\""_s;
        QTest::newRow("zoneless time")
            << u"generic"_s
            << QByteArray(
                   R"({"key":"k","status":"firing","title":"t","started_at":"2026-03-28T20:00:00"})")
            << u"\"started_at\""_s;
        QTest::newRow("no event") << u"pagerduty"_s << QByteArray(R"({"messages":[]})")
                                  << u"V3 webhook"_s;
        QTest::newRow("other event") << u"pagerduty"_s
                                     << edited(example(u"pagerduty-triggered.json"_s),
                                               "incident.triggered", "incident.annotated")
                                     << u"is not one we take"_s;
        QTest::newRow("no key") << u"generic"_s << QByteArray(R"({"status":"firing","title":"t"})")
                                << u"\"key\" is missing"_s;
        QTest::newRow("no title") << u"generic"_s << QByteArray(R"({"key":"k","status":"firing"})")
                                  << u"\"title\" is missing"_s;
    }
    void malformedDeliveriesWriteNothing()
    {
        QFETCH(QString, hook);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        ServedBridge s;
        const Counts before = counts(s.bridge.path());
        const HttpAnswer a = s.http.post(s.url(u"/hooks/"_s + hook), body, s.alertsToken);
        QCOMPARE(a.status, 400);
        const QString error = answerOf(a).value(u"error"_s).toString();
        QVERIFY2(error.contains(reason) && error.contains(u"Nothing was written"_s),
                 qPrintable(error));
        QCOMPARE(counts(s.bridge.path()), before);
    }

    // Unauthenticated, oversized and too many: refused, and nothing written.
    void refusalsWriteNothing()
    {
        ServedBridge s({false, 4});
        const QByteArray body = example(u"generic-firing.json"_s);
        const Counts before = counts(s.bridge.path());
        QCOMPARE(s.http.post(s.url(u"/hooks/generic"_s), body).status, 401);
        QCOMPARE(
            s.http.post(s.url(u"/hooks/generic"_s), body, "ibt_not-a-real-token-at-all-xx").status,
            401);
        QCOMPARE(s.http.post(s.url(u"/hooks/generic"_s), body, s.readToken).status, 401);
        QCOMPARE(s.http.send("GET", s.url(u"/hooks/generic"_s), {}, s.alertsToken).status, 405);
        QByteArray huge = body;
        huge.insert(1, "\"padding\": \"" + QByteArray(1024 * 1024, 'x') + "\", ");
        QCOMPARE(s.http.post(s.url(u"/hooks/generic"_s), huge, s.alertsToken).status, 413);
        QCOMPARE(counts(s.bridge.path()), before);
        // 4 a minute, 2 at once: the third in a row waits.
        QByteArray second = body;
        second.replace("canary-eu-1", "canary-eu-2");
        QCOMPARE(s.http.post(s.url(u"/hooks/generic"_s), body, s.alertsToken).status, 201);
        QCOMPARE(s.http.post(s.url(u"/hooks/generic"_s), second, s.alertsToken).status, 201);
        const Counts allowed = counts(s.bridge.path());
        QByteArray third = body;
        third.replace("canary-eu-1", "canary-eu-3");
        const HttpAnswer limited = s.http.post(s.url(u"/hooks/generic"_s), third, s.alertsToken);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("5"));
        QCOMPARE(counts(s.bridge.path()), allowed);
    }
};

QTEST_GUILESS_MAIN(TestAlertHooks)
#include "tst_alerthooks.moc"
