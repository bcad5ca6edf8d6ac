#include "rosterdialogs.h"

#include "session/incidentsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b3261e; font-weight: bold;"_s);
    label->hide();
    return label;
}

QDialogButtonBox *buttons(QDialog *dialog)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}
} // namespace

JoinDialog::JoinDialog(IncidentSession *session, qint64 incidentId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_incidentId(incidentId)
    , m_person(new QComboBox(this))
    , m_pagedAgo(new QSpinBox(this))
    , m_zone(new QComboBox(this))
    , m_error(errorLabel(this))
{
    setWindowTitle(tr("Someone joins the bridge"));
    m_person->setEditable(true);
    m_person->addItems(session->people(incidentId));
    m_person->setCurrentText(QString());
    m_person->setAccessibleName(tr("Person"));
    m_pagedAgo->setRange(-1, 24 * 60);
    m_pagedAgo->setSpecialValueText(tr("not paged"));
    m_pagedAgo->setValue(-1);
    m_pagedAgo->setSuffix(tr(" min ago"));
    m_pagedAgo->setAccessibleName(tr("Paged, minutes ago"));
    m_zone->setEditable(true);
    m_zone->addItem(QString::fromUtf8(localZone().id()));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setAccessibleName(tr("Their time zone"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Who"), m_person);
    form->addRow(tr("&Paged"), m_pagedAgo);
    form->addRow(tr("Their time &zone"), m_zone);
    form->addRow(m_error);
    form->addRow(buttons(this));
    setMinimumWidth(420);
}

void JoinDialog::accept()
{
    const QDateTime now = m_session->now();
    const QDateTime paged
        = m_pagedAgo->value() >= 0 ? now.addSecs(-60 * m_pagedAgo->value()) : QDateTime();
    const auto joined = m_session->join(m_incidentId, m_person->currentText(), now, paged,
                                        m_zone->currentText().trimmed());
    if (!joined) {
        m_error->setText(joined.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

RoleDialog::RoleDialog(IncidentSession *session, qint64 incidentId, const QString &person,
                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_incidentId(incidentId)
    , m_role(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_error(errorLabel(this))
{
    setWindowTitle(tr("Assign a role"));
    for (Role r : allRoles()) {
        const QString holder = session->currentHolder(incidentId, r);
        m_role->addItem(isSingleHolder(r) && !holder.isEmpty()
                            ? tr("%1 (now %2)").arg(roleDisplayName(r), holder)
                            : roleDisplayName(r),
                        static_cast<int>(r));
    }
    m_role->setAccessibleName(tr("Role"));
    m_person->setEditable(true);
    m_person->addItems(session->people(incidentId));
    m_person->setCurrentText(person);
    m_person->setAccessibleName(tr("Person"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&Who"), m_person);
    auto *note
        = new QLabel(tr("Giving a role someone holds hands it off; they acknowledge it."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(note);
    form->addRow(m_error);
    form->addRow(buttons(this));
    setMinimumWidth(420);
}

void RoleDialog::accept()
{
    const auto role = static_cast<Role>(m_role->currentData().toInt());
    const auto assigned = m_session->assignRole(m_incidentId, role, m_person->currentText());
    if (!assigned) {
        m_error->setText(assigned.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

SleepWindowDialog::SleepWindowDialog(IncidentSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_start(new QTimeEdit(session->sleepWindow().start, this))
    , m_end(new QTimeEdit(session->sleepWindow().end, this))
    , m_error(errorLabel(this))
{
    setWindowTitle(tr("Sleeping hours"));
    m_start->setDisplayFormat(u"HH:mm"_s);
    m_end->setDisplayFormat(u"HH:mm"_s);
    m_start->setAccessibleName(tr("Sleeping hours start"));
    m_end->setAccessibleName(tr("Sleeping hours end"));
    auto *form = new QFormLayout(this);
    auto *note = new QLabel(tr("Time on the bridge between these hours, in each person's own "
                               "time zone, counts as time at night."),
                            this);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("&From"), m_start);
    form->addRow(tr("&Until"), m_end);
    form->addRow(m_error);
    form->addRow(buttons(this));
}

void SleepWindowDialog::accept()
{
    if (auto saved = m_session->setSleepWindow({m_start->time(), m_end->time()}); !saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace bridge
