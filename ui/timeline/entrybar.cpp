#include "entrybar.h"

#include "common/kindstyle.h"
#include "common/personfield.h"
#include "domain/localzone.h"
#include "domain/timeparse.h"
#include "session/incidentsession.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <limits>

using namespace Qt::StringLiterals;

namespace bridge {

EntryBar::EntryBar(IncidentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(new QComboBox(this))
    , m_actor(new PersonField(this))
    , m_time(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_logButton(new QPushButton(tr("&Log"), this))
    , m_error(new QLabel(this))
{
    for (EntryKind k : humanKinds())
        m_kind->addItem(kindIcon(k), kindDisplayName(k), static_cast<int>(k));
    m_kind->setCurrentIndex(static_cast<int>(humanKinds().indexOf(EntryKind::Action)));
    m_kind->setAccessibleName(tr("Entry kind"));
    m_kind->setToolTip(tr("What kind of entry this is (Ctrl+1 to Ctrl+6)"));

    showDefaultActor();
    m_actor->setAccessibleName(tr("Who did or saw it"));
    m_actor->setMatcher(
        [this](const QString &typed) { return m_session->matchPerson(m_incidentId, typed); });
    connect(session, &IncidentSession::scribeChanged, this, &EntryBar::showDefaultActor);
    // "Kept on this machine" stops being true once the outbox is sent: it must not stay.
    connect(session, &IncidentSession::outboxChanged, this, [this](int waiting) {
        if (waiting == 0 && m_showsKept)
            clearError();
    });

    m_time->setPlaceholderText(tr("When (now)"));
    m_time->setAccessibleName(tr("When it happened"));
    m_time->setToolTip(tr("Leave empty for now, or backfill: 14:02, 14:02:30, -5m, or a full "
                          "date such as 2026-11-23T23:58"));
    m_time->setClearButtonEnabled(true);
    m_time->setMaximumWidth(130);
    m_actor->setMinimumWidth(150);

    m_text->setPlaceholderText(tr("What happened? Type and press Enter to log it"));
    m_text->setAccessibleName(tr("Entry text"));
    m_text->setClearButtonEnabled(true);
    // QLineEdit silently cuts anything past 32,767 characters; a pasted log excerpt must not be.
    m_text->setMaxLength(std::numeric_limits<int>::max());

    m_logButton->setAccessibleName(tr("Log the entry"));
    m_logButton->setDefault(true);

    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Entry error"));
    m_error->setStyleSheet(u"QLabel { color: white; background: #b3261e; "
                           "padding: 4px 8px; border-radius: 3px; }"_s);
    m_error->hide();

    auto *kindLabel = new QLabel(tr("&Kind"), this);
    kindLabel->setBuddy(m_kind);
    auto *actorLabel = new QLabel(tr("&Who"), this);
    actorLabel->setBuddy(m_actor);
    auto *timeLabel = new QLabel(tr("A&t"), this);
    timeLabel->setBuddy(m_time);

    // One row: the text field keeps most of the width, and the timeline keeps the height.
    auto *row = new QHBoxLayout;
    row->addWidget(kindLabel);
    row->addWidget(m_kind);
    row->addWidget(actorLabel);
    row->addWidget(m_actor, 1);
    row->addWidget(timeLabel);
    row->addWidget(m_time);
    row->addWidget(m_text, 4);
    row->addWidget(m_logButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);
    setTabOrder(m_text, m_kind);
    setTabOrder(m_kind, m_actor);
    setTabOrder(m_actor, m_time);
    setTabOrder(m_time, m_logButton);

    for (QLineEdit *edit : {m_text, static_cast<QLineEdit *>(m_actor), m_time})
        connect(edit, &QLineEdit::returnPressed, this, &EntryBar::submit);
    connect(m_logButton, &QPushButton::clicked, this, &EntryBar::submit);
    connect(m_text, &QLineEdit::textEdited, this, &EntryBar::clearError);
    m_text->installEventFilter(this);
    m_askBackfill = [](QWidget *parent, const QString &question) {
        QMessageBox box(QMessageBox::Question, tr("Log at that time?"), question,
                        QMessageBox::NoButton, parent);
        QPushButton *log = box.addButton(tr("&Log It Then"), QMessageBox::AcceptRole);
        box.addButton(tr("&Change the Time"), QMessageBox::RejectRole);
        box.setDefaultButton(log);
        box.exec();
        return box.clickedButton() == log;
    };

    // Ctrl+1..6 choose the kind without leaving the text.
    const QList<EntryKind> kinds = humanKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        // Named, so the keyboard reference lists it.
        auto *action = new QAction(tr("Entry kind: %1").arg(kindDisplayName(kinds.at(i))), this);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, i] { m_kind->setCurrentIndex(i); });
        addAction(action);
    }
    connect(session, &IncidentSession::entryAdded, this, [this](const Entry &e) {
        if (e.incidentId == m_incidentId && !m_people.contains(e.actor))
            refreshActors();
    });
}

