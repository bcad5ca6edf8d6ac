#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace bridge {

class IncidentSession;

// The promise each severity makes: acknowledge within N minutes, update every M minutes.
// Stored in the database, so it travels with the incidents it applies to.
class PolicyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PolicyDialog(IncidentSession *session, QWidget *parent = nullptr);
    void accept() override;

private:
    IncidentSession *m_session;
    QList<QSpinBox *> m_ack;
    QList<QSpinBox *> m_every;
    QLabel *m_error;
};

} // namespace bridge
