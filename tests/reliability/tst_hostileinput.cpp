// Hostile and odd input: markup, Markdown, quotes, control characters, right-to-left text,
// emoji, combining marks and a megabyte of text. It is stored and read back exactly, exported
// escaped, and no widget shows it as anything but the characters typed.
#include "mainwindow.h"
#include "report/htmlwriter.h"
#include "report/incidentjson.h"
#include "report/markdownwriter.h"
#include "report/postmortemdocument.h"
#include "testsupport.h"
#include "timeline/entrybar.h"
#include "timeline/timelinepane.h"
#include "timelinemodel.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTextDocument>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
const QStringList &hostileTexts()
{
    static const QStringList texts = {
        u"<b>bold</b><script>alert(1)</script>"_s,
        u"<img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">link</a> &amp; &lt;"_s,
        u"# Heading *em* _u_ **strong** [link](http://evil) | pipe | `code` > quote\n---"_s,
        u"'single' \"double\" \u2018curly\u2019 \u201Ccurly\u201D `back`"_s,
        u"NUL"_s + QChar(0) + u"inside, bell"_s + QChar(7) + u", escape"_s + QChar(0x1b)
            + u"[31m red, delete"_s + QChar(0x7f) + u", tab\there, cr\rlf\nend"_s,
        u"\u0645\u0631\u062D\u0628\u0627 \u200F\u05E9\u05DC\u05D5\u05DD\u200E \u202Eoverride\u202C mixed"_s,
        u"\U0001F525\U0001F469\U0001F3FD\u200D\U0001F4BB e\u0301 Z\u0337\u0322a\u0335l\u0336g\u0338o"_s,
    };
    return texts;
}

// What the database gives back: exactly the text, except that a team server keeps a NUL
// (which PostgreSQL's text cannot hold) as U+FFFD.
QString asStored(const TestBridge &t, QString text)
{
    return t.onTeamServer() ? text.replace(QChar(0), QChar::ReplacementCharacter) : text;
}

// Names are kept as typed apart from runs of white space, which the session folds.
const QString hostileName = u"<i>Dana</i> \"O'Brien\" \u202Enamor\u202C \U0001F525"_s;

// A tooltip is shown as HTML when its first line looks like markup: then the markup must be
// escaped, never raw.
bool toolTipIsSafe(const QString &tip)
{
    return !Qt::mightBeRichText(tip)
           || (!tip.contains(u"<b>bold"_s) && !tip.contains(u"<img"_s)
               && !tip.contains(u"<i>Dana"_s));
}
} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
private:
    struct Seeded
    {
        qint64 incident = 0;
        QList<qint64> entries;
        qint64 bigEntry = 0;
    };

    Seeded seed(TestBridge &t)
    {
        Seeded s;
        s.incident = t.newIncident(u"<b>Checkout</b> \"503\" in 'eu-west' \u202Etsew\u202C"_s);
        for (const QString &text : hostileTexts())
            s.entries << t.log(s.incident, text, EntryKind::Observation, hostileName).id;
        s.bigEntry = t.log(s.incident, u"<b>big</b> "_s + QString(1024 * 1024, u'x')).id;
        WorkstreamDraft w;
        w.title = hostileTexts().at(0);
        w.owner = hostileName;
        w.notes = hostileTexts().at(1);
        const auto ws = t.session->createWorkstream(s.incident, w);
        if (!ws)
            qFatal("workstream: %s", qPrintable(ws.error().message));
        HandoffContext context;
        context.note = hostileTexts().at(2);
        must(t.session->handOff(s.incident, {std::nullopt, ws->id}, u"<b>Sam</b>"_s, context));
        must(t.session->markSent(s.incident, Audience::Executive, hostileTexts().at(0)));
        Review r;
        r.summary = hostileTexts().at(0);
        r.impact = hostileTexts().at(4);
        r.lucky = hostileTexts().at(5);
        r.factors << ContributingFactor{
            hostileTexts().at(1), FactorCategory::Technical, {hostileTexts().at(2)}};
        r.followUps << FollowUp{hostileTexts().at(3), hostileName, FollowUpType::Prevent, {}, {}};
        if (auto saved = t.session->saveReview(s.incident, r); !saved)
            qFatal("review: %s", qPrintable(saved.error().message));
        return s;
    }