void EntryBar::setIncident(qint64 incidentId, std::optional<QStringList> actors)
{
    m_incidentId = incidentId;
    clearError();
    if (actors) {
        m_people = *actors;
        m_actor->setPeople(m_people);
    } else {
        refreshActors();
    }
    setEnabled(incidentId > 0);
}

void EntryBar::refreshActors()
{
    m_people = m_session->people(m_incidentId);
    m_actor->setPeople(m_people);
}

void EntryBar::showDefaultActor()
{
    m_actor->setPlaceholderText(tr("Who (default: %1)").arg(m_session->scribe()));
}

void EntryBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
}

QString EntryBar::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EntryBar::showError(const QString &message)
{
    m_error->setStyleSheet(u"QLabel { color: white; background: #b3261e; "
                           "padding: 4px 8px; border-radius: 3px; }"_s);
    m_error->setText(message);
    m_error->show();
    m_showsKept = false;
}

void EntryBar::showKept(const QString &message)
{
    // Amber like the server notice: saved, but not yet where everyone sees it.
    m_error->setStyleSheet(u"QLabel { color: black; background: #ffd54f; "
                           "padding: 4px 8px; border-radius: 3px; }"_s);
    m_error->setText(message);
    m_error->show();
    m_showsKept = true;
}

void EntryBar::clearError()
{
    m_error->clear();
    m_error->hide();
    m_showsKept = false;
}

bool EntryBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        // With nothing typed, Ctrl+Z is the application's Undo (the last logged entry), not
        // the field's own history, which could bring back a line already logged.
        if (key->matches(QKeySequence::Undo) && m_text->text().isEmpty()) {
            event->ignore();
            return true;
        }
    }
    if (watched == m_text && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        emit escapePressed();
        return false;
    }
    return QWidget::eventFilter(watched, event);
}

bool EntryBar::backfillMakesSense(const QDateTime &at)
{
    const auto incident = m_session->incident(m_incidentId);
    const QDateTime now = m_session->now();
    const QString typed = m_time->text().trimmed().left(40);
    const QString when = QLocale().toString(at.toTimeZone(localZone()), u"ddd d MMM HH:mm:ss"_s);
    QString question;
    if (incident && at < incident->startedAt)
        question = tr("%1 is %2 before this incident began (%3). Log it at %4?")
                       .arg(typed, formatMinutes(at.secsTo(incident->startedAt)),
                            QLocale().toString(incident->startedAt.toTimeZone(localZone()),
                                               u"ddd d MMM HH:mm"_s),
                            when);
    else if (at > now.addSecs(5 * 60))
        question = tr("%1 is %2 from now. Log it at %3?")
                       .arg(typed, formatMinutes(now.secsTo(at)), when);
    return question.isEmpty() || m_askBackfill(this, question);
}

void EntryBar::submit()
{
    if (m_text->text().trimmed().isEmpty()) {
        showError(tr("Type what happened first: an empty entry is not logged."));
        m_text->setFocus();
        return;
    }
    const PersonField::Choice who = m_actor->choice();
    if (!m_actor->text().trimmed().isEmpty() && !who.isPerson()) {
        // A new person is chosen, never guessed: say so and open the list to choose from.
        showError(m_actor->choiceProblem());
        m_actor->setFocus();
        m_actor->showChoices();
        return;
    }
    EntryDraft draft;
    draft.kind = static_cast<EntryKind>(m_kind->currentData().toInt());
    draft.actor = who.match.name;
    draft.text = m_text->text();
    if (!m_time->text().trimmed().isEmpty()) {
        const auto at = parseBackfillTime(m_time->text(), m_session->now());
        if (!at) {
            showError(at.error().message + u' ' + tr("Or leave it empty to log it as now."));
            m_time->setFocus();
            return;
        }
        if (!backfillMakesSense(*at)) {
            m_time->setFocus();
            m_time->selectAll();
            return;
        }
        draft.occurredAt = *at;
    }
    const auto entry = m_session->log(m_incidentId, draft);
    if (!entry) {
        // Nothing typed is lost: the fields stay as they were.
        showError(entry.error().message);
        return;
    }
    if (entry->waiting)
        showKept(tr("Kept on this machine: the team database is unreachable, so this line is "
                    "sent when it is back (incident-bridge outbox lists what waits)."));
    else
        clearError();
    // setText, not clear(): clear() is undoable, and the field's undo would bring the line back.
    m_text->setText(QString());
    m_actor->setText(QString());
    m_time->setText(QString());
    m_text->setFocus();
    if (!entry->waiting)
        emit logged(entry->id);
}

} // namespace bridge
