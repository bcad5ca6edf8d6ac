#pragma once

#include "domain/board.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace bridge {

class IncidentSession;

// Creates a workstream, or edits one's title, state, next check-in, helpers and notes.
// Changing the owner is a handoff, so it is not edited here.
class WorkstreamDialog : public QDialog
{
    Q_OBJECT
public:
    // A new workstream, optionally started from a timeline entry.
    WorkstreamDialog(IncidentSession *session, qint64 incidentId, const WorkstreamDraft &prefill,
                     QWidget *parent = nullptr);
    // An existing one.
    WorkstreamDialog(IncidentSession *session, const Workstream &existing,
                     QWidget *parent = nullptr);

    qint64 workstreamId() const { return m_workstreamId; }
    void accept() override;

private:
    void build(const WorkstreamDraft &draft, bool creating);
    WorkstreamDraft draft() const;

    IncidentSession *m_session;
    qint64 m_incidentId = 0;
    qint64 m_workstreamId = 0;
    qint64 m_sourceEntryId = 0;
    QDateTime m_existingCheckIn; // kept unless the user reschedules
    bool m_checkInChanged = false;
    QLineEdit *m_title = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_state = nullptr;
    QSpinBox *m_checkIn = nullptr;
    QLineEdit *m_helpers = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace bridge
