#include "entrydetails.h"

#include "session/incidentsession.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
QString both(const QDateTime &t)
{
    const QDateTime local = t.toLocalTime();
    return u"%1 %2 (%3 UTC)"_s.arg(QLocale().toString(local, u"ddd d MMM yyyy HH:mm:ss"_s),
                                   local.timeZoneAbbreviation(), t.toUTC().toString(u"HH:mm:ss"_s));
}
} // namespace

EntryDetails::EntryDetails(IncidentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_history(new QTreeWidget(this))
{
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Entry text"));
    m_history->setColumnCount(4);
    m_history->setHeaderLabels({tr("Changed"), tr("Change"), tr("By"), tr("Before the change")});
    m_history->setRootIsDecorated(false);
    m_history->setAccessibleName(tr("Entry history"));
    m_history->header()->setStretchLastSection(true);

    auto *historyLabel = new QLabel(tr("History"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_text, 2);
    layout->addWidget(historyLabel);
    layout->addWidget(m_history, 1);

    connect(session, &IncidentSession::entryChanged, this, [this](const Entry &e) {
        if (e.id == m_entryId)
            refresh();
    });
    showEntry(0);
}

void EntryDetails::showEntry(qint64 entryId)
{
    m_entryId = entryId;
    refresh();
}

void EntryDetails::refresh()
{
    m_history->clear();
    if (m_entryId <= 0) {
        m_summary->setText(tr("Select an entry to see it in full, with its history."));
        m_text->clear();
        return;
    }
    const auto entry = m_session->entry(m_entryId);
    if (!entry) {
        m_summary->setText(entry.error().message);
        m_text->clear();
        return;
    }
    const Entry &e = *entry;
    QStringList lines;
    lines << tr("%1 by %2").arg(kindDisplayName(e.kind), e.actor);
    lines << tr("Happened: %1").arg(both(e.occurredAt));
    lines << tr("Logged: %1 by %2").arg(both(e.loggedAt), e.scribe);
    if (e.pinned)
        lines << tr("Pinned as a key moment");
    if (e.isRetracted())
        lines << tr("Retracted %1 by %2: %3")
                     .arg(both(e.retractedAt), e.retractedBy, e.retractReason);
    m_summary->setText(lines.join(u'\n'));
    m_text->setPlainText(e.text);

    const auto revisions = m_session->revisions(m_entryId);
    if (!revisions)
        return;
    for (const EntryRevision &r : *revisions) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, QLocale().toString(r.changedAt.toLocalTime(), u"d MMM HH:mm:ss"_s));
        item->setText(1, r.change);
        item->setText(2, r.changedBy);
        item->setText(3, r.change == u"edit"_s
                             ? u"%1 · %2 · %3"_s.arg(kindDisplayName(r.kind), r.actor, r.text)
                             : QString());
        item->setToolTip(3, r.text);
    }
}

} // namespace bridge
