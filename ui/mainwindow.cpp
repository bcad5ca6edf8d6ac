#include "mainwindow.h"

#include "common/identitybar.h"
#include "common/plainmessage.h"
#include "session/identity.h"

#include "board/boardpane.h"
#include "board/rosterpane.h"
#include "common/appsettings.h"
#include "common/incidentheader.h"
#include "common/newincidentdialog.h"
#include "common/restoredialog.h"
#include "domain/timeparse.h"
#include "incidentlistmodel.h"
#include "postmortem/reviewpane.h"
#include "session/incidentsession.h"
#include "timeline/entrybar.h"
#include "timeline/entrydetails.h"
#include "timeline/timelinepane.h"
#include "updates/composerpane.h"
#include "updates/policydialog.h"
#include "version.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bridge {

MainWindow::MainWindow(IncidentSession *session, const QString &settingsGroup, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settingsGroup(settingsGroup)
    , m_incidents(new IncidentListModel(session, this))
    , m_switcher(new QComboBox(this))
    , m_header(new IncidentHeader(session, this))
    , m_timeline(new TimelinePane(session, this))
    , m_details(new EntryDetails(session, this))
    , m_board(new BoardPane(session, this))
    , m_roster(new RosterPane(session, this))
    , m_composer(new ComposerPane(session, this))
    , m_review(new ReviewPane(session, this))
{
    setWindowTitle(tr("Incident Bridge"));
    m_switcher->setModel(m_incidents);
    m_switcher->setMinimumContentsLength(40);
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_switcher->setAccessibleName(tr("Incident"));
    connect(m_switcher, &QComboBox::activated, this, [this](int row) {
        const qint64 chosen = m_incidents->incidentIdAt(row);
        if (chosen != m_incidentId && !reviewMayBeLeft()) {
            m_switcher->setCurrentIndex(m_incidents->rowOfIncident(m_incidentId));
            return;
        }
        showIncident(chosen);
    });
    // Keep the switcher on the shown incident when the list reorders.
    connect(m_incidents, &QAbstractItemModel::rowsInserted, this,
            [this] { m_switcher->setCurrentIndex(m_incidents->rowOfIncident(m_incidentId)); });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    // Asked once, without blocking: until a name is saved, the account's full name is used.
    if (!hasSavedIdentity()) {
        auto *identity = new IdentityBar(session, central);
        connect(identity, &IdentityBar::saved, this, &MainWindow::showMessage);
        layout->addWidget(identity);
    }
    layout->addWidget(m_header);
    layout->addWidget(m_timeline, 1);
    setCentralWidget(central);

    // The scribe's timeline in the middle; the commander's board and roster below it.
    m_boardDock
        = addPane(tr("Workstreams"), u"workstreamsDock"_s, m_board, Qt::BottomDockWidgetArea);
    m_rosterDock
        = addPane(tr("Responders"), u"respondersDock"_s, m_roster, Qt::BottomDockWidgetArea);
    splitDockWidget(m_boardDock, m_rosterDock, Qt::Horizontal);
    m_detailsDock
        = addPane(tr("Entry details"), u"entryDetailsDock"_s, m_details, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_rosterDock, m_detailsDock);
    m_rosterDock->raise();
    m_composerDock = addPane(tr("Updates"), u"updatesDock"_s, m_composer, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_boardDock, m_composerDock);
    m_reviewDock = addPane(tr("Review"), u"reviewDock"_s, m_review, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_composerDock, m_reviewDock);
    m_boardDock->raise();
    connect(m_review, &ReviewPane::message, this, &MainWindow::showMessage);
    // Closing an incident opens its review.
    connect(session, &IncidentSession::incidentChanged, this, [this](const Incident &i) {
        if (i.id == m_incidentId && i.status == Status::Closed) {
            m_reviewDock->show();
            m_reviewDock->raise();
        }
    });
    connect(m_composer, &ComposerPane::message, this, &MainWindow::showMessage);
    connect(m_header, &IncidentHeader::updateReminder, this, &MainWindow::remind);
    resizeDocks({m_boardDock, m_rosterDock}, {760, 600}, Qt::Horizontal);
    resizeDocks({m_boardDock}, {300}, Qt::Vertical);
    connect(m_timeline, &TimelinePane::workstreamFromEntryRequested, this,
            [this](qint64 entryId, const QString &text) {
                WorkstreamDraft prefill;
                prefill.title = text.left(120);
                prefill.sourceEntryId = entryId;
                m_boardDock->show();
                m_board->newWorkstream(prefill);
            });
    connect(m_board, &BoardPane::message, this, &MainWindow::showMessage);
    connect(m_roster, &RosterPane::message, this, &MainWindow::showMessage);
    connect(m_timeline, &TimelinePane::currentEntryChanged, m_details, &EntryDetails::showEntry);
    connect(m_timeline, &TimelinePane::message, this, &MainWindow::showMessage);
    connect(m_header, &IncidentHeader::message, this, &MainWindow::showMessage);
    connect(session, &IncidentSession::operationFailed, this, &MainWindow::showMessage);
    connect(session, &IncidentSession::databaseReplaced, this, &MainWindow::showAfterReplace);

    buildMenus();
    restoreLayout();
    // Saved soon after any dock moves, not only on a clean close, so a crash keeps it too.
    m_layoutSaver = new QTimer(this);
    m_layoutSaver->setSingleShot(true);
    m_layoutSaver->setInterval(1500);
    connect(m_layoutSaver, &QTimer::timeout, this, &MainWindow::saveLayout);
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        connect(dock, &QDockWidget::dockLocationChanged, m_layoutSaver,
                qOverload<>(&QTimer::start));
        connect(dock, &QDockWidget::topLevelChanged, m_layoutSaver, qOverload<>(&QTimer::start));
        connect(dock, &QDockWidget::visibilityChanged, m_layoutSaver, qOverload<>(&QTimer::start));
    }
    connect(m_utcAction, &QAction::toggled, m_layoutSaver, qOverload<>(&QTimer::start));
    session->watchForExternalChanges();
}

