#include "servernotice.h"

#include "session/incidentsession.h"

#include <QLocale>

namespace bridge {

ServerNotice::ServerNotice(IncidentSession *session, QWidget *parent)
    : NoticeBar(tr("Team database"), parent)
    , m_session(session)
{
    connect(session, &IncidentSession::reachabilityChanged, this, &ServerNotice::update);
    connect(this, &NoticeBar::actionTriggered, session, &IncidentSession::reconnectNow);
    connect(session, &IncidentSession::outboxChanged, this, [this](int waiting) {
        m_waiting = waiting;
        if (!m_session->reachable())
            update(false);
    });
}

void ServerNotice::update(bool reachable)
{
    const QString place = m_session->database().displayName();
    const QLocale locale;
    if (!reachable) {
        m_awaySince = m_session->unreachableSince().toLocalTime();
        const QString since = locale.toString(m_awaySince.time(), QLocale::ShortFormat);
        // Timeline lines wait on this machine; what needs the server's state is refused.
        notify(m_waiting > 0
                   ? tr("Team database %1 unreachable since %2 — %n line(s) waiting to be sent. "
                        "Reconnecting on its own.",
                        nullptr, m_waiting)
                         .arg(place, since)
                   : tr("Team database %1 unreachable since %2. Timeline lines are kept on this "
                        "machine and sent when it is back; other changes are refused, keeping "
                        "what you typed. Reconnecting on its own.")
                         .arg(place, since),
               tr("Try Now"));
        return;
    }
    dismiss();
    emit backAgain(tr("The team database %1 is back (away since %2); what others wrote "
                      "meanwhile is shown.")
                       .arg(place, locale.toString(m_awaySince.time(), QLocale::ShortFormat)));
}

} // namespace bridge
