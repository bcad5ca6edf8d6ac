// The commander's glance on the real window: what stays on screen until dealt with, what is
// announced, where every incident action lives, and how much timeline a laptop screen shows.
#include "common/incidentheader.h"
#include "common/noticebar.h"
#include "common/shortcutsdialog.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "timeline/timelinepane.h"
#include "timelinemodel.h"
#include "updates/composerpane.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QTableView>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
QStringList menuTexts(const MainWindow &window, const QString &title)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (top->text().remove(u'&') != title)
            continue;
        QStringList texts;
        for (QAction *a : top->menu()->actions())
            texts << a->text().remove(u'&').remove(u'…');
        return texts;
    }
    return {};
}
} // namespace

class TestCommanderGlance : public QObject
{
    Q_OBJECT
private slots:
    void aReminderStaysUntilTheUpdateIsSent()
    {
        TestBridge t;
        const qint64 id = t.newIncident(); // SEV2: updates every 60 minutes
        MainWindow window(t.session.get(), u"glance"_s);
        window.showIncident(id);
        t.clock.advance(61 * 60);
        window.header()->tick();
        QVERIFY2(window.reminderBar()->text().contains(u"overdue"_s),
                 qPrintable(window.reminderBar()->text()));
        // An hour of other work later it is still there: it does not time out.
        t.log(id, u"Rollback started"_s);
        t.clock.advance(3600);
        window.header()->tick();
        QVERIFY(!window.reminderBar()->text().isEmpty());
        // Sending one audience's update is not enough while the other is overdue ...
        QVERIFY(t.session->markSent(id, Audience::Executive, u"Checkout: rolled back"_s));
        QVERIFY(!window.reminderBar()->text().isEmpty());
        // The timeline row says what the update said, not only that one was sent.
        const auto *model = window.timeline()->model();
        const QString row
            = model->index(model->rowCount() - 1, TimelineModel::TextColumn).data().toString();
        QVERIFY2(row.contains(u"Checkout: rolled back"_s), qPrintable(row));
        // ... both sent: dealt with.
        QVERIFY(t.session->markSent(id, Audience::Customer, u"Checkout is recovering"_s));
        QVERIFY(window.reminderBar()->text().isEmpty());
    }

    void anIncidentOpenedElsewhereIsAnnounced()
    {
        TestBridge t;
        const qint64 id = t.newIncident(u"Checkout 503s"_s);
        MainWindow window(t.session.get(), u"glance"_s);
        window.showIncident(id);
        // The command line, or an alert, opens one through another connection to the file.
        auto other = must(IncidentSession::open(t.path(), Database::Location::Given, &t.clock,
                                                u"alertmanager"_s));
        const qint64 fresh
            = must(other->createIncident({u"Search latency"_s, Severity::Sev1, t.clock.now()})).id;
        t.session->pollExternalChanges();
        QVERIFY2(
            window.newIncidentBar()->text().contains(u"#%1 SEV1 “Search latency”"_s.arg(fresh)),
            qPrintable(window.newIncidentBar()->text()));
        QCOMPARE(window.currentIncidentId(), id); // announced, not switched to
        emit window.newIncidentBar()->actionTriggered();
        QCOMPARE(window.currentIncidentId(), fresh);
    }

    void everyIncidentActionIsInTheIncidentMenu()
    {
        TestBridge t;
        MainWindow window(t.session.get(), u"glance"_s);
        window.showIncident(t.newIncident());
        const QStringList incident = menuTexts(window, u"Incident"_s);
        for (const QString &wanted :
             {u"Compose an Update"_s, u"New Workstream"_s, u"Hand Off"_s, u"Acknowledge Handoff"_s,
              u"Close Incident"_s, u"Export Postmortem"_s, u"Update Policy"_s})
            QVERIFY2(incident.contains(wanted),
                     qPrintable(wanted + u" in "_s + incident.join(u'|')));
        QVERIFY(menuTexts(window, u"View"_s).contains(u"Reset Layout"_s));
    }

