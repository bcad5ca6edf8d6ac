#include "composerpane.h"

#include "domain/localzone.h"
#include "domain/timeparse.h"
#include "report/languagecheck.h"
#include "report/updateformat.h"
#include "session/incidentsession.h"
#include "updatelistmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
enum CopyFormat { PlainText, Markdown, Html };
}

ComposerPane::ComposerPane(IncidentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_audience(new QComboBox(this))
    , m_due(new QLabel(this))
    , m_draft(new QPushButton(tr("&Draft from Live State"), this))
    , m_tabs(new QTabWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_sources(new QLabel(this))
    , m_issues(new QListWidget(this))
    , m_error(new QLabel(this))
    , m_send(new QPushButton(tr("&Mark Sent"), this))
    , m_sent(new UpdateListModel(session, this))
    , m_sentView(new QListView(this))
    , m_checkTimer(new QTimer(this))
{
    for (Audience a : allAudiences())
        m_audience->addItem(audienceDisplayName(a), static_cast<int>(a));
    m_audience->setAccessibleName(tr("Audience"));
    m_due->setTextFormat(Qt::PlainText);
    m_editor->setPlaceholderText(tr("Press Draft from Live State, then edit. Square brackets mark "
                                    "what only you can write."));
    m_editor->setAccessibleName(tr("Update text"));
    m_editor->setTabChangesFocus(true);
    m_preview->setOpenLinks(false);
    m_preview->setAccessibleName(tr("Preview of the update"));
    m_tabs->addTab(m_editor, tr("Write"));
    m_tabs->addTab(m_preview, tr("Preview"));
    m_sources->setTextFormat(Qt::PlainText);
    m_sources->setWordWrap(true);
    m_sources->setAccessibleName(tr("Timeline entries the draft was made from"));
    m_sources->setForegroundRole(QPalette::PlaceholderText);
    m_sources->hide();
    m_issues->setWordWrap(true);
    m_issues->setAccessibleName(tr("Suggestions about the wording"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: white; background: #b3261e; padding: 4px 8px; }"_s);
    m_error->hide();
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_send->setToolTip(tr("Record it as sent, write it on the timeline and restart the cadence "
                          "(Ctrl+Enter)"));
    auto *copyButton = new QPushButton(tr("&Copy"), this);
    auto *copyMenu = new QMenu(copyButton);
    copyMenu->addAction(tr("As Plain Text"), this, [this] { copy(PlainText); });
    copyMenu->addAction(tr("As Markdown"), this, [this] { copy(Markdown); });
    copyMenu->addAction(tr("As HTML"), this, [this] { copy(Html); });
    copyButton->setMenu(copyMenu);
    m_sentView->setModel(m_sent);
    m_sentView->setAccessibleName(tr("Updates sent"));
    m_sentView->setWordWrap(false);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("For"), this));
    top->addWidget(m_audience);
    top->addWidget(m_due, 1);
    top->addWidget(m_draft);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch();
    buttons->addWidget(copyButton);
    buttons->addWidget(m_send);
    auto *compose = new QWidget(this);
    auto *composeLayout = new QVBoxLayout(compose);
    composeLayout->setContentsMargins(0, 0, 0, 0);
    composeLayout->addLayout(top);
    composeLayout->addWidget(m_tabs, 1);
    composeLayout->addWidget(m_sources);
    composeLayout->addLayout(buttons);
    // Suggestions beside the text, so the editor keeps the whole height of the pane.
    auto *sentBox = new QWidget(this);
    auto *sentLayout = new QVBoxLayout(sentBox);
    sentLayout->setContentsMargins(0, 0, 0, 0);
    sentLayout->addWidget(new QLabel(tr("Suggestions"), this));
    sentLayout->addWidget(m_issues, 3);
    sentLayout->addWidget(new QLabel(tr("Sent, newest first"), this));
    sentLayout->addWidget(m_sentView, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(compose);
    split->addWidget(sentBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &ComposerPane::runChecks);
    connect(m_editor, &QPlainTextEdit::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_editor, &QPlainTextEdit::textChanged, m_error, &QWidget::hide);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ComposerPane::updatePreview);
    connect(m_audience, &QComboBox::currentIndexChanged, this, &ComposerPane::switchAudience);
    connect(m_draft, &QPushButton::clicked, this, &ComposerPane::draftFromLiveState);
    connect(m_send, &QPushButton::clicked, this, &ComposerPane::markSent);
    connect(session, &IncidentSession::updatesChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            updateDueLabel();
    });
    auto *dueTimer = new QTimer(this);
    connect(dueTimer, &QTimer::timeout, this, &ComposerPane::updateDueLabel);
    dueTimer->start(15000);
    runChecks();
}

void ComposerPane::setIncident(qint64 incidentId)
{
    if (incidentId == m_incidentId)
        return;
    if (m_incidentId > 0)
        m_drafts[m_incidentId].insert(static_cast<int>(m_current), m_editor->toPlainText());
    m_incidentId = incidentId;
    m_editor->setPlainText(m_drafts.value(incidentId).value(static_cast<int>(m_current)));
    showSources();
    m_sent->setIncident(incidentId);
    setEnabled(incidentId > 0);
    updateDueLabel();
}

Audience ComposerPane::audience() const
{
    return m_current;
}

void ComposerPane::setAudience(Audience audience)
{
    m_audience->setCurrentIndex(m_audience->findData(static_cast<int>(audience)));
}

void ComposerPane::switchAudience()
{
    m_drafts[m_incidentId].insert(static_cast<int>(m_current), m_editor->toPlainText());
    m_current = static_cast<Audience>(m_audience->currentData().toInt());
    m_editor->setPlainText(m_drafts.value(m_incidentId).value(static_cast<int>(m_current)));
    showSources();
    updateDueLabel();
    runChecks();
}

void ComposerPane::draftFromLiveState()
{
    const auto drafted = m_session->draftUpdate(m_incidentId, m_current);
    if (!drafted) {
        emit message(drafted.error().message);
        return;
    }
    // One undoable edit rather than setPlainText, so Ctrl+Z brings back what was written.
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(drafted->text);
    cursor.endEditBlock();
    QString note;
    if (drafted->sources.isEmpty()) {
        note = m_current == Audience::Customer ? tr(
                   "Made from the incident's state only: customer updates quote no timeline text.")
                                               : tr("Made from the incident's state only: no "
                                                    "observations or decisions are logged "
                                                    "yet.");
    } else {
        QStringList used;
        const QTimeZone zone = localZone();
        for (const Entry &e : drafted->sources)
            used << tr("%1 %2 “%3”")
                        .arg(e.occurredAt.toTimeZone(zone).toString(u"HH:mm"_s),
                             kindDisplayName(e.kind).toLower(),
                             glimpse(e.text.section(u'\n', 0, 0), 48));
        note = tr("Made from %n timeline entries: %1. Check they still hold.", nullptr,
                  static_cast<int>(used.size()))
                   .arg(used.join(u"; "_s));
    }
    m_sourceNotes[m_incidentId].insert(static_cast<int>(m_current), note);
    showSources();
    // Land on the first thing only a person can write, ready to type over it.
    const QTextCursor placeholder
        = m_editor->document()->find(QRegularExpression(u"\\[[^\\]]*\\]"_s));
    m_editor->setTextCursor(placeholder.isNull() ? QTextCursor(m_editor->document()) : placeholder);
    m_editor->setFocus();
    emit message(tr("Drafted. Ctrl+Z in the text brings back what was there before."));
    runChecks();
}

void ComposerPane::showSources()
{
    const QString note = m_sourceNotes.value(m_incidentId).value(static_cast<int>(m_current));
    m_sources->setText(note);
    m_sources->setVisible(!note.isEmpty());
}

QString ComposerPane::sourcesText() const
{
    return m_sources->text();
}

QStringList ComposerPane::issueKinds() const
{
    QStringList kinds;
    for (int i = 0; i < m_issues->count(); ++i)
        kinds << m_issues->item(i)->data(Qt::UserRole).toString();
    return kinds;
}

void ComposerPane::runChecks()
{
    m_issues->clear();
    const QString text = m_editor->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_issues->addItem(tr("Nothing written yet."));
        return;
    }
    UpdateCheckContext context;
    context.audience = m_current;
    context.people = m_session->people(m_incidentId);
    const auto incident = m_session->incident(m_incidentId);
    context.expectsNextUpdate = incident && incident->isOpen();
    const auto issues = checkUpdateText(text, context);
    for (const LanguageIssue &issue : issues) {
        auto *item = new QListWidgetItem(
            issue.excerpt.isEmpty() ? issue.advice : u"“%1”: %2"_s.arg(issue.excerpt, issue.advice),
            m_issues);
        item->setData(Qt::UserRole, issue.kind);
    }
    if (issues.isEmpty())
        m_issues->addItem(tr("No suggestions. Ready to send."));
}