private slots:
    void databaseRoundTripsItExactly()
    {
        TestBridge t;
        const Seeded s = seed(t);
        for (int i = 0; i < hostileTexts().size(); ++i) {
            const auto e = t.session->entry(s.entries.at(i));
            QCOMPARE(e->text, asStored(t, hostileTexts().at(i)));
            QCOMPARE(e->actor, hostileName);
        }
        QCOMPARE(t.session->entry(s.bigEntry)->text.size(), 1024 * 1024 + 11);
        // Only white space around an entry is dropped, as the session documents.
        QCOMPARE(t.log(s.incident, u"\n  padded \t\n"_s).text, u"padded"_s);
        QCOMPARE(t.session->incident(s.incident)->title,
                 u"<b>Checkout</b> \"503\" in 'eu-west' \u202Etsew\u202C"_s);
        const Workstream w = t.session->workstreams(s.incident)->first();
        QCOMPARE(w.title, hostileTexts().at(0));
        QCOMPARE(w.notes, hostileTexts().at(1));
        QCOMPARE(t.session->handoffs(s.incident)->first().context.note, hostileTexts().at(2));
        QCOMPARE(t.session->updates(s.incident)->first().text, hostileTexts().at(0));
        const Review r = *t.session->review(s.incident);
        QCOMPARE(r.impact, asStored(t, hostileTexts().at(4)));
        QCOMPARE(r.factors.first().chain.first(), hostileTexts().at(2));
        // A session opened afresh reads the same (nothing was only in memory).
        auto again = IncidentSession::open(t.path(), Database::Location::Given);
        QVERIFY(again);
        QCOMPARE(again.value()->entry(s.entries.at(4))->text, asStored(t, hostileTexts().at(4)));
    }

    void searchTakesItLiterally()
    {
        TestBridge t;
        const Seeded s = seed(t);
        for (const QString &query :
             {u"\"unbalanced AND OR NEAR("_s, u"*"_s, u"^"_s, u"incident_id : 1"_s, u"{text}"_s,
              u"'; DROP TABLE entry;--"_s})
            QVERIFY2(t.session->textMatches(s.incident, query), qPrintable(query));
        QCOMPARE(t.session->textMatches(s.incident, u"override"_s)->size(), 1);
        QCOMPARE(t.session->textMatches(s.incident, u"\u05E9\u05DC\u05D5\u05DD"_s)->size(), 1);
    }

    void exportsStayEscapedAndImportBackExactly()
    {
        TestBridge t;
        const Seeded s = seed(t);
        const IncidentRecord record = *t.session->record(s.incident);
        const auto doc = buildPostmortem(record, QTimeZone("UTC"), t.clock.now());
        const QString html = postmortemHtml(doc);
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(!html.contains(u"<b>bold"_s));
        QVERIFY(!html.contains(u"<i>Dana"_s));
        QVERIFY(!html.contains(QChar(0))); // control characters never reach the file
        QVERIFY(!html.contains(QChar(0x1b)));
        const QString md = postmortemMarkdown(doc);
        static const QRegularExpression rawTag(uR"((?<!\\)<(script|img|b>|i>))"_s);
        QVERIFY2(!rawTag.match(md).hasMatch(), qPrintable(rawTag.match(md).captured(0)));
        QVERIFY(!md.contains(u"[link](http://evil)"_s));
        QVERIFY(!md.contains(QChar(0x1b)));

        const QByteArray json
            = QJsonDocument(exportJson(record, t.clock.now())).toJson(QJsonDocument::Indented);
        const auto imported = t.session->importIncident(json);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        const QList<Entry> back = *t.session->entries(*imported);
        QStringList texts;
        for (const Entry &e : back)
            texts << e.text;
        for (const QString &text : hostileTexts())
            QVERIFY2(texts.contains(asStored(t, text)), qPrintable(text.toHtmlEscaped()));
        QCOMPARE(t.session->review(*imported)->impact, asStored(t, hostileTexts().at(4)));
    }

    void noWidgetShowsItAsMarkup()
    {
        TestBridge t;
        const Seeded s = seed(t);
        MainWindow window(t.session.get(), u"hostile"_s);
        window.showIncident(s.incident);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            dock->show();
            dock->raise();
        }
        QCoreApplication::processEvents();
        QVERIFY(window.windowTitle().contains(u"<b>Checkout</b>"_s));

        // Labels that show what people typed show it as plain text.
        int labelsWithUserText = 0;
        for (QLabel *label : window.findChildren<QLabel *>()) {
            const QString text = label->text();
            if (!text.contains(u"<b>"_s) && !text.contains(u"<i>Dana"_s))
                continue;
            ++labelsWithUserText;
            QVERIFY2(label->textFormat() == Qt::PlainText
                         || (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(text)),
                     qPrintable(u"%1 shows markup: %2"_s.arg(label->objectName(), text.left(80))));
        }
        QVERIFY(labelsWithUserText >= 1); // the header's title at least

        // Tooltips of every row and every widget.
        int tips = 0;
        for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
            const QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int row = 0; row < std::min(model->rowCount(), 200); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QString tip = model->index(row, column).data(Qt::ToolTipRole).toString();
                    tips += tip.isEmpty() ? 0 : 1;
                    QVERIFY2(toolTipIsSafe(tip), qPrintable(tip.left(120)));
                }
            }
        }
        for (QWidget *widget : window.findChildren<QWidget *>())
            QVERIFY2(toolTipIsSafe(widget->toolTip()), qPrintable(widget->toolTip().left(120)));
        QVERIFY(tips > 0);

        // The timeline lays out and paints the megabyte entry and the control characters.
        TimelineModel *timeline = window.timeline()->model();
        QCOMPARE(timeline->rowCount(), t.session->entries(s.incident)->size());
        QVERIFY(!window.grab().isNull());
        QString shown;
        for (int row = 0; row < timeline->rowCount(); ++row) {
            const QModelIndex text = timeline->index(row, TimelineModel::TextColumn);
            if (text.data(TimelineModel::EntryIdRole).toLongLong() == s.bigEntry)
                shown = text.data().toString();
        }
        QVERIFY(shown.startsWith(u"<b>big</b> xxx"_s));
    }

    void entryBarLogsWhatWasTypedExactly()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        EntryBar bar(t.session.get());
        bar.setIncident(id, {});
        for (const QString &text : {hostileTexts().at(0), hostileTexts().at(3),
                                    hostileTexts().at(5), hostileTexts().at(6)}) {
            bar.textEdit()->setText(text);
            QTest::keyClick(bar.textEdit(), Qt::Key_Return);
            QCOMPARE(bar.textEdit()->text(), QString()); // committed, so cleared
            QCOMPARE(t.session->entries(id)->last().text, text);
        }
        // A megabyte pasted into the bar is logged whole, not cut at QLineEdit's 32,767.
        const QString big = u"<b>"_s + QString(1024 * 1024, u'y');
        QGuiApplication::clipboard()->setText(big);
        bar.textEdit()->paste();
        QCOMPARE(bar.textEdit()->text().size(), big.size());
        QTest::keyClick(bar.textEdit(), Qt::Key_Return);
        QCOMPARE(t.session->entries(id)->last().text, big);
    }
};

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
