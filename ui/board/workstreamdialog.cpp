#include "workstreamdialog.h"

#include "session/incidentsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace bridge {

WorkstreamDialog::WorkstreamDialog(IncidentSession *session, qint64 incidentId,
                                   const WorkstreamDraft &prefill, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_incidentId(incidentId)
    , m_sourceEntryId(prefill.sourceEntryId)
{
    setWindowTitle(tr("New workstream"));
    build(prefill, true);
}

WorkstreamDialog::WorkstreamDialog(IncidentSession *session, const Workstream &existing,
                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_incidentId(existing.incidentId)
    , m_workstreamId(existing.id)
{
    setWindowTitle(tr("Workstream"));
    WorkstreamDraft d{existing.title, existing.owner,   existing.state,        existing.checkInAt,
                      existing.notes, existing.helpers, existing.sourceEntryId};
    m_existingCheckIn = existing.checkInAt;
    build(d, false);
}

void WorkstreamDialog::build(const WorkstreamDraft &d, bool creating)
{
    m_title = new QLineEdit(d.title, this);
    m_title->setAccessibleName(tr("Workstream title"));
    m_title->setPlaceholderText(tr("A line of work, such as \"Fail back the database\""));
    m_state = new QComboBox(this);
    for (WorkstreamState s : allWorkstreamStates())
        m_state->addItem(workstreamStateDisplayName(s), static_cast<int>(s));
    m_state->setCurrentIndex(static_cast<int>(d.state));
    m_state->setAccessibleName(tr("State"));
    m_checkIn = new QSpinBox(this);
    m_checkIn->setRange(0, 24 * 60);
    m_checkIn->setSingleStep(5);
    m_checkIn->setSpecialValueText(tr("no check-in"));
    m_checkIn->setSuffix(tr(" min from now"));
    m_checkIn->setAccessibleName(tr("Next check-in, minutes from now"));
    const QDateTime now = m_session->now();
    if (d.checkInAt.isValid() && d.checkInAt > now)
        m_checkIn->setValue(int((now.secsTo(d.checkInAt) + 59) / 60));
    else
        m_checkIn->setValue(creating || d.checkInAt.isValid() ? 15 : 0);
    m_helpers = new QLineEdit(d.helpers.join(u", "_s), this);
    m_helpers->setPlaceholderText(tr("Names, separated by commas"));
    m_helpers->setAccessibleName(tr("Helpers"));
    m_notes = new QPlainTextEdit(d.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_notes->setAccessibleName(tr("Notes"));
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e; font-weight: bold;"_s);
    m_error->hide();

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title"), m_title);
    if (creating) {
        m_owner = new QComboBox(this);
        m_owner->setEditable(true);
        m_owner->addItems(m_session->people(m_incidentId));
        m_owner->setCurrentText(d.owner);
        m_owner->setAccessibleName(tr("Owner"));
        form->addRow(tr("&Owner"), m_owner);
    } else {
        auto *owner = new QLabel(d.owner.isEmpty() ? tr("nobody yet (use Hand off to assign)")
                                                   : tr("%1 (use Hand off to change)").arg(d.owner),
                                 this);
        owner->setTextFormat(Qt::PlainText);
        form->addRow(tr("Owner"), owner);
    }
    form->addRow(tr("&State"), m_state);
    form->addRow(tr("Next &check-in"), m_checkIn);
    if (!creating && d.checkInAt.isValid() && d.checkInAt <= now) {
        // Editing a note must not quietly clear an overdue check-in.
        auto *overdue = new QLabel(tr("Overdue since %1; it stays overdue unless you change the "
                                      "time above.")
                                       .arg(d.checkInAt.toLocalTime().toString(u"HH:mm"_s)),
                                   this);
        overdue->setTextFormat(Qt::PlainText);
        overdue->setWordWrap(true);
        overdue->setStyleSheet(u"color: #b3261e; font-weight: bold;"_s);
        form->addRow(QString(), overdue);
    }
    connect(m_checkIn, &QSpinBox::valueChanged, this, [this] { m_checkInChanged = true; });
    form->addRow(tr("&Helpers"), m_helpers);
    form->addRow(tr("&Notes"), m_notes);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkstreamDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WorkstreamDialog::reject);
    form->addRow(buttons);
    // The order the form reads in, whatever order the fields were made in.
    QList<QWidget *> order{m_title};
    if (m_owner)
        order << m_owner;
    order << m_state << m_checkIn << m_helpers << m_notes;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    setMinimumWidth(520);
}

WorkstreamDraft WorkstreamDialog::draft() const
{
    WorkstreamDraft d;
    d.title = m_title->text();
    d.owner = m_owner ? m_owner->currentText() : QString();
    d.state = static_cast<WorkstreamState>(m_state->currentData().toInt());
    if (m_workstreamId > 0 && !m_checkInChanged)
        d.checkInAt = m_existingCheckIn;
    else if (m_checkIn->value() > 0)
        d.checkInAt = m_session->now().addSecs(60 * m_checkIn->value());
    d.notes = m_notes->toPlainText();
    for (const QString &name : m_helpers->text().split(u',', Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty())
            d.helpers << name.trimmed();
    }
    d.sourceEntryId = m_sourceEntryId;
    return d;
}

void WorkstreamDialog::accept()
{
    const auto saved = m_workstreamId > 0 ? m_session->updateWorkstream(m_workstreamId, draft())
                                          : m_session->createWorkstream(m_incidentId, draft());
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    m_workstreamId = saved->id;
    QDialog::accept();
}

} // namespace bridge
