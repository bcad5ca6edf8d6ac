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
}

void ServerNotice::update(bool reachable)
{
    const QString place = m_session->database().displayName();
    const QLocale locale;
    if (!reachable) {
        m_awaySince = m_session->unreachableSince().toLocalTime();
        notify(tr("Team database %1 unreachable since %2. Nothing can be saved until it is "
                  "back: what you type stays in its field. Reconnecting on its own.")
                   .arg(place, locale.toString(m_awaySince.time(), QLocale::ShortFormat)),
               tr("Try Now"));
        return;
    }
    dismiss();
    emit backAgain(tr("The team database %1 is back (away since %2); what others wrote "
                      "meanwhile is shown.")
                       .arg(place, locale.toString(m_awaySince.time(), QLocale::ShortFormat)));
}

} // namespace bridge
