// The scribe's keyboard on the real window: the keys of issue 15, pressed as a scribe presses
// them, and what ends up on the record.
#include "mainwindow.h"
#include "testsupport.h"
#include "timeline/entrybar.h"
#include "timeline/filterbar.h"
#include "timeline/timelinepane.h"
#include "timelinemodel.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
// Types text into the retract reason as soon as its dialog is up, then accepts it.
void answerNextInputDialog(const QString &text)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible()) {
            poll->stop();
            poll->deleteLater();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(), text);
            // OK directly: Return reaches the default button only once the dialog has been
            // activated, which a loaded machine may not have done yet.
            dialog->accept();
        }
    });
    poll->start(10);
}

// The count under the table each time the table's rows are painted.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *viewport, const TimelinePane *pane)
        : m_pane(pane)
    {
        viewport->installEventFilter(this);
    }
    QStringList painted;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted << m_pane->countText();
        return false;
    }

private:
    const TimelinePane *m_pane;
};

struct Bridge
{
    TestBridge t;
    qint64 id = t.newIncident();
    MainWindow window{t.session.get(), u"keys"_s};

    Bridge()
    {
        window.showIncident(id);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("window not shown");
        QApplication::setActiveWindow(&window);
    }
    EntryBar *bar() const { return window.timeline()->entryBar(); }
    QLineEdit *text() const { return bar()->textEdit(); }
    QTableView *table() const { return window.timeline()->view(); }
    // Types a line and presses Enter, each key to wherever the window's focus is then.
    void type(const QString &line)
    {
        for (const QChar c : line)
            QTest::keyClick(window.focusWidget(), c.toLatin1());
        QTest::keyClick(window.focusWidget(), Qt::Key_Return);
    }
    QList<Entry> entries() const { return *t.session->entries(id); }
    QString status() const { return window.statusBar()->currentMessage(); }
};
} // namespace

class TestScribeKeys : public QObject
{
    Q_OBJECT
private slots:
    void ctrlPAfterLoggingPinsTheLineJustLogged()
    {
        Bridge b;
        b.t.log(b.id, u"An older line"_s);
        // An old row is selected in the table, as it was when the fault was seen.
        b.table()->setCurrentIndex(b.table()->model()->index(0, 0));
        b.text()->setFocus();
        b.type(u"Checkout errors back to normal"_s);
        QTest::keySequence(b.window.focusWidget(), QKeySequence(Qt::CTRL | Qt::Key_P));
        const QList<Entry> all = b.entries();
        QCOMPARE(all.last().text, u"Checkout errors back to normal"_s);
        QVERIFY(all.last().pinned);
        QVERIFY(!all.first().pinned);
        QVERIFY2(b.status().startsWith(u"Pinned "_s) && b.status().contains(u"Checkout errors"_s),
                 qPrintable(b.status()));
        // Picking a row in the table makes that row the target.
        b.table()->setFocus();
        QTest::keyClick(b.table(), Qt::Key_Home);
        QTest::keySequence(b.table(), QKeySequence(Qt::CTRL | Qt::Key_P));
        QVERIFY(b.entries().first().pinned);
        QCOMPARE(b.window.focusWidget(), b.text()); // and the keyboard is back
    }

    void afterRetractingTheNextLineIsLogged()
    {
        Bridge b;
        b.t.log(b.id, u"Restart the pods"_s);
        b.t.log(b.id, u"Drain node 7"_s);
        QTest::keySequence(b.text(), QKeySequence(Qt::CTRL | Qt::Key_T)); // into the table
        QCOMPARE(QApplication::focusWidget(), b.table());
        QTest::keyClick(b.table(), Qt::Key_End, Qt::ControlModifier);
        answerNextInputDialog(u"Wrong node"_s);
        QTest::keyClick(b.table(), Qt::Key_Delete);
        QVERIFY2(b.entries().last().isRetracted(), qPrintable(b.status()));
        QCOMPARE(b.window.focusWidget(), b.text());
        // Even with the focus put back in the table, typing starts a new line, not a search.
        b.table()->setFocus();
        b.type(u"Pool drained"_s);
        QCOMPARE(b.entries().last().text, u"Pool drained"_s);
        QCOMPARE(b.entries().size(), 4); // opened, two lines, the new one: no edit dialog
        // Esc in the table comes back to the entry bar.
        b.table()->setFocus();
        QTest::keyClick(b.table(), Qt::Key_Escape);
        QCOMPARE(b.window.focusWidget(), b.text());
    }

    void deleteOnASystemRowSaysWhy()
    {
        Bridge b;
        b.table()->setFocus();
        b.table()->setCurrentIndex(b.table()->model()->index(0, 0)); // "Incident opened"
        QTest::keyClick(b.table(), Qt::Key_Delete);
        QVERIFY2(b.status().contains(u"cannot be retracted"_s), qPrintable(b.status()));
        QVERIFY(!b.entries().first().isRetracted());
    }

    void aLineLoggedUnderAFilterIsAnnounced()
    {
        Bridge b;
        b.t.log(b.id, u"Rollback started"_s);
        FilterBar *filter = b.window.timeline()->filterBar();
        filter->searchEdit()->setText(u"rollback"_s);
        emit filter->filterChanged(filter->filter());
        QCOMPARE(b.window.timeline()->model()->rowCount(), 1);
        b.text()->setFocus();
        b.type(u"Paging the database team"_s);
        QCOMPARE(b.entries().last().text, u"Paging the database team"_s);
        QVERIFY2(b.window.timeline()->noticeText().contains(u"hidden by the filter"_s),
                 qPrintable(b.window.timeline()->noticeText()));
        // Esc clears the filter; the line is there and the warning gone.
        QTest::keyClick(b.text(), Qt::Key_Escape);
        QVERIFY(b.window.timeline()->filterBar()->filter().isEmpty());
        QVERIFY(b.window.timeline()->model()->rowOfEntry(b.entries().last().id) >= 0);
        QVERIFY(b.window.timeline()->noticeText().isEmpty());
        // Esc in the search field clears the search and returns to the entry bar.
        filter->focusSearch();
        QTest::keyClicks(filter->searchEdit(), u"pods"_s);
        QTest::keyClick(filter->searchEdit(), Qt::Key_Escape);
        QVERIFY(filter->searchEdit()->text().isEmpty());
        QCOMPARE(b.window.focusWidget(), b.text());
    }

