#pragma once

#include <QMainWindow>

class QComboBox;
class QDockWidget;
class QLabel;
class QSystemTrayIcon;
class QTimer;

namespace bridge {

class BoardPane;
class ComposerPane;
class ReviewPane;
class EntryDetails;
class IncidentHeader;
class IncidentListModel;
class IncidentSession;
class RosterPane;
class TimelinePane;

// The shell: menus, the incident switcher and the panes. Each pane owns its own behaviour.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // settingsGroup keeps the demo's layout apart from the real one.
    MainWindow(IncidentSession *session, const QString &settingsGroup, QWidget *parent = nullptr);

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
    ReviewPane *review() const { return m_review; }
    IncidentHeader *header() const { return m_header; }

protected:
    void closeEvent(QCloseEvent *event) override;

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
    void restoreLayout();
    void saveLayout();

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
    QDockWidget *m_composerDock;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_layoutSaver = nullptr;
    QDockWidget *m_detailsDock;
    QDockWidget *m_boardDock;
    QDockWidget *m_rosterDock;
    QAction *m_utcAction = nullptr;
};

} // namespace bridge
