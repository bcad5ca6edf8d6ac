#pragma once

#include "domain/board.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QTimer;

namespace bridge {

class IncidentSession;
class WorkstreamModel;

// The ownership board: who has each workstream, what is blocked, which check-in is overdue
// and which handoff has not been acknowledged. Reassigning is a handoff.
class BoardPane : public QWidget
{
    Q_OBJECT
public:
    explicit BoardPane(IncidentSession *session, QWidget *parent = nullptr);

    void setIncident(qint64 incidentId);
    WorkstreamModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    void newWorkstream(const WorkstreamDraft &prefill = {});
    // The board's operations; the window lists them in its Incident menu too.
    QAction *newAction() const { return m_new; }
    QAction *handOffAction() const { return m_handOff; }
    QAction *acknowledgeAction() const { return m_acknowledge; }
    void handOffCurrent();
    void acknowledgeCurrent();

signals:
    void message(const QString &text);

private:
    void editCurrent();
    void setCurrentState(WorkstreamState state);
    void updateActions();
    void updateSummary();
    qint64 currentId() const;

    IncidentSession *m_session;
    qint64 m_incidentId = 0;
    WorkstreamModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QTimer *m_clock;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_handOff;
    QAction *m_acknowledge;
};

} // namespace bridge
