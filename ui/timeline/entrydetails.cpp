#include "entrydetails.h"

#include "session/incidentsession.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
QString both(const QDateTime &t)
{
    const QDateTime local = t.toLocalTime();
    QString shown = u"%1 %2"_s.arg(QLocale().toString(local, u"ddd d MMM yyyy HH:mm:ss"_s),
                                   local.timeZoneAbbreviation());
    if (local.offsetFromUtc() == 0)
        return shown;
    return u"%1 (%2 UTC)"_s.arg(shown, t.toUTC().toString(u"HH:mm:ss"_s));
}

QString changeText(const QString &change)
{
    if (change == u"edit"_s)
        return EntryDetails::tr("edited");
    if (change == u"pin"_s)
        return EntryDetails::tr("pinned");
    if (change == u"unpin"_s)
        return EntryDetails::tr("unpinned");
    if (change == u"retract"_s)
        return EntryDetails::tr("retracted");
    if (change == u"restore"_s)
        return EntryDetails::tr("restored");
    return change;
}
} // namespace

EntryDetails::EntryDetails(IncidentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_history(new QPlainTextEdit(this))
{
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Entry text"));
    m_history->setReadOnly(true);
    m_history->setAccessibleName(tr("Entry history"));
    m_history->setPlaceholderText(tr("No changes since it was logged."));

    auto *historyLabel = new QLabel(tr("History"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_text, 1);
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
    if (m_entryId <= 0) {
        m_summary->setText(tr("Select an entry to see it in full, with its history."));
        m_text->clear();
        m_history->clear();
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
    if (!e.writtenBy.isEmpty())
        lines << tr("Written to the team database by its role %1").arg(e.writtenBy);
    if (e.pinned)
        lines << tr("Pinned as a key moment");
    if (e.isRetracted())
        lines << tr("Retracted %1 by %2: %3")
                     .arg(both(e.retractedAt), e.retractedBy, e.retractReason);
    m_summary->setText(lines.join(u'\n'));
    m_text->setPlainText(e.text);

    const auto revisions = m_session->revisions(m_entryId);
    if (!revisions) {
        m_history->setPlainText(revisions.error().message);
        return;
    }
    QStringList blocks;
    for (const EntryRevision &r : *revisions) {
        QString block
            = tr("%1 — %2 by %3")
                  .arg(QLocale().toString(r.changedAt.toLocalTime(), u"ddd d MMM HH:mm:ss"_s),
                       changeText(r.change), r.changedBy);
        if (r.change == u"edit"_s) {
            block += u'\n'
                     + tr("Before: %1 by %2 at %3")
                           .arg(kindDisplayName(r.kind), r.actor,
                                r.occurredAt.toLocalTime().toString(u"HH:mm:ss"_s));
            block += u"\n  "_s + r.text;
        }
        blocks << block;
    }
    m_history->setPlainText(blocks.join(u"\n\n"_s));
}

} // namespace bridge
