#pragma once

#include "domain/incident.h"
#include "domain/reminder.h"
#include "session/incidentsession.h"

#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace bridge {

class IncidentSession;

// What the commander needs at a glance: title, severity, status and the running clock.
// Changing severity or status here goes through the session, which writes it on the timeline.
class IncidentHeader : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentHeader(IncidentSession *session, QWidget *parent = nullptr);

    void setIncident(qint64 incidentId);
    QString clockText() const;
    QString rolesText() const;
    QString pendingText() const; // empty when every handoff is acknowledged
    QString slaText() const;
    // Moves the incident to status s as the status box does (asking about open work when
    // closing); the menu's Close Incident comes here too.
    void changeStatus(Status s);

    // Asked once when closing would leave workstreams or handoffs open: the message says
    // what is open; the answer is Close or Keep, or nothing to stay as it is. A seam, so tests
    // answer without a dialog.
    using OpenWorkQuestion
        = std::function<std::optional<IncidentSession::OpenWork>(QWidget *, const QString &)>;
    void setOpenWorkQuestion(OpenWorkQuestion question) { m_askOpenWork = std::move(question); }

signals:
    void message(const QString &text);
    // An update falls due soon, or is overdue: remind without stealing focus.
    void updateReminder(const QString &text);

public slots:
    // Brings the clocks, countdowns and reminders up to now; its timer calls it every second.
    void tick();

private:
    OpenWorkQuestion m_askOpenWork;
    void showIncident(const Incident &incident);
    void refreshBoard();
    void refreshSla();

    IncidentSession *m_session;
    qint64 m_incidentId = 0;
    Incident m_incident;
    QLabel *m_title;
    QComboBox *m_severity;
    QComboBox *m_status;
    QLabel *m_clock;
    QLabel *m_sla;
    QLabel *m_roles;
    QLabel *m_pending;
    QPushButton *m_acknowledge;
    qint64 m_pendingHandoffId = 0;
    UpdateReminder m_reminder;
    std::optional<SlaFigures> m_lastSla; // this incident's, as last read
    QTimer *m_timer;
};

} // namespace bridge
