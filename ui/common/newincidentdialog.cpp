#include "newincidentdialog.h"

#include "session/incidentsession.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace bridge {

NewIncidentDialog::NewIncidentDialog(IncidentSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_title(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_started(new QDateTimeEdit(session->now().toLocalTime(), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("New incident"));
    m_title->setPlaceholderText(
        tr("What is broken, for example \"Checkout returns 503 in eu-west\""));
    m_title->setAccessibleName(tr("Incident title"));
    for (Severity s : allSeverities())
        m_severity->addItem(severityKey(s), static_cast<int>(s));
    m_severity->setCurrentIndex(static_cast<int>(Severity::Sev3) - 1);
    m_severity->setAccessibleName(tr("Severity"));
    m_started->setDisplayFormat(QLatin1StringView("yyyy-MM-dd HH:mm:ss"));
    m_started->setCalendarPopup(true);
    m_started->setAccessibleName(tr("Started at, local time"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QLatin1StringView("color: #b3261e; font-weight: bold;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start incident"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewIncidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewIncidentDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Severity"), m_severity);
    form->addRow(tr("Started &at (local)"), m_started);
    form->addRow(m_error);
    form->addRow(buttons);
    setMinimumWidth(520);
}

void NewIncidentDialog::accept()
{
    NewIncident request;
    request.title = m_title->text();
    request.severity = static_cast<Severity>(m_severity->currentData().toInt());
    request.startedAt = m_started->dateTime().toUTC();
    const auto created = m_session->createIncident(request);
    if (!created) {
        m_error->setText(created.error().message);
        m_error->show();
        m_title->setFocus();
        return;
    }
    m_createdId = created->id;
    QDialog::accept();
}

} // namespace bridge