    void theKeyboardReferenceIsReadFromTheActions()
    {
        TestBridge t;
        MainWindow window(t.session.get(), u"glance"_s);
        window.showIncident(t.newIncident());
        const QList<ShortcutRow> rows = keyboardReference(&window);
        const auto keysFor = [&rows](const QString &action) {
            for (const ShortcutRow &r : rows)
                if (r.action == action)
                    return r.keys;
            return QString();
        };
        QCOMPARE(keysFor(u"Pin as Key Moment"_s),
                 QKeySequence(u"Ctrl+P"_s).toString(QKeySequence::NativeText));
        QCOMPARE(keysFor(u"Hand Off"_s),
                 QKeySequence(u"Ctrl+H"_s).toString(QKeySequence::NativeText));
        QVERIFY(!keysFor(u"Go to the Timeline"_s).isEmpty());
        QVERIFY(!keysFor(u"Entry kind: Decision"_s).isEmpty());
        QVERIFY(!keysFor(u"Keyboard Shortcuts"_s).isEmpty());
        // Changing a key changes the reference: it is not a hand-written list.
        window.timeline()->pinAction()->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s));
        const QList<ShortcutRow> again = keyboardReference(&window);
        bool found = false;
        for (const ShortcutRow &r : again)
            found
                = found
                  || (r.action == u"Pin as Key Moment"_s
                      && r.keys
                             == QKeySequence(u"Ctrl+Shift+P"_s).toString(QKeySequence::NativeText));
        QVERIFY(found);
    }

    void aLaptopScreenShowsAScreenfulOfTimeline()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        for (int i = 0; i < 40; ++i)
            t.log(id, u"Line %1"_s.arg(i));
        MainWindow window(t.session.get(), u"laptop"_s);
        window.showIncident(id);
        window.resize(1366, 768 - 40); // a laptop, less the desktop's panel
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resetLayout();
        QCoreApplication::processEvents();
        QTableView *table = window.timeline()->view();
        const int rows
            = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
        QVERIFY2(rows >= 10, qPrintable(u"%1 rows"_s.arg(rows)));
        // The newest entry is in view.
        const QRect newest
            = table->visualRect(table->model()->index(table->model()->rowCount() - 1, 0));
        QVERIFY(table->viewport()->rect().contains(newest));
    }

    // Compose Now opens the audience that is due first, and the pane for writing takes most
    // of the height while it is in front; behind its tab, the timeline gets it back.
    void composingOpensTheDueAudienceWithRoomToWrite()
    {
        TestBridge t;
        const qint64 id = t.newIncident(); // SEV2: executive and customer every 60 minutes
        t.clock.advance(30 * 60);
        QVERIFY(t.session->markSent(id, Audience::Executive, u"Checkout: rolled back"_s));
        t.clock.advance(40 * 60); // customer overdue by 10m, executive due in 20m
        MainWindow window(t.session.get(), u"compose"_s);
        window.showIncident(id);
        window.resize(1366, 768 - 40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resetLayout();
        QCoreApplication::processEvents();
        auto *updates = window.findChild<QDockWidget *>(u"updatesDock"_s);
        QVERIFY(updates);
        const int timelineBefore = window.timeline()->view()->height();
        window.composeDueUpdate();
        QCOMPARE(window.composer()->audience(), Audience::Customer);
        QVERIFY(window.composer()->editor()->toPlainText().startsWith(u"Investigating:"_s));
        QTRY_VERIFY2(updates->height() >= window.height() * 2 / 5,
                     qPrintable(u"%1 of %2"_s.arg(updates->height()).arg(window.height())));
        // A draft already begun is not replaced by the next Compose.
        window.composer()->editor()->setPlainText(u"Half written"_s);
        window.composeDueUpdate();
        QCOMPARE(window.composer()->editor()->toPlainText(), u"Half written"_s);
        // Back to the workstreams: the timeline has its height again (give or take the tab
        // bar, which Qt counts on one side of resizeDocks and not the other).
        window.findChild<QDockWidget *>(u"workstreamsDock"_s)->raise();
        QTRY_VERIFY2(
            std::abs(window.timeline()->view()->height() - timelineBefore) <= 30,
            qPrintable(
                u"%1, was %2"_s.arg(window.timeline()->view()->height()).arg(timelineBefore)));
    }
};

QTEST_MAIN(TestCommanderGlance)
#include "tst_commanderglance.moc"
