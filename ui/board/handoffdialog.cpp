#include "handoffdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
// Subject data: "role:<key>" or "workstream:<id>".
QString roleData(Role r)
{
    return u"role:"_s + roleKey(r);
}
} // namespace

HandoffDialog::HandoffDialog(IncidentSession *session, qint64 incidentId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_incidentId(incidentId)
    , m_subject(new QComboBox(this))
    , m_from(new QLabel(this))
    , m_to(new QComboBox(this))
    , m_done(new QLineEdit(this))
    , m_inFlight(new QLineEdit(this))
    , m_next(new QLineEdit(this))
    , m_assumptions(new QLineEdit(this))
    , m_risks(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Hand off"));
    for (Role r : allRoles()) {
        if (isSingleHolder(r))
            m_subject->addItem(roleDisplayName(r), roleData(r));
    }
    if (auto streams = session->workstreams(incidentId)) {
        for (const Workstream &w : *streams) {
            if (w.state != WorkstreamState::Done)
                m_subject->addItem(tr("Workstream: %1").arg(w.title), u"workstream:%1"_s.arg(w.id));
        }
    }
    m_subject->setAccessibleName(tr("What is handed over"));
    m_from->setTextFormat(Qt::PlainText);
    m_to->setEditable(true);
    m_to->addItems(session->people(incidentId));
    m_to->setCurrentText(QString());
    m_to->setAccessibleName(tr("Who takes over"));
    const struct
    {
        QLineEdit *edit;
        QString hint;
        QString name;
    } fields[] = {
        {m_done, tr("What has been done so far"), tr("Done so far")},
        {m_inFlight, tr("What is running right now and not finished"), tr("In flight")},
        {m_next, tr("What should happen next"), tr("Next steps")},
        {m_assumptions, tr("What we believe but have not checked"), tr("Open assumptions")},
        {m_risks, tr("What could go wrong"), tr("Risks")},
        {m_note, tr("Anything else"), tr("Note")},
    };
    for (const auto &f : fields) {
        f.edit->setPlaceholderText(f.hint);
        f.edit->setAccessibleName(f.name);
    }
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e; font-weight: bold;"_s);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Hand off"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandoffDialog::reject);
    connect(m_subject, &QComboBox::currentIndexChanged, this, &HandoffDialog::updateFrom);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Hand over"), m_subject);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("&To"), m_to);
    form->addRow(tr("&Done so far"), m_done);
    form->addRow(tr("&In flight"), m_inFlight);
    form->addRow(tr("&Next steps"), m_next);
    form->addRow(tr("Open &assumptions"), m_assumptions);
    form->addRow(tr("&Risks"), m_risks);
    form->addRow(tr("N&ote"), m_note);
    auto *ack = new QLabel(tr("The receiver acknowledges it (\"You're now the incident "
                              "commander, okay?\"); until then it is flagged on the board."),
                           this);
    ack->setWordWrap(true);
    ack->setEnabled(false);
    form->addRow(ack);
    form->addRow(m_error);
    form->addRow(buttons);
    setMinimumWidth(560);
    updateFrom();
    m_to->setFocus();
}

void HandoffDialog::selectRole(Role role)
{
    m_subject->setCurrentIndex(m_subject->findData(roleData(role)));
}

void HandoffDialog::selectWorkstream(qint64 workstreamId)
{
    m_subject->setCurrentIndex(m_subject->findData(u"workstream:%1"_s.arg(workstreamId)));
}

void HandoffDialog::selectHeldBy(const QString &person)
{
    for (Role r : allRoles()) {
        if (isSingleHolder(r)
            && m_session->currentHolder(m_incidentId, r).compare(person, Qt::CaseInsensitive) == 0)
            return selectRole(r);
    }
    if (auto streams = m_session->workstreams(m_incidentId)) {
        for (const Workstream &w : *streams) {
            if (w.owner.compare(person, Qt::CaseInsensitive) == 0
                && w.state != WorkstreamState::Done)
                return selectWorkstream(w.id);
        }
    }
}

IncidentSession::HandoffSubject HandoffDialog::subject() const
{
    const QString data = m_subject->currentData().toString();
    IncidentSession::HandoffSubject s;
    if (data.startsWith(u"role:"_s))
        s.role = roleFromKey(QStringView(data).mid(5));
    else
        s.workstreamId = data.mid(11).toLongLong();
    return s;
}

void HandoffDialog::updateFrom()
{
    const auto s = subject();
    QString holder;
    if (s.role) {
        holder = m_session->currentHolder(m_incidentId, *s.role);
    } else if (auto streams = m_session->workstreams(m_incidentId)) {
        for (const Workstream &w : *streams) {
            if (w.id == s.workstreamId)
                holder = w.owner;
        }
    }
    m_from->setText(holder.isEmpty() ? tr("nobody yet") : holder);
}

void HandoffDialog::accept()
{
    const HandoffContext context{m_done->text(),        m_inFlight->text(), m_next->text(),
                                 m_assumptions->text(), m_risks->text(),    m_note->text()};
    const auto handoff = m_session->handOff(m_incidentId, subject(), m_to->currentText(), context);
    if (!handoff) {
        m_error->setText(handoff.error().message);
        m_error->show();
        return;
    }
    m_handoffId = handoff->id;
    QDialog::accept();
}

} // namespace bridge
