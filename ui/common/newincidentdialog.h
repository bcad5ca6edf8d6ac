#pragma once

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace bridge {

class IncidentSession;

// Starts an incident: a title, a severity and when it started (now unless backfilled).
class NewIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewIncidentDialog(IncidentSession *session, QWidget *parent = nullptr);

    qint64 createdId() const { return m_createdId; }
    void accept() override;

private:
    IncidentSession *m_session;
    QLineEdit *m_title;
    QComboBox *m_severity;
    QDateTimeEdit *m_started;
    QLabel *m_error;
    qint64 m_createdId = 0;
};

} // namespace bridge
