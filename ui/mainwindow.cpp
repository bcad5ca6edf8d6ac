#include "mainwindow.h"

#include "common/identitybar.h"
#include "common/plainmessage.h"
#include "serve/statusserver.h"
#include "session/identity.h"

#include "board/boardpane.h"
#include "board/rosterpane.h"
#include "common/appsettings.h"
#include "common/incidentheader.h"
#include "common/newincidentdialog.h"
#include "common/noticebar.h"
#include "common/restoredialog.h"
#include "common/servernotice.h"
#include "domain/localzone.h"
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
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollArea>
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
    , m_reminderBar(new NoticeBar(tr("Update reminder"), this, NoticeBar::Lines::One))
    , m_newIncidentBar(new NoticeBar(tr("New incident"), this))
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
    if (session->database().isTeam()) {
        auto *server = new ServerNotice(session, central);
        connect(server, &ServerNotice::backAgain, this, &MainWindow::showMessage);
        layout->addWidget(server);
    }
    layout->addWidget(m_newIncidentBar);
    layout->addWidget(m_header);
    layout->addWidget(m_timeline, 1);
    connect(m_newIncidentBar, &NoticeBar::actionTriggered, this, [this] {
        if (m_announcedId > 0 && reviewMayBeLeft())
            showIncident(m_announcedId);
    });
    connect(session, &IncidentSession::incidentAdded, this, &MainWindow::announceIncident);
    // A reminder stays in the status bar until the update is sent (or dismissed).
    statusBar()->addPermanentWidget(m_reminderBar, 1);
    connect(m_reminderBar, &NoticeBar::actionTriggered, this, &MainWindow::composeDueUpdate);
    connect(session, &IncidentSession::updatesChanged, this, &MainWindow::clearReminderIfDealtWith);
    connect(session, &IncidentSession::incidentChanged, this,
            &MainWindow::clearReminderIfDealtWith);
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
    // A pane for writing (an update, the review) takes most of the height while it is in
    // front; put back behind its tab, the docks return to the height they had. Settled once
    // the tab switch is over, as one tab hides before the other shows.
    for (QDockWidget *dock : {m_composerDock, m_reviewDock}) {
        connect(dock, &QDockWidget::visibilityChanged, this,
                [this] { QTimer::singleShot(0, this, &MainWindow::fitWritingPane); });
    }
    connect(m_composer, &ComposerPane::message, this, &MainWindow::showMessage);
    connect(m_header, &IncidentHeader::updateReminder, this, &MainWindow::remind);
    sizeDocksForScreen();
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
    m_defaultState = saveState();
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
        dock->installEventFilter(this); // a dragged splitter resizes the dock: remember it
    }
    connect(m_utcAction, &QAction::toggled, m_layoutSaver, qOverload<>(&QTimer::start));
    session->watchForExternalChanges();
}

QDockWidget *MainWindow::addPane(const QString &title, const QString &objectName, QWidget *pane,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    // Forms scroll when squeezed instead of making the dock tall: on a laptop screen the
    // dock's height belongs to the timeline (tables scroll on their own already).
    auto *scroll = new QScrollArea(dock);
    scroll->setWidget(pane);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(90);
    dock->setWidget(scroll);
    addDockWidget(area, dock);
    return dock;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && qobject_cast<QDockWidget *>(watched) && isVisible())
        m_layoutSaver->start();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::sizeDocksForScreen()
{
    // The timeline keeps most of the height: on a 1366x768 laptop the docks below take about
    // a fifth of it, so a dozen timeline rows and the newest entry stay in view.
    const QSize room
        = testAttribute(Qt::WA_Resized) ? size() : screen()->availableGeometry().size();
    resizeDocks({m_boardDock}, {std::clamp(room.height() / 5, 150, 320)}, Qt::Vertical);
    resizeDocks({m_boardDock, m_rosterDock}, {room.width() * 11 / 20, room.width() * 9 / 20},
                Qt::Horizontal);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState);
    for (QDockWidget *dock :
         {m_boardDock, m_rosterDock, m_detailsDock, m_composerDock, m_reviewDock})
        dock->show();
    m_rosterDock->raise();
    m_boardDock->raise();
    sizeDocksForScreen();
    showMessage(tr("Layout reset: the timeline in the middle, the board and responders below."));
}