QDockWidget *MainWindow::addPane(const QString &title, const QString &objectName, QWidget *pane,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(pane);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Incident…"), this, &MainWindow::newIncident);
    newAction->setShortcut(QKeySequence::New);
    file->addAction(tr("&Back Up Now"), this, [this] {
        const auto copy = m_session->backUp();
        showMessage(copy ? tr("Backed up and checked: %1").arg(*copy) : copy.error().message);
    });
    file->addAction(tr("&Restore from Backup…"), this, &MainWindow::restoreFromBackup);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_timeline->editAction());
    edit->addAction(m_timeline->pinAction());
    edit->addAction(m_timeline->retractAction());
    edit->addSeparator();
    edit->addAction(m_timeline->searchAction());
    QAction *focusEntry = edit->addAction(tr("&Log an Entry"), this,
                                          [this] { m_timeline->entryBar()->focusText(); });
    focusEntry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        editIdentity(m_session, this);
        if (auto *bar = findChild<IdentityBar *>(u"identityBar"_s); bar && hasSavedIdentity())
            bar->hide();
    });
    preferences->setShortcut(QKeySequence::Preferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_utcAction = view->addAction(tr("Show Times in &UTC"));
    m_utcAction->setCheckable(true);
    m_utcAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_utcAction, &QAction::toggled, m_timeline, &TimelinePane::setShowUtc);
    view->addAction(m_boardDock->toggleViewAction());
    view->addAction(m_composerDock->toggleViewAction());
    view->addAction(m_reviewDock->toggleViewAction());
    view->addAction(m_rosterDock->toggleViewAction());
    view->addAction(m_detailsDock->toggleViewAction());

    QMenu *incident = menuBar()->addMenu(tr("&Incident"));
    QAction *compose = incident->addAction(tr("&Compose an Update"), this, [this] {
        m_composerDock->show();
        m_composerDock->raise();
        m_composer->draftFromLiveState();
    });
    compose->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    incident->addAction(tr("Alert &Detected At…"), this, [this] {
        bool ok = false;
        const QString text
            = QInputDialog::getText(this, tr("When did the alert fire?"),
                                    tr("Time the alert fired (14:02, -20m, or 2026-11-23T23:58):"),
                                    QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        const auto at = parseBackfillTime(text, m_session->now());
        if (!at) {
            showMessage(at.error().message);
            return;
        }
        if (auto done
            = m_session->setMilestone(m_incidentId, IncidentSession::Milestone::Detected, *at);
            !done)
            showMessage(done.error().message);
    });
    incident->addAction(tr("&Acknowledged Now"), this, [this] {
        if (auto done
            = m_session->setMilestone(m_incidentId, IncidentSession::Milestone::Acknowledged);
            !done)
            showMessage(done.error().message);
    });

    incident->addSeparator();
    incident->addAction(tr("Update &Policy…"), this, [this] {
        PolicyDialog dialog(m_session, this);
        dialog.exec();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Incident Bridge"), this, [this] {
        QMessageBox::about(this, tr("About Incident Bridge"),
                           tr("Incident Bridge %1\n\nThe live record of an incident bridge call: "
                              "timeline, ownership, updates and a blameless postmortem. "
                              "Everything stays on this machine.")
                               .arg(QString::fromLatin1(build::version)));
    });

    QToolBar *bar = addToolBar(tr("Incident"));
    bar->setObjectName(u"incidentToolBar"_s);
    bar->setMovable(false);
    auto *label = new QLabel(tr("Incident:"), bar);
    bar->addWidget(label);
    bar->addWidget(m_switcher);
    bar->addAction(newAction);
}

