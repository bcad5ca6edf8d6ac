#include "common/appsettings.h"
#include "common/incidentheader.h"
#include "common/restoredialog.h"
#include "incidentlistmodel.h"
#include "mainwindow.h"
#include "postmortem/reviewpane.h"
#include "testsupport.h"
#include "timeline/entrybar.h"
#include "timeline/timelinepane.h"
#include "timelinemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>

using namespace bridge;
using namespace Qt::StringLiterals;

// Clicks a button of the next message box as soon as it is shown.
static void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            poll->stop(); // deleteLater waits for the outer event loop; the box has its own
            poll->deleteLater();
            box->button(button)->click();
        }
    });
    poll->start(10);
}

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void unsavedReviewIsNotLostBySwitchingOrQuitting()
    {
        TestBridge t;
        const qint64 first = t.newIncident(u"Checkout 503s"_s);
        const qint64 second = t.newIncident(u"Search latency"_s);
        MainWindow window(t.session.get(), u"review"_s);
        window.showIncident(first);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QComboBox *switcher = nullptr;
        for (QComboBox *box : window.findChildren<QComboBox *>())
            if (box->accessibleName() == u"Incident"_s)
                switcher = box;
        QPlainTextEdit *summary = nullptr;
        for (QPlainTextEdit *edit : window.review()->findChildren<QPlainTextEdit *>())
            if (edit->accessibleName() == u"Summary"_s)
                summary = edit;
        QVERIFY(switcher && summary);
        QVERIFY(!window.review()->hasUnsavedChanges());
        summary->setPlainText(u"Retries amplified a partial outage"_s);
        QVERIFY(window.review()->hasUnsavedChanges());

        // Cancel: stay on the incident, the text still there.
        answerNextMessageBox(QMessageBox::Cancel);
        emit switcher->activated(window.findChild<IncidentListModel *>()->rowOfIncident(second));
        QCOMPARE(window.currentIncidentId(), first);
        QCOMPARE(summary->toPlainText(), u"Retries amplified a partial outage"_s);
        // Save: it is saved, then the switch happens.
        answerNextMessageBox(QMessageBox::Save);
        emit switcher->activated(window.findChild<IncidentListModel *>()->rowOfIncident(second));
        QCOMPARE(window.currentIncidentId(), second);
        QCOMPARE(t.session->review(first)->summary, u"Retries amplified a partial outage"_s);
        // Quitting asks too; Cancel keeps the window open.
        summary->setPlainText(u"Unsaved thought"_s);
        QVERIFY(window.review()->hasUnsavedChanges());
        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!window.close());
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    void restoreByAnotherWindowKeepsTheTypedReview()
    {

        SKIP_ON_TEAM_SERVER("a server's backups are its administrator's");
        TestBridge t;
        const qint64 id = t.newIncident(u"Checkout 503s"_s);
        const auto copy = t.session->backUp();
        QVERIFY(copy);
        t.clock.advance(60);
        t.log(id, u"Later entry"_s);
        MainWindow window(t.session.get(), u"review"_s);
        window.showIncident(id);
        QPlainTextEdit *summary = nullptr;
        for (QPlainTextEdit *edit : window.review()->findChildren<QPlainTextEdit *>())
            if (edit->accessibleName() == u"Summary"_s)
                summary = edit;
        QVERIFY(summary);
        summary->setPlainText(u"Typed while someone else restored"_s);

        auto other = IncidentSession::open(t.path(), Database::Location::Given);
        QVERIFY(other);
        QVERIFY(other.value()->restoreBackup(*copy));
        t.session->pollExternalChanges();
        QCOMPARE(window.timeline()->model()->rowCount(), 1); // the restored timeline
        QCOMPARE(summary->toPlainText(), u"Typed while someone else restored"_s);
        QVERIFY(window.review()->hasUnsavedChanges());
    }

    void showsIncidentAndLogsFromTheKeyboard()
    {
        TestBridge t;
        const qint64 id = t.newIncident(u"Checkout 503s"_s);
        MainWindow window(t.session.get(), u"test"_s);
        window.showIncident(id);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(u"Checkout 503s"_s));
        EntryBar *bar = window.timeline()->entryBar();
        QTRY_VERIFY(bar->textEdit()->hasFocus());
        QTest::keyClicks(bar->textEdit(), u"Rolled back"_s);
        QTest::keyClick(bar->textEdit(), Qt::Key_Return);
        QCOMPARE(window.timeline()->model()->rowCount(), 2);
    }

    void showsWhatAnotherProcessWroteWithinASecond()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        MainWindow window(t.session.get(), u"test"_s);
        window.showIncident(id);
        auto other = IncidentSession::open(t.path(), Database::Location::Given, nullptr, u"bot"_s);
        QVERIFY(other);
        QVERIFY(other.value()->log(
            id, {EntryKind::Observation, u"deploy-bot"_s, {}, u"Deploy 4411 started"_s, false}));
        QTRY_COMPARE_WITH_TIMEOUT(window.timeline()->model()->rowCount(), 2, 1000);
    }

    void restoringABackupShowsWhatTheBackupHeld()
    {

        SKIP_ON_TEAM_SERVER("a server's backups are its administrator's");
        TestBridge t;
        const qint64 kept = t.newIncident(u"Checkout 503s"_s);
        t.log(kept, u"Rolled back"_s);
        const auto copy = t.session->backUp();
        QVERIFY(copy);
        t.clock.advance(60);
        const qint64 gone = t.newIncident(u"Search latency"_s);
        for (int i = 0; i < 5; ++i)
            t.log(gone, u"Step %1"_s.arg(i));
        MainWindow window(t.session.get(), u"test"_s);
        window.showIncident(gone);
        QComboBox *switcher = nullptr;
        for (QComboBox *box : window.findChildren<QComboBox *>())
            if (box->accessibleName() == u"Incident"_s)
                switcher = box;
        QVERIFY(switcher);
        QCOMPARE(switcher->count(), 2);

        QString message;
        QVERIFY2(window.restoreBackupFile(*copy, &message), qPrintable(message));
        QVERIFY(message.contains(u"before-restore"_s));
        // The incident shown is gone from the copy: the window moves to one it has.
        QCOMPARE(window.currentIncidentId(), kept);
        QCOMPARE(switcher->count(), 1);
        QCOMPARE(window.timeline()->model()->rowCount(), 2);
        QVERIFY(window.windowTitle().contains(u"Checkout 503s"_s));
        // A failed restore says why and leaves the window as it was.
        QVERIFY(!window.restoreBackupFile(t.dir.filePath(u"missing.sqlite"_s), &message));
        QVERIFY(message.contains(u"cannot be read"_s));
        QCOMPARE(window.timeline()->model()->rowCount(), 2);
    }

    void restoreDialogListsBackupsAndWillNotOfferADamagedOne()
    {

        SKIP_ON_TEAM_SERVER("a server's backups are its administrator's");
        TestBridge t;
        t.newIncident();
        const QString folder = defaultBackupFolder(t.path());
        RestoreDialog empty(folder, u"Choose a copy."_s);
        auto *list = empty.findChild<QTreeWidget *>();
        QVERIFY(list->isHidden());
        QPushButton *restore = nullptr;
        for (QPushButton *b : empty.findChildren<QPushButton *>())
            if (b->text().contains(u"Restore"_s))
                restore = b;
        QVERIFY(restore && !restore->isEnabled());

        QVERIFY(t.session->backUp());
        QFile junk(folder + u"/incidents-20250101-000000-000.sqlite"_s);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database");
        junk.close();
        RestoreDialog dialog(folder, u"Choose a copy."_s);
        list = dialog.findChild<QTreeWidget *>();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(2), u"1"_s); // incidents
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text().contains(u"Restore"_s))
                restore = b;
        QVERIFY(restore->isEnabled());
        list->setCurrentItem(list->topLevelItem(1));
        QVERIFY(!restore->isEnabled());
        QVERIFY(list->topLevelItem(1)->text(1).contains(u"Cannot be restored"_s));
        auto *why = dialog.findChild<QLabel *>(u"problem"_s);
        QVERIFY(why->isVisibleTo(&dialog));
        QVERIFY(why->text().contains(u"cannot be read as a database"_s));
    }

    void headerChangesStatusThroughTheSession()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        MainWindow window(t.session.get(), u"test"_s);
        window.showIncident(id);
        auto *header = window.findChild<IncidentHeader *>();
        QVERIFY(header);
        QVERIFY(header->clockText().contains(u"elapsed"_s));
        QComboBox *status = nullptr;
        for (QComboBox *c : header->findChildren<QComboBox *>()) {
            if (c->accessibleName() == u"Status"_s)
                status = c;
        }
        QVERIFY(status);
        status->setCurrentIndex(static_cast<int>(Status::Mitigated));
        emit status->activated(status->currentIndex());
        QCOMPARE(t.session->incident(id)->status, Status::Mitigated);
        QCOMPARE(window.timeline()->model()->rowCount(), 2);
        QVERIFY(t.session->setStatus(id, Status::Resolved));
        QVERIFY(header->clockText().contains(u"Resolved after"_s));
    }

    void everyControlHasANameForScreenReaders()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        MainWindow window(t.session.get(), u"a11y"_s);
        window.showIncident(id);
        QSet<QWidget *> labelled;
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->buddy())
                labelled.insert(label->buddy());
        }
        QStringList unnamed;
        auto check = [&](QWidget *w) {
            // An editable combo box's line edit is announced through the combo box.
            if (qobject_cast<QComboBox *>(w->parentWidget())
                || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                return; // the field inside a combo or spin box is announced as part of it
            if (w->accessibleName().isEmpty() && !labelled.contains(w))
                unnamed << QString::fromLatin1(w->metaObject()->className()) + u' '
                               + w->objectName();
        };
        for (QWidget *w : window.findChildren<QLineEdit *>())
            check(w);
        for (QWidget *w : window.findChildren<QComboBox *>())
            check(w);
        for (QWidget *w : window.findChildren<QPlainTextEdit *>())
            check(w);
        for (QWidget *w : window.findChildren<QAbstractSpinBox *>())
            check(w);
        for (QAbstractItemView *w : window.findChildren<QAbstractItemView *>()) {
            // Header views are announced as part of their table.
            if (w->inherits("QHeaderView") || !w->parentWidget()
                || w->parentWidget()->inherits("QComboBoxPrivateContainer"))
                continue;
            check(w);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void layoutSurvivesACrash()
    {
        TestBridge t;
        const qint64 id = t.newIncident();
        {
            auto *window = new MainWindow(t.session.get(), u"crash"_s);
            window->showIncident(id);
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            window->findChild<QDockWidget *>(u"respondersDock"_s)->hide();
            // Written shortly after the change: the timer is running; this is its firing.
            QVERIFY(window->layoutChangePending());
            window->flushLayout();
            // No close event: the process "dies" with the window still open.
            window->setAttribute(Qt::WA_DeleteOnClose, false);
            delete window;
        }
        MainWindow again(t.session.get(), u"crash"_s);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.findChild<QDockWidget *>(u"respondersDock"_s)->isHidden());
    }

    void layoutAndPlaceSurviveARestart()
    {
        TestBridge t;
        const qint64 first = t.newIncident(u"First"_s);
        const qint64 second = t.newIncident(u"Second"_s);
        {
            MainWindow window(t.session.get(), u"restart"_s);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showIncident(first);
            window.showIncident(second);
            // Saved as soon as it is shown, not only on a clean close.
            QCOMPARE(AppSettings(u"restart"_s).lastIncident(), second);
            window.findChild<QDockWidget *>()->hide();
            QAction *utc = nullptr;
            for (QAction *a : window.findChildren<QAction *>()) {
                if (a->text().contains(u"UTC"_s))
                    utc = a;
            }
            QVERIFY(utc);
            utc->setChecked(true);
            window.close();
        }
        MainWindow again(t.session.get(), u"restart"_s);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.findChild<QDockWidget *>()->isHidden());
        QVERIFY(again.timeline()->model()->showUtc());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
