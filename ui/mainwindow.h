#pragma once

#include "domain/incident.h"

#include <QMainWindow>

#include <memory>

class QComboBox;
class QDockWidget;
class QLabel;
class QSystemTrayIcon;
class QTimer;

namespace bridge {

namespace serve {
class StatusServer;
}
class BoardPane;
class ComposerPane;
class ReviewPane;
class EntryDetails;
class IncidentHeader;
class IncidentListModel;
class IncidentSession;
class NoticeBar;
class RosterPane;
class TimelinePane;

// The shell: menus, the incident switcher and the panes. Each pane owns its own behaviour.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // settingsGroup keeps the demo's layout apart from the real one.
    MainWindow(IncidentSession *session, const QString &settingsGroup, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showIncident(qint64 incidentId);
    // Replaces the database with a backup (after copying it as it is now) and shows the
    // restored incidents. On failure nothing was changed; the result says why.
    bool restoreBackupFile(const QString &path, QString *message);
    qint64 currentIncidentId() const { return m_incidentId; }
    // The layout is written shortly after it changes (so a drag writes once, and a crash
    // loses at most that moment). Whether a write is waiting; writing it now.
    bool layoutChangePending() const;
    void flushLayout();
    TimelinePane *timeline() const { return m_timeline; }
    BoardPane *board() const { return m_board; }
    RosterPane *roster() const { return m_roster; }
    ComposerPane *composer() const { return m_composer; }
    // Opens the composer on the audience due first, drafting unless a draft is begun.
    void composeDueUpdate();
    ReviewPane *review() const { return m_review; }
    IncidentHeader *header() const { return m_header; }
    // The strips that stay until dealt with: an update reminder, an incident opened elsewhere.
    NoticeBar *reminderBar() const { return m_reminderBar; }
    NoticeBar *newIncidentBar() const { return m_newIncidentBar; }
    // View → Reset Layout: the docks where a first start puts them, sized for this screen.
    void resetLayout();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    QDockWidget *addPane(const QString &title, const QString &objectName, QWidget *pane,
                         Qt::DockWidgetArea area);
    void newIncident();
    void restoreFromBackup();
    // Asks to save a review with unsaved changes before they would be lost; false: stay.
    bool reviewMayBeLeft();
    void showAfterReplace();
    void showMessage(const QString &text);
    void remind(const QString &text);
    void fitWritingPane();
    void restoreLayout();
    void saveLayout();
    void sizeDocksForScreen();
    void announceIncident(const Incident &incident);
    void clearReminderIfDealtWith();

    IncidentSession *m_session;
    QString m_settingsGroup;
    qint64 m_incidentId = 0;
    IncidentListModel *m_incidents;
    QComboBox *m_switcher;
    IncidentHeader *m_header;
    TimelinePane *m_timeline;
    EntryDetails *m_details;
    BoardPane *m_board;
    RosterPane *m_roster;
    ComposerPane *m_composer;
    ReviewPane *m_review;
    QDockWidget *m_reviewDock;
    int m_dockHeightBeforeWriting = 0; // while the composer or review is in front, enlarged
    QDockWidget *m_composerDock;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_layoutSaver = nullptr;
    QDockWidget *m_detailsDock;
    QDockWidget *m_boardDock;
    QDockWidget *m_rosterDock;
    QAction *m_utcAction = nullptr;
    NoticeBar *m_reminderBar;
    NoticeBar *m_newIncidentBar;
    // Leaders' pages served from this window (File → Share Status on the Network…).
    std::unique_ptr<serve::StatusServer> m_statusServer;
    qint64 m_announcedId = 0;
    bool m_creatingHere = false; // an incident this window creates is shown, not announced
    QByteArray m_defaultState;
};

} // namespace bridge