    // A word in most lines: the newest matches are painted before the older ones are looked
    // for, the count says they are not all yet, and then every match is there with the
    // view still on the newest.
    void aBroadSearchPaintsTheNewestMatchesFirst()
    {
        Bridge b;
        const QDateTime start = b.t.clock.now();
        for (int i = 0; i < 300; ++i)
            b.t.log(b.id, u"replica lag %1"_s.arg(i), EntryKind::Action, {}, start.addSecs(i + 1));
        TimelinePane *pane = b.window.timeline();
        pane->model()->setSearchSplit(100); // as 5,000 are on a big incident
        QApplication::processEvents();
        PaintWatch watch(b.table()->viewport(), pane);
        FilterBar *filter = pane->filterBar();
        filter->searchEdit()->setText(u"replica"_s);
        emit filter->filterChanged(filter->filter());
        QVERIFY(!pane->model()->searchComplete());
        QVERIFY2(pane->countText().contains(u"finding older"_s), qPrintable(pane->countText()));
        QApplication::processEvents();
        QVERIFY(!watch.painted.isEmpty());
        QVERIFY2(watch.painted.first().contains(u"finding older"_s),
                 qPrintable(watch.painted.first()));
        QVERIFY(pane->model()->searchComplete());
        QCOMPARE(pane->model()->rowCount(), 300);
        QCOMPARE(pane->countText(), u"300 entries match the filter"_s);
        QCOMPARE(b.table()->verticalScrollBar()->value(),
                 b.table()->verticalScrollBar()->maximum());
        QCOMPARE(pane->model()->entryAt(299).text, u"replica lag 299"_s);
    }

    void ctrlZInAnEmptyEntryBarIsTheApplicationsUndo()
    {
        Bridge b;
        b.text()->setFocus();
        b.type(u"Restart the pods"_s);
        QCOMPARE(b.entries().size(), 2);
        QVERIFY(b.text()->text().isEmpty());
        QTest::keySequence(b.text(), QKeySequence::Undo);
        // The field did not get the logged text back (Enter would log it twice) ...
        QVERIFY2(b.text()->text().isEmpty(), qPrintable(b.text()->text()));
        // ... and the application's Undo took the line back (retracted, kept on the record).
        QVERIFY(b.entries().last().isRetracted());
        // While typing, Ctrl+Z is the field's own undo.
        QTest::keyClicks(b.text(), u"Drain"_s);
        QTest::keySequence(b.text(), QKeySequence::Undo);
        QVERIFY(b.text()->text().size() < 5);
        QCOMPARE(b.entries().size(), 2);
    }

    void backfillBeforeTheStartAsksOnce()
    {
        Bridge b;
        QStringList asked;
        bool answer = false;
        b.bar()->setBackfillQuestion([&](QWidget *, const QString &q) {
            asked << q;
            return answer;
        });
        auto *when = b.bar()->findChildren<QLineEdit *>().at(0);
        for (QLineEdit *edit : b.bar()->findChildren<QLineEdit *>())
            if (edit->accessibleName() == u"When it happened"_s)
                when = edit;
        // The incident began at 21:00 UTC (22:00 in Berlin); 14:02 today is 8 h before it.
        when->setText(u"14:02"_s);
        b.text()->setText(u"Deploy 4512 went out"_s);
        QTest::keyClick(b.text(), Qt::Key_Return);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(u"before this incident began"_s), qPrintable(asked[0]));
        // "Change the time": nothing logged, everything typed is still there.
        QCOMPARE(b.entries().size(), 1);
        QCOMPARE(b.text()->text(), u"Deploy 4512 went out"_s);
        QCOMPARE(when->text(), u"14:02"_s);
        // A time inside the incident is logged without a question.
        b.t.clock.advance(30 * 60);
        when->setText(u"-1h30m"_s); // before the start too: asked, and this time yes
        answer = true;
        QTest::keyClick(b.text(), Qt::Key_Return);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(b.entries().size(), 2);
        when->setText(u"-10m"_s);
        b.text()->setText(u"Rollback started"_s);
        QTest::keyClick(b.text(), Qt::Key_Return);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(b.entries().last().occurredAt, b.t.clock.now().addSecs(-600));
    }

    void aBackfilledLineKeepsTheViewOnTheTail()
    {
        Bridge b;
        for (int i = 0; i < 60; ++i) {
            b.t.clock.advance(30);
            b.t.log(b.id, u"Line %1"_s.arg(i));
        }
        QCoreApplication::processEvents();
        auto *scroll = b.table()->verticalScrollBar();
        QCOMPARE(scroll->value(), scroll->maximum());
        for (QLineEdit *edit : b.bar()->findChildren<QLineEdit *>())
            if (edit->accessibleName() == u"When it happened"_s)
                edit->setText(u"-25m"_s);
        b.text()->setText(u"Alert fired"_s);
        QTest::keyClick(b.text(), Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(scroll->value(), scroll->maximum()); // still at the newest
        QVERIFY2(b.status().contains(u"above the newest"_s), qPrintable(b.status()));
    }
};

QTEST_MAIN(TestScribeKeys)
#include "tst_scribekeys.moc"