void MainWindow::announceIncident(const Incident &incident)
{
    if (m_creatingHere || incident.id == m_incidentId)
        return;
    // Opened by another process (an alert, the command line, a colleague's window).
    m_announcedId = incident.id;
    m_newIncidentBar->notify(
        tr("New incident #%1 %2 “%3” was opened at %4.")
            .arg(incident.id)
            .arg(severityKey(incident.severity), incident.title,
                 QLocale().toString(incident.startedAt.toTimeZone(localZone()), u"HH:mm"_s)),
        tr("&Switch to It"));
}

void MainWindow::clearReminderIfDealtWith()
{
    if (m_reminderBar->text().isEmpty())
        return;
    const auto sla = m_session->sla(m_incidentId);
    const auto incident = m_session->incident(m_incidentId);
    const QDateTime now = m_session->now();
    if (!sla || !incident || !incident->isOpen() || !sla->nextUpdateDue.isValid()
        || now.secsTo(sla->nextUpdateDue) > 5 * 60)
        m_reminderBar->dismiss();
}

void MainWindow::showIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    m_reminderBar->dismiss(); // the new incident's header reminds afresh
    if (incidentId == m_announcedId)
        m_newIncidentBar->dismiss();
    if (incidentId > 0)
        AppSettings(m_settingsGroup).setLastIncident(incidentId);
    m_switcher->setCurrentIndex(m_incidents->rowOfIncident(incidentId));
    m_header->setIncident(incidentId);
    m_timeline->setIncident(incidentId);
    m_board->setIncident(incidentId);
    m_roster->setIncident(incidentId);
    m_composer->setIncident(incidentId);
    m_review->setIncident(incidentId);
    // On a team database the title names it: which record this window writes matters.
    const QString where = m_session->database().isTeam()
                              ? u" — "_s + m_session->database().displayName()
                              : QString();
    if (const auto incident = m_session->incident(incidentId))
        setWindowTitle(
            tr("#%1 %2%3 — Incident Bridge").arg(incidentId).arg(incident->title, where));
    else
        setWindowTitle(tr("Incident Bridge%1").arg(where));
    m_timeline->entryBar()->focusText();
}

void MainWindow::newIncident()
{
    if (!reviewMayBeLeft())
        return;
    NewIncidentDialog dialog(m_session, this);
    m_creatingHere = true;
    const int answer = dialog.exec();
    m_creatingHere = false;
    if (answer == QDialog::Accepted)
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
    m_reminderBar->notify(text, tr("&Compose Now"));
}

MainWindow::~MainWindow()
{
    // ~QWidget hides the docks after this class is gone: their visibility must no longer
    // reach it.
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        disconnect(dock, nullptr, this, nullptr);
}

void MainWindow::composeDueUpdate()
{
    m_composerDock->show();
    m_composerDock->raise();
    // The audience whose update is due first, as the header and the reminder name it.
    if (const auto sla = m_session->sla(m_incidentId); sla && sla->nextUpdateDue.isValid())
        m_composer->setAudience(sla->nextUpdateAudience);
    // A draft already begun is kept: the writer goes back to it.
    if (m_composer->editor()->toPlainText().trimmed().isEmpty())
        m_composer->draftFromLiveState();
    else
        m_composer->editor()->setFocus();
}

void MainWindow::fitWritingPane()
{
    QDockWidget *writing = nullptr;
    for (QDockWidget *dock : {m_composerDock, m_reviewDock}) {
        if (dock->isVisible() && !dock->isFloating() && !dock->visibleRegion().isEmpty())
            writing = dock;
    }
    if (writing && writing->height() < height() * 2 / 5) {
        if (m_dockHeightBeforeWriting == 0)
            m_dockHeightBeforeWriting = writing->height();
        resizeDocks({writing}, {height() * 3 / 5}, Qt::Vertical);
    } else if (!writing && m_dockHeightBeforeWriting > 0 && !isMinimized()) {
        resizeDocks({m_boardDock}, {m_dockHeightBeforeWriting}, Qt::Vertical);
        m_dockHeightBeforeWriting = 0;
    }
}

void MainWindow::restoreLayout()
{
    const AppSettings settings(m_settingsGroup);
    if (!restoreGeometry(settings.geometry())) {
        // First start. A laptop screen is given whole (maximized, and sized to it where no
        // window manager maximizes); on a large one the window takes a comfortable part.
        const QRect available = screen()->availableGeometry();
        if (available.width() <= 1600 || available.height() <= 1000) {
            setGeometry(available);
            setWindowState(windowState() | Qt::WindowMaximized);
        } else {
            resize(std::min(1600, available.width() * 9 / 10),
                   std::min(1000, available.height() * 9 / 10));
        }
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
