// Leaders' pages in a real browser (Debian's chromium, headless): what renders, what runs,
// what it asks for, and that a sent update appears on an open page without a reload.
#include "devtoolsclient.h"
#include "servetest.h"

#include <QFile>

using namespace bridge;
using namespace Qt::StringLiterals;

class TestStatusBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_browser = std::make_unique<HeadlessChromium>();
        QVERIFY2(m_browser->isReady(), "chromium did not start (apt-get install chromium)");
    }
    void cleanupTestCase() { m_browser.reset(); }

    // Hostile text shows as text and runs nothing; the page asks for nothing but itself.
    void hostileTextRunsNothing()
    {
        ServedBridge s;
        const QString hostile = u"<script>document.title='owned'</script>"
                                "<img src=x onerror=\"window.pwned=1;document.title='owned'\">"_s;
        const qint64 id = s.bridge.newIncident(u"Checkout "_s + hostile);
        QVERIFY(s.bridge.session->markSent(id, Audience::Executive, u"Update "_s + hostile));
        const QString tab = m_browser->open(s.url(u"/incidents/%1"_s.arg(id), s.readToken));
        QVERIFY(!tab.isEmpty());
        QCOMPARE(m_browser->evaluate(tab, u"String(window.pwned)"_s), u"undefined"_s);
        QVERIFY(!m_browser->evaluate(tab, u"document.title"_s).startsWith(u"owned"_s));
        QCOMPARE(m_browser->evaluate(tab, u"String(document.images.length)"_s), u"0"_s);
        QCOMPARE(m_browser->evaluate(tab, u"String(document.scripts.length)"_s), u"1"_s);
        QVERIFY(m_browser->evaluate(tab, u"document.querySelector('h1').textContent"_s)
                    .contains(u"<script>document.title='owned'</script>"_s));
        QCOMPARE(
            m_browser->evaluate(tab, u"document.getElementById('latest-update').textContent"_s),
            u"Update "_s + hostile);
        // The page's own script ran (it marks the page live), so CSP let it and nothing else.
        QCOMPARE(m_browser->evaluate(
                     tab, u"String(document.documentElement.classList.contains('live'))"_s),
                 u"true"_s);
        const QString origin = u"http://127.0.0.1:%1/"_s.arg(s.port);
        const QStringList urls = m_browser->requestedUrls();
        QVERIFY(!urls.isEmpty());
        for (const QString &u : urls)
            QVERIFY2(u.startsWith(origin) || u == u"about:blank"_s, qPrintable(u));
        if (const QString dir = qEnvironmentVariable("INCIDENT_BRIDGE_SCREENSHOTS");
            !dir.isEmpty()) {
            QFile png(dir + u"/status-incident.png"_s);
            QVERIFY(png.open(QIODevice::WriteOnly));
            png.write(m_browser->screenshot(tab));
        }
    }

    // Mark Sent → on the open page within 5 s, with JavaScript on (it asks for the version)
    // and off (the page refreshes itself).
    void aSentUpdateAppearsOnAnOpenPage_data()
    {
        QTest::addColumn<bool>("javascript");
        QTest::newRow("javascript on") << true;
        QTest::newRow("javascript off") << false;
    }
    void aSentUpdateAppearsOnAnOpenPage()
    {
        QFETCH(bool, javascript);
        ServedBridge s;
        const qint64 id = s.bridge.newIncident(u"Payments latency"_s);
        QVERIFY(s.bridge.session->markSent(id, Audience::Executive, u"First update"_s));
        const QString tab
            = m_browser->open(s.url(u"/incidents/%1"_s.arg(id), s.readToken), javascript);
        const QString latest = u"document.getElementById('latest-update').textContent"_s;
        QCOMPARE(m_browser->evaluate(tab, latest), u"First update"_s);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(s.bridge.session->markSent(id, Audience::Executive, u"Mitigated: failover done"_s));
        const bool shown = HeadlessChromium::waitFor(
            [&] { return m_browser->evaluate(tab, latest) == u"Mitigated: failover done"_s; },
            5000);
        qInfo("sent → shown on the open page (JavaScript %s): %lld ms", javascript ? "on" : "off",
              clock.elapsed());
        QVERIFY(shown);
        // The index page too.
        const QString index = m_browser->open(s.url(u"/"_s, s.readToken), javascript);
        QVERIFY(m_browser->evaluate(index, u"document.body.textContent"_s)
                    .contains(u"Mitigated: failover done"_s));
    }

private:
    std::unique_ptr<HeadlessChromium> m_browser;
};

QTEST_GUILESS_MAIN(TestStatusBrowser)
#include "tst_statusbrowser.moc"
