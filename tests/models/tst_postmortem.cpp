#include "fixedincident.h"
#include "report/htmlwriter.h"
#include "report/incidentjson.h"
#include "report/markdownwriter.h"
#include "report/pdfwriter.h"
#include "report/postmortemdocument.h"
#include "report/svgcharts.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
QString golden(const QString &name)
{
    return QStringLiteral(BRIDGE_TEST_DATA) + u'/' + name;
}
} // namespace

class TestPostmortem : public QObject
{
    Q_OBJECT
private slots:
    void markdownMatchesTheGoldenFile()
    {
        TestBridge t;
        const qint64 id = seedFixedIncident(t);
        const auto record = t.session->record(id);
        QVERIFY(record);
        const QString markdown = postmortemMarkdown(
            buildPostmortem(*record, QTimeZone("Europe/Berlin"), t.clock.now()));
        QFile file(golden(u"postmortem.md"_s));
        if (qEnvironmentVariableIsSet("BRIDGE_UPDATE_GOLDEN")) {
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(markdown.toUtf8());
            QSKIP("golden file rewritten");
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(markdown, QString::fromUtf8(file.readAll()));
    }

    void twelveSectionsInOrderAndDraftWhileOpen()
    {
        TestBridge t;
        const qint64 id = seedFixedIncident(t);
        const auto doc = buildPostmortem(*t.session->record(id), QTimeZone("UTC"), t.clock.now());
        QCOMPARE(doc.sections.size(), 12);
        QVERIFY(doc.draft); // resolved but not closed
        QCOMPARE(doc.assumptions.size(), 1);
        QVERIFY(doc.assumptions.first().rated);
        QVERIFY(!doc.assumptions.first().known);
        // The workstream's owners follow its handoff: Maya until minute 20, then Aisha.
        QStringList bars;
        for (const OwnershipBar &b : doc.ownership)
            bars << b.lane + u':' + b.person;
        QVERIFY(bars.contains(u"Workstream: Drain replica-2:Maya Chen"_s));
        QVERIFY(bars.contains(u"Workstream: Drain replica-2:Aisha Khan"_s));
        QVERIFY(bars.contains(u"Incident commander:Jonas Weber"_s));
        QVERIFY(t.session->setStatus(id, Status::Closed, {}, IncidentSession::OpenWork::Keep));
        QVERIFY(!buildPostmortem(*t.session->record(id), QTimeZone("UTC"), t.clock.now()).draft);
    }

    void userTextCannotBreakTheMarkdown()
    {
        QCOMPARE(markdownText(u"# not a heading"_s), u"\\# not a heading"_s);
        QCOMPARE(markdownText(u"- not a list"_s), u"\\- not a list"_s);
        QCOMPARE(markdownText(u"1. not a list"_s), u"1\\. not a list"_s);
        QCOMPARE(markdownText(u"[x](javascript:alert(1))"_s), u"\\[x\\](javascript:alert(1))"_s);
        QCOMPARE(markdownText(u"<script>"_s), u"\\<script\\>"_s);
        QCOMPARE(markdownText(u"a | b"_s, true), u"a \\| b"_s);
        QCOMPARE(markdownText(u"two\nlines"_s, true), u"two<br>lines"_s);
        QCOMPARE(markdownText(u"bell\u0007"_s), u"bell"_s);
    }

    void htmlIsSelfContainedAndEscaped()
    {
        TestBridge t;
        const qint64 id = seedFixedIncident(t);
        const QString hostile = u"<script>alert(\"x\")</script> 'single' & \"double\" *md* # "
                                u"[link](http://evil) ‮right-to-left‬ 🔥 e\u0301 "_s;
        t.log(id, hostile + QString(100 * 1024, u'x'), EntryKind::Note, u"<img src=x onerror=1>"_s);
        Review r = *t.session->review(id);
        r.summary = hostile;
        QVERIFY(t.session->saveReview(id, r));
        const QString html = postmortemHtml(
            buildPostmortem(*t.session->record(id), QTimeZone("UTC"), t.clock.now()));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(!html.contains(u"'single'"_s)); // single quotes escaped too
        QVERIFY(html.contains(u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &#39;single&#39; "
                              "&amp; &quot;double&quot;"_s));
        QVERIFY(html.contains(u"‮right-to-left‬ 🔥 e\u0301"_s));
        // Nothing is loaded from anywhere: no links, sources or stylesheets outside the file.
        static const QRegularExpression external(
            uR"(<[a-zA-Z][^>]*\s(src|href)\s*=|<link|@import|url\()"_s,
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!external.match(html).hasMatch(), qPrintable(external.match(html).captured(0)));
        // Attributes are double-quoted.
        static const QRegularExpression singleQuoted(uR"(\s[a-z-]+='[^']*')"_s);
        QVERIFY(!singleQuoted.match(html).hasMatch());
        QCOMPARE(html.count(u"<svg "_s), 2); // the assumption map and the ownership chart

        // The PDF's HTML: timeline rows and lists as paragraphs, escaped the same way.
        const QString print = postmortemHtml(
            buildPostmortem(*t.session->record(id), QTimeZone("UTC"), t.clock.now()),
            HtmlFlavour::Print);
        QVERIFY(!print.contains(u"<script"_s));
        QVERIFY(!print.contains(u"<img src=x"_s));
        QVERIFY(print.contains(u"&lt;img src=x onerror=1&gt;"_s));
        QVERIFY(print.contains(u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"_s));
        QVERIFY(print.contains(u"<p class=\"entry\"><b>"_s));
        QVERIFY(!print.contains(u"<ul>"_s));
        QVERIFY(!print.contains(u"<style>"_s));
    }

    void pdfHasPagesAndPictures()
    {
        TestBridge t;
        const qint64 id = seedFixedIncident(t);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"review.pdf"_s);
        QVERIFY(writePostmortemPdf(
            buildPostmortem(*t.session->record(id), QTimeZone("UTC"), t.clock.now()), path));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 20000);
        QVERIFY(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r")
                        + bytes.count("/Type /Page ")
                    >= 2
                || bytes.count("/Type /Page") >= 3);
        QVERIFY2(bytes.count("/Subtype /Image") >= 2, "both pictures are embedded");
        // A folder that does not exist: refused, nothing written.
        QVERIFY(!writePostmortemPdf(
            buildPostmortem(*t.session->record(id), QTimeZone("UTC"), t.clock.now()),
            dir.filePath(u"missing/review.pdf"_s)));
    }

    void jsonCarriesEveryField()
    {
        TestBridge t;
        const qint64 id = seedFixedIncident(t);
        const QJsonObject o = exportJson(*t.session->record(id), t.clock.now());
        QCOMPARE(o.value(u"format_version"_s).toInt(), ExportFormatVersion);
        QVERIFY(o.contains(u"exported_at"_s));
        for (const char *key : {"entries", "roles", "workstreams", "handoffs", "responders",
                                "updates", "review", "milestones"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        const QJsonObject review = o.value(u"review"_s).toObject();
        QCOMPARE(review.value(u"factors"_s).toArray().size(), 2);
        QCOMPARE(review.value(u"factors"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"chain"_s)
                     .toArray()
                     .size(),
                 3);
        QCOMPARE(
            review.value(u"follow_ups"_s).toArray().first().toObject().value(u"due"_s).toString(),
            u"2026-04-30"_s);
        QCOMPARE(review.value(u"understanding"_s).toObject().value(u"Maya Chen"_s).toString(),
                 u"Thought the deploy was the trigger until 22:10."_s);
        // Retractions and the history of each entry travel with it.
        bool sawRetracted = false;
        for (const QJsonValue &v : o.value(u"entries"_s).toArray()) {
            const QJsonObject e = v.toObject();
            if (e.value(u"retracted"_s).toBool()) {
                sawRetracted = true;
                QCOMPARE(e.value(u"retract_reason"_s).toString(), u"Wrong region"_s);
                QCOMPARE(e.value(u"revisions"_s)
                             .toArray()
                             .first()
                             .toObject()
                             .value(u"change"_s)
                             .toString(),
                         u"retract"_s);
            }
        }
        QVERIFY(sawRetracted);
        // Two exports differ only in exported_at.
        QJsonObject again = exportJson(*t.session->record(id), t.clock.now().addSecs(60));
        QVERIFY(again.value(u"exported_at"_s) != o.value(u"exported_at"_s));
        again.remove(u"exported_at"_s);
        QJsonObject first = o;
        first.remove(u"exported_at"_s);
        QCOMPARE(again, first);
    }

    void reviewRoundTripsThroughStorage()
    {
        TestBridge t;
        const qint64 id = seedFixedIncident(t);
        const auto r = t.session->review(id);
        QVERIFY(r);
        QCOMPARE(r->factors.size(), 2);
        QCOMPARE(r->factors.first().chain.size(), 3);
        QCOMPARE(r->reviewDate, QDate(2026, 4, 2));
        QCOMPARE(r->followUps.first().due, QDate(2026, 4, 30));
        // Only an assumption of this incident can be placed on its map.
        Review bad = *r;
        bad.assumptions << AssumptionRating{99999, true, true};
        auto refused = t.session->saveReview(id, bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QCOMPARE(t.session->review(id)->assumptions.size(), 1); // nothing half-saved
    }

    // Read on paper by a facilitator: every lane and person named, hourly ticks, distinct
    // colours, and each assumption in full.
    void chartsAreReadable()
    {
        PostmortemDocument doc;
        doc.zone = QTimeZone("UTC");
        doc.chartStart = QDateTime(QDate(2026, 11, 24), QTime(1, 50), Qt::UTC);
        doc.chartEnd = doc.chartStart.addSecs(4 * 3600 + 600);
        const QString east = u"Workstream: Roll back search-ranker 3.2 in us-east-1"_s;
        const QString west = u"Workstream: Roll back search-ranker 3.2 in eu-west-1"_s;
        doc.ownership = {{u"Incident commander"_s, u"Priya Nair"_s, doc.chartStart, doc.chartEnd},
                         {east, u"Luis Ortega"_s, doc.chartStart, doc.chartStart.addSecs(3600)},
                         {west, u"Maya Chen"_s, doc.chartStart, doc.chartEnd}};
        const QString chart = ownershipChartSvg(doc);
        // Both lanes are told apart: their last words are there, not cut to the same start.
        QVERIFY(chart.contains(u"us-east-1"_s));
        QVERIFY(chart.contains(u"eu-west-1"_s));
        // Hourly ticks from 02:00 to 06:00, the first naming the day.
        for (const char *tick : {">Tue 02:00<", ">03:00<", ">04:00<", ">05:00<", ">06:00<"})
            QVERIFY2(chart.contains(QLatin1StringView(tick)), tick);
        // Three people, three colours, all in the legend.
        static const QRegularExpression fill(u"<rect [^>]*height=\"20\" fill=\"(#[0-9a-f]{6})\""_s);
        QSet<QString> colours;
        for (auto it = fill.globalMatch(chart); it.hasNext();)
            colours.insert(it.next().captured(1));
        QCOMPARE(colours.size(), 3);
        for (const QString &name : {u"Priya Nair"_s, u"Luis Ortega"_s, u"Maya Chen"_s})
            QVERIFY(chart.contains(u">"_s + name + u"</text>"_s));
        // Luis's bar ends after an hour, not at the end of the chart (250 + 560 * 60/250).
        QVERIFY2(chart.contains(u"width=\"134.4\""_s), qPrintable(chart));

        const QString longer = u"Assuming the primary database in eu-west-1 is healthy because its "
                               "dashboard was green and nobody had paged about it overnight"_s;
        doc.assumptions = {{longer, u"Luis Ortega"_s, false, true, true}};
        const QString map = assumptionMapSvg(doc);
        for (const QString &word : {u"Assuming"_s, u"dashboard"_s, u"overnight"_s})
            QVERIFY2(map.contains(word), qPrintable(word));
        QVERIFY(!map.contains(QChar(0x2026)));  // nothing cut
        QVERIFY(map.contains(u">1.</text>"_s)); // numbered as in the table
    }

    // A finished workstream's bar ends when it was marked done, not at the end of the incident.
    void aDoneWorkstreamStopsWhereItEnded()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        WorkstreamDraft open{
            u"Warm the cache"_s, u"Maya Chen"_s, WorkstreamState::Active, {}, {}, {}, 0};
        auto w = t.session->createWorkstream(id, open);
        QVERIFY(w);
        t.clock.advance(1800);
        WorkstreamDraft finished{w->title, w->owner, WorkstreamState::Done, {}, {}, {}, 0};
        QVERIFY(t.session->updateWorkstream(w->id, finished));
        const QDateTime done = t.clock.now();
        t.clock.advance(7200);
        const auto doc = buildPostmortem(*t.session->record(id), QTimeZone("UTC"), t.clock.now());
        bool found = false;
        for (const OwnershipBar &b : doc.ownership) {
            if (b.lane.contains(u"Warm the cache"_s)) {
                QCOMPARE(b.to, done);
                found = true;
            }
        }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestPostmortem) // the PDF lays out text: fonts need a GUI application
#include "tst_postmortem.moc"