void MainWindow::showIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    if (incidentId > 0)
        AppSettings(m_settingsGroup).setLastIncident(incidentId);
    m_switcher->setCurrentIndex(m_incidents->rowOfIncident(incidentId));
    m_header->setIncident(incidentId);
    m_timeline->setIncident(incidentId);
    m_board->setIncident(incidentId);
    m_roster->setIncident(incidentId);
    m_composer->setIncident(incidentId);
    m_review->setIncident(incidentId);
    if (const auto incident = m_session->incident(incidentId))
        setWindowTitle(tr("#%1 %2 — Incident Bridge").arg(incidentId).arg(incident->title));
    else
        setWindowTitle(tr("Incident Bridge"));
    m_timeline->entryBar()->focusText();
}

void MainWindow::newIncident()
{
    if (!reviewMayBeLeft())
        return;
    NewIncidentDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        showIncident(dialog.createdId());
}

bool MainWindow::reviewMayBeLeft()
{
    if (!m_review->hasUnsavedChanges())
        return true;
    m_reviewDock->show();
    m_reviewDock->raise();
    QMessageBox question(
        QMessageBox::Warning, tr("Save the review?"),
        tr("The review of incident #%1 has changes that are not saved yet.").arg(m_incidentId),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    question.setInformativeText(
        tr("Save keeps it. Discard throws away what was typed since it was last saved."));
    question.setDefaultButton(QMessageBox::Save);
    switch (question.exec()) {
    case QMessageBox::Save:
        return m_review->save(); // a failed save says why and keeps the text
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MainWindow::restoreFromBackup()
{
    // Saved first, so the copy taken before the restore holds it.
    if (!reviewMayBeLeft())
        return;
    const QString path = m_session->database().path();
    RestoreDialog dialog(defaultBackupFolder(path),
                         tr("Everything in %1 is replaced by the backup you choose. A copy of the "
                            "database as it is now is taken first, so you can come back to it: "
                            "it is listed here as \"Taken just before a restore\".")
                             .arg(path),
                         this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString message;
    if (!restoreBackupFile(dialog.chosenPath(), &message))
        showPlainMessage(this, QMessageBox::Warning, tr("The backup was not restored"), message);
}

bool MainWindow::restoreBackupFile(const QString &path, QString *message)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto safety = m_session->restoreBackup(path);
    QApplication::restoreOverrideCursor();
    if (safety)
        *message
            = tr("Restored %1. The database as it was before is kept in %2.").arg(path, *safety);
    else if (safety.error().code == Error::Code::Damaged)
        // An open window cannot move its own file aside; the command line can.
        *message = tr("The database is damaged, so it cannot be copied before the restore. Quit "
                      "Incident Bridge and run: incident-bridge restore \"%1\" — it keeps the "
                      "damaged file aside and puts the backup in its place.")
                       .arg(path);
    else
        *message = safety.error().message;
    showMessage(*message);
    return safety.ok();
}

void MainWindow::showAfterReplace()
{
    // Stay on the incident if the restored copy has it; otherwise the first one listed. A
    // review typed and not saved stays in the form (another window may have restored).
    if (m_session->incident(m_incidentId)) {
        const bool edited = m_review->hasUnsavedChanges();
        const Review typed = m_review->review();
        showIncident(m_incidentId);
        if (edited)
            m_review->putBackTyped(typed);
    } else
        showIncident(m_incidents->rowCount() > 0 ? m_incidents->incidentIdAt(0) : 0);
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::remind(const QString &text)
{
    // A reminder, not an interruption: the tray where there is one, the status bar always.
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->show();
        }
        // Desktop notification servers may read the body as markup; an incident title is
        // shown as typed, so its angle brackets become look-alikes there.
        QString shown = text;
        shown.replace(u'<', QChar(0x2039)).replace(u'>', QChar(0x203A));
        m_tray->showMessage(tr("Incident Bridge"), shown, QSystemTrayIcon::Information, 10000);
    }
    showMessage(text);
}

void MainWindow::restoreLayout()
{
    const AppSettings settings(m_settingsGroup);
    if (!restoreGeometry(settings.geometry())) {
        // First start: most of the screen, never more than it.
        const QSize available = screen()->availableGeometry().size();
        resize(std::min(1400, available.width() * 19 / 20),
               std::min(860, available.height() * 19 / 20));
    }
    restoreState(settings.windowState());
    m_utcAction->setChecked(settings.showUtc());
}

bool MainWindow::layoutChangePending() const
{
    return m_layoutSaver->isActive();
}

void MainWindow::flushLayout()
{
    m_layoutSaver->stop();
    saveLayout();
}

void MainWindow::saveLayout()
{
    AppSettings settings(m_settingsGroup);
    settings.setGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setShowUtc(m_utcAction->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!reviewMayBeLeft()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace bridge
