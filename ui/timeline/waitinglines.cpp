#include "waitinglines.h"

#include "domain/vocabulary.h"
#include "session/incidentsession.h"
#include "storage/outbox.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
constexpr int ShownRows = 4; // then it scrolls: the timeline keeps the room
}

WaitingLines::WaitingLines(IncidentSession *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_headline(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"waitingLines"_s);
    setFrameShape(QFrame::StyledPanel);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    // Read, not worked in: Tab goes from the table to the entry bar as before.
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setAccessibleName(tr("Lines waiting to be sent"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setWordWrap(true);
    QFont italic = m_list->font();
    italic.setItalic(true);
    m_list->setFont(italic);
    const int rowHeight = m_list->fontMetrics().height() + 6;
    m_list->setMaximumHeight(rowHeight * ShownRows + 2 * m_list->frameWidth());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_headline);
    layout->addWidget(m_list);
    connect(session, &IncidentSession::outboxChanged, this, &WaitingLines::refresh);
    connect(session, &IncidentSession::reachabilityChanged, this, &WaitingLines::refresh);
    hide();
}

void WaitingLines::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    refresh();
}

int WaitingLines::count() const
{
    return m_list->count();
}

QString WaitingLines::headline() const
{
    return m_headline->text();
}

void WaitingLines::refresh()
{
    m_list->clear();
    const auto lines = m_session->waitingLines();
    int refused = 0;
    if (lines) {
        const QLocale locale;
        for (const QueuedLine &line : *lines) {
            if (line.incidentId != m_incidentId)
                continue;
            const QString who = line.actor.isEmpty() ? line.scribe : line.actor;
            QString text = u"%1  %2  %3: %4"_s.arg(
                locale.toString(line.occurredAt.toLocalTime().time(), QLocale::ShortFormat),
                kindDisplayName(line.kind), who, line.text.simplified());
            auto *item = new QListWidgetItem(m_list);
            if (!line.lastError.isEmpty()) {
                ++refused;
                text += u"\n"_s + tr("Refused by the server: %1").arg(line.lastError);
                item->setForeground(palette().color(QPalette::Active, QPalette::Link));
            } else {
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
            item->setText(text);
            item->setToolTip(
                tr("Kept on this machine since %1; sent, once, when the team "
                   "database is back.")
                    .arg(locale.toString(line.queuedAt.toLocalTime(), QLocale::ShortFormat)));
        }
    }
    const int waiting = m_list->count();
    m_headline->setText(
        refused > 0
            ? tr("%n line(s) kept on this machine, not yet in the shared record; %1 refused when "
                 "sent (incident-bridge outbox shows why).",
                 nullptr, waiting)
                  .arg(refused)
            : tr("%n line(s) kept on this machine, not yet in the shared record: sent when the "
                 "team database is back.",
                 nullptr, waiting));
    setVisible(waiting > 0);
    if (waiting > 0)
        m_list->scrollToBottom();
}

} // namespace bridge
