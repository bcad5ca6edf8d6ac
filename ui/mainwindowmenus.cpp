// MainWindow's menus, in their own file: every action the window offers, in one place.
#include "mainwindow.h"

#include "board/boardpane.h"
#include "common/identitybar.h"
#include "common/incidentheader.h"
#include "common/sharestatusdialog.h"
#include "common/shortcutsdialog.h"
#include "domain/timeparse.h"
#include "postmortem/reviewpane.h"
#include "session/identity.h"
#include "session/incidentsession.h"
#include "timeline/entrybar.h"
#include "timeline/timelinepane.h"
#include "updates/composerpane.h"
#include "updates/policydialog.h"
#include "version.h"

#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoStack>

#include "storage/teamaddress.h"

using namespace Qt::StringLiterals;

namespace bridge {

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Incident…"), this, &MainWindow::newIncident);
    newAction->setShortcut(QKeySequence::New);
    QAction *backUp = file->addAction(tr("&Back Up Now"), this, [this] {
        const auto copy = m_session->backUp();
        showMessage(copy ? tr("Backed up and checked: %1").arg(*copy) : copy.error().message);
    });
    QAction *restore
        = file->addAction(tr("&Restore from Backup…"), this, &MainWindow::restoreFromBackup);
    if (m_session->database().isTeam()) {
        // Shown, not hidden: a responder used to them learns where the backups are.
        file->setToolTipsVisible(true);
        for (QAction *a : {backUp, restore}) {
            a->setEnabled(false);
            a->setToolTip(teamBackupMessage());
        }
    }
    file->addSeparator();
    file->addAction(tr("S&hare Status on the Network…"), this, [this] {
        ShareStatusDialog dialog(m_session, m_statusServer, this);
        dialog.exec();
    });
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
    edit->addAction(m_timeline->goToTimelineAction());
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
    view->addSeparator();
    view->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);

    QMenu *incident = menuBar()->addMenu(tr("&Incident"));
    QAction *compose
        = incident->addAction(tr("&Compose an Update"), this, &MainWindow::composeDueUpdate);
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
    // The board's own actions, so every incident action is in one menu.
    incident->addAction(m_board->newAction());
    incident->addAction(m_board->handOffAction());
    incident->addAction(m_board->acknowledgeAction());
    incident->addSeparator();
    incident->addAction(tr("C&lose Incident…"), this,
                        [this] { m_header->changeStatus(Status::Closed); });
    incident->addAction(tr("&Export Postmortem…"), this, [this] {
        m_reviewDock->show();
        m_reviewDock->raise();
        m_review->exportReport();
    });

    incident->addSeparator();
    incident->addAction(tr("Update &Policy…"), this, [this] {
        PolicyDialog dialog(m_session, this);
        dialog.exec();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys
        = help->addAction(tr("&Keyboard Shortcuts"), this, [this] { showKeyboardReference(this); });
    keys->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence::HelpContents});
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

} // namespace bridge
