#include "entryeditdialog.h"

#include "common/kindstyle.h"
#include "common/personfield.h"
#include "domain/localzone.h"
#include "domain/timeparse.h"
#include "session/incidentsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

using namespace Qt::StringLiterals;

namespace bridge {

EntryEditDialog::EntryEditDialog(IncidentSession *session, const Entry &entry, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_entry(entry)
    , m_kind(new QComboBox(this))
    , m_actor(new PersonField(this))
    , m_when(new QLineEdit(this))
    , m_shownWhen(entry.occurredAt.toTimeZone(localZone()).toString(u"yyyy-MM-dd HH:mm:ss"_s))
    , m_text(new QPlainTextEdit(entry.text, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Edit entry"));
    for (EntryKind k : humanKinds())
        m_kind->addItem(kindIcon(k), kindDisplayName(k), static_cast<int>(k));
    m_kind->setCurrentIndex(static_cast<int>(humanKinds().indexOf(entry.kind)));
    m_when->setText(m_shownWhen);
    m_when->setToolTip(tr("As in the entry bar: -5m, -1h30m, 14:02, or a full date and time"));
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

Result<EntryDraft> EntryEditDialog::draft() const
{
    EntryDraft d;
    d.occurredAt = m_entry.occurredAt; // to the millisecond, when the time was left alone
    if (m_when->text().trimmed() != m_shownWhen) {
        const auto typed = parseBackfillTime(m_when->text().trimmed(), m_session->now());
        if (!typed)
            return typed.error();
        d.occurredAt = typed->toUTC();
    }
    d.kind = static_cast<EntryKind>(m_kind->currentData().toInt());
    const PersonField::Choice who = m_actor->choice();
    d.actor = who.isPerson() ? who.match.name : m_actor->text();
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
    const auto edited = draft();
    if (!edited) {
        m_error->setText(edited.error().message);
        m_error->show();
        m_when->setFocus();
        m_when->selectAll();
        return;
    }
    const auto saved = m_session->edit(m_entry.id, *edited);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace bridge
