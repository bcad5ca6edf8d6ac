#include "entryeditdialog.h"

#include "common/kindstyle.h"
#include "common/personfield.h"
#include "session/incidentsession.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace bridge {

EntryEditDialog::EntryEditDialog(IncidentSession *session, const Entry &entry, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_entry(entry)
    , m_kind(new QComboBox(this))
    , m_actor(new PersonField(this))
    , m_when(new QDateTimeEdit(entry.occurredAt.toLocalTime(), this))
    , m_text(new QPlainTextEdit(entry.text, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Edit entry"));
    for (EntryKind k : humanKinds())
        m_kind->addItem(kindIcon(k), kindDisplayName(k), static_cast<int>(k));
    m_kind->setCurrentIndex(static_cast<int>(humanKinds().indexOf(entry.kind)));
    m_when->setDisplayFormat(QLatin1StringView("yyyy-MM-dd HH:mm:ss"));
    m_when->setCalendarPopup(true);
    m_text->setTabChangesFocus(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QLatin1StringView("color: #b3261e; font-weight: bold;"));
    m_error->hide();

    m_kind->setAccessibleName(tr("Entry kind"));
    m_actor->setAccessibleName(tr("Who did or saw it"));
    m_actor->setText(entry.actor);
    m_actor->setPeople(session->people(entry.incidentId));
    m_actor->setMatcher([session, id = entry.incidentId](const QString &typed) {
        return session->matchPerson(id, typed);
    });
    m_when->setAccessibleName(tr("When it happened, local time"));
    m_text->setAccessibleName(tr("Entry text"));

    auto *note = new QLabel(tr("The earlier wording is kept in the entry's history."), this);
    note->setTextFormat(Qt::PlainText);
    note->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EntryEditDialog::accept);
    // Ctrl+Enter saves from anywhere in the dialog, the text box included.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *save = new QShortcut(keys, this);
        connect(save, &QShortcut::activated, this, &EntryEditDialog::accept);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &EntryEditDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Who"), m_actor);
    form->addRow(tr("&When (local)"), m_when);
    form->addRow(tr("&Text"), m_text);
    form->addRow(note);
    form->addRow(m_error);
    form->addRow(buttons);
    resize(560, 320);
    m_text->setFocus();
}

EntryDraft EntryEditDialog::draft() const
{
    EntryDraft d;
    d.kind = static_cast<EntryKind>(m_kind->currentData().toInt());
    const PersonField::Choice who = m_actor->choice();
    d.actor = who.isPerson() ? who.match.name : m_actor->text();
    d.occurredAt = m_when->dateTime().toUTC();
    // Keep the original milliseconds when the user did not move the time.
    if (d.occurredAt.toSecsSinceEpoch() == m_entry.occurredAt.toSecsSinceEpoch())
        d.occurredAt = m_entry.occurredAt;
    d.text = m_text->toPlainText();
    return d;
}

void EntryEditDialog::accept()
{
    if (const QString problem = m_actor->choiceProblem(); !problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        m_actor->setFocus();
        m_actor->showChoices();
        return;
    }
    const auto saved = m_session->edit(m_entry.id, draft());
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace bridge