void ComposerPane::updatePreview()
{
    // Built from escaped text, so nothing the author typed is interpreted as markup.
    m_preview->setHtml(updateAsHtml(m_editor->toPlainText()));
}

QString ComposerPane::audienceText(Audience audience) const
{
    return m_audience->itemText(m_audience->findData(static_cast<int>(audience)));
}

void ComposerPane::updateDueLabel()
{
    const auto incident = m_session->incident(m_incidentId);
    if (!incident) {
        m_due->clear();
        return;
    }
    const auto policy = m_session->policy(incident->severity);
    const auto sent = m_session->updates(m_incidentId);
    if (!policy || !sent)
        return;
    const QDateTime now = m_session->now();
    // Every audience's clock on its item, marked as the header marks the one due first.
    for (int row = 0; row < m_audience->count(); ++row) {
        const auto a = static_cast<Audience>(m_audience->itemData(row).toInt());
        const QDateTime due = nextDueFor(a, *incident, *policy, *sent);
        QString mark;
        if (due.isValid())
            mark = now > due ? tr("OVERDUE by %1").arg(formatMinutes(due.secsTo(now)))
                             : tr("due in %1").arg(formatMinutes(now.secsTo(due)));
        m_audience->setItemText(row, mark.isEmpty()
                                         ? audienceDisplayName(a)
                                         : u"%1 — %2"_s.arg(audienceDisplayName(a), mark));
    }
    const QDateTime due = nextDueFor(m_current, *incident, *policy, *sent);
    if (!due.isValid()) {
        if (!incident->isOpen())
            m_due->setText(tr("incident over: no more updates due"));
        else if (!cadenceCovers(m_current))
            m_due->setText(tr("no clock for tactical updates: send one when the bridge needs it"));
        else
            m_due->setText(tr("no cadence for %1").arg(severityKey(incident->severity)));
        m_due->setStyleSheet(QString());
        return;
    }
    const QString when = due.toTimeZone(localZone()).toString(u"HH:mm"_s);
    if (now > due) {
        m_due->setText(tr("OVERDUE since %1 (%2)").arg(when, formatMinutes(due.secsTo(now))));
        m_due->setStyleSheet(u"QLabel { color: white; background: #b3261e; font-weight: bold; "
                             "padding: 2px 6px; }"_s);
    } else {
        m_due->setText(tr("next due %1, in %2").arg(when, formatMinutes(now.secsTo(due))));
        m_due->setStyleSheet(QString());
    }
}

bool ComposerPane::markSent()
{
    const auto sent = m_session->markSent(m_incidentId, m_current, m_editor->toPlainText());
    if (!sent) {
        // The text stays where it is; only the reason is added.
        m_error->setText(sent.error().message);
        m_error->show();
        return false;
    }
    m_drafts[m_incidentId].remove(static_cast<int>(m_current));
    m_editor->clear();
    emit message(
        tr("%1 update recorded as sent at %2.")
            .arg(audienceDisplayName(m_current), sent->sentAt.toLocalTime().toString(u"HH:mm"_s)));
    return true;
}

void ComposerPane::copy(int format)
{
    const QString text = m_editor->toPlainText();
    auto *mime = new QMimeData;
    switch (format) {
    case Markdown:
        mime->setText(updateAsMarkdown(text));
        break;
    case Html:
        mime->setHtml(updateAsHtml(text));
        mime->setText(text);
        break;
    default:
        mime->setText(text);
        break;
    }
    QApplication::clipboard()->setMimeData(mime);
    emit message(tr("Copied. It is not recorded as sent until you press Mark Sent."));
}

} // namespace bridge
