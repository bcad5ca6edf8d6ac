#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QTimer;

namespace bridge {

class IncidentSession;
class RosterModel;

// The people on the bridge and their load. A warning is an offer to hand off, never blame.
class RosterPane : public QWidget
{
    Q_OBJECT
public:
    explicit RosterPane(IncidentSession *session, QWidget *parent = nullptr);

    void setIncident(qint64 incidentId);
    RosterModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void message(const QString &text);

private:
    QString currentPerson() const;
    void updateActions();
    void showWhoIsConnected();

    IncidentSession *m_session;
    qint64 m_incidentId = 0;
    RosterModel *m_model;
    QTableView *m_view;
    QTimer *m_refresh;
    QLabel *m_connected = nullptr; // on a team database: who has it open now
    QAction *m_join;
    QAction *m_leave;
    QAction *m_role;
    QAction *m_handOff;
    QAction *m_sleepWindow;
};

} // namespace bridge
