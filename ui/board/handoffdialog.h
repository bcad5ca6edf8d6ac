#pragma once

#include "session/incidentsession.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace bridge {

// Hands a role or a workstream to someone else with what they need to carry on. Quick to
// fill: one line per question, all optional but the receiver.
class HandoffDialog : public QDialog
{
    Q_OBJECT
public:
    HandoffDialog(IncidentSession *session, qint64 incidentId, QWidget *parent = nullptr);

    // Preselects what is handed over: a role, or a workstream by id.
    void selectRole(Role role);
    void selectWorkstream(qint64 workstreamId);
    // Preselects the first role or workstream this person holds.
    void selectHeldBy(const QString &person);
    qint64 handoffId() const { return m_handoffId; }
    void accept() override;

private:
    void updateFrom();
    IncidentSession::HandoffSubject subject() const;

    IncidentSession *m_session;
    qint64 m_incidentId;
    QComboBox *m_subject;
    QLabel *m_from;
    QComboBox *m_to;
    QLineEdit *m_done;
    QLineEdit *m_inFlight;
    QLineEdit *m_next;
    QLineEdit *m_assumptions;
    QLineEdit *m_risks;
    QLineEdit *m_note;
    QLabel *m_error;
    qint64 m_handoffId = 0;
};

} // namespace bridge
