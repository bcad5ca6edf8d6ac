#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace bridge {

class IncidentSession;

// Puts a person on the bridge: when they were paged and their time zone, which the
// sleeping-hours figures need.
class JoinDialog : public QDialog
{
    Q_OBJECT
public:
    JoinDialog(IncidentSession *session, qint64 incidentId, QWidget *parent = nullptr);
    void accept() override;

private:
    IncidentSession *m_session;
    qint64 m_incidentId;
    QComboBox *m_person;
    QSpinBox *m_pagedAgo;
    QComboBox *m_zone;
    QLabel *m_error;
};

// Gives a person a role. A single-holder role someone else holds becomes a handoff.
class RoleDialog : public QDialog
{
    Q_OBJECT
public:
    RoleDialog(IncidentSession *session, qint64 incidentId, const QString &person,
               QWidget *parent = nullptr);
    void accept() override;

private:
    IncidentSession *m_session;
    qint64 m_incidentId;
    QComboBox *m_role;
    QComboBox *m_person;
    QLabel *m_error;
};

// The hours counted as sleeping time for everyone, in each person's own time zone.
// Stored in the database, so the figures are the same on every machine.
class SleepWindowDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SleepWindowDialog(IncidentSession *session, QWidget *parent = nullptr);
    void accept() override;

private:
    IncidentSession *m_session;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QLabel *m_error;
};

} // namespace bridge
