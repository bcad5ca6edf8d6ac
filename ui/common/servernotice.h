#pragma once

#include "noticebar.h"

#include <QDateTime>

namespace bridge {

class IncidentSession;

// On a team database: says at once, and keeps saying, that the server is unreachable and
// since when, what that means for what is typed now, and offers to try again. When the
// session is connected again it goes, and the status bar says for how long it was away.
class ServerNotice : public NoticeBar
{
    Q_OBJECT
public:
    explicit ServerNotice(IncidentSession *session, QWidget *parent = nullptr);

signals:
    // "The team database is back …", for the status bar.
    void backAgain(const QString &message);

private:
    void update(bool reachable);

    IncidentSession *m_session;
    QDateTime m_awaySince;
    int m_waiting = 0; // lines in the outbox
};

} // namespace bridge
