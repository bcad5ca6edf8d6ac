#pragma once

#include <QFrame>

class QLabel;
class QListWidget;

namespace bridge {

class IncidentSession;

// Under the timeline while a team server is away: the lines typed here that wait in this
// machine's outbox for the shown incident, each with its time and who, so the scribe and the
// commander see what is kept and that it is not yet in the shared record. A line the server
// refused when sent stays, with why. Hidden when nothing waits.
class WaitingLines : public QFrame
{
    Q_OBJECT
public:
    explicit WaitingLines(IncidentSession *session, QWidget *parent = nullptr);

    void setIncident(qint64 incidentId);
    int count() const;
    QString headline() const;

private:
    void refresh();

    IncidentSession *m_session;
    qint64 m_incidentId = 0;
    QLabel *m_headline;
    QListWidget *m_list;
};

} // namespace bridge
