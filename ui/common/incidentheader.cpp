#include "incidentheader.h"

#include "domain/timeparse.h"
#include "kindstyle.h"
#include "session/incidentsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace bridge {

IncidentHeader::IncidentHeader(IncidentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_clock(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Incident title"));

    for (Severity s : allSeverities())
        m_severity->addItem(severityKey(s), static_cast<int>(s));
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->setToolTip(tr("Severity: SEV1 is the worst"));
    for (Status s : allStatuses())
        m_status->addItem(statusDisplayName(s), static_cast<int>(s));
    m_status->setAccessibleName(tr("Status"));

    m_clock->setTextFormat(Qt::PlainText);
    QFont clockFont = titleFont;
    clockFont.setFamily(QLatin1StringView("monospace"));
    clockFont.setStyleHint(QFont::Monospace);
    m_clock->setFont(clockFont);
    m_clock->setAccessibleName(tr("Time since the incident started"));

    auto *severityLabel = new QLabel(tr("Se&verity"), this);
    severityLabel->setBuddy(m_severity);
    auto *statusLabel = new QLabel(tr("Stat&us"), this);
    statusLabel->setBuddy(m_status);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 8);
    layout->addWidget(m_title, 1);
    layout->addWidget(severityLabel);
    layout->addWidget(m_severity);
    layout->addWidget(statusLabel);
    layout->addWidget(m_status);
    layout->addSpacing(16);
    layout->addWidget(m_clock);

    connect(m_severity, &QComboBox::activated, this, [this] {
        const auto s = static_cast<Severity>(m_severity->currentData().toInt());
        if (auto changed = m_session->setSeverity(m_incidentId, s); !changed) {
            emit message(changed.error().message);
            showIncident(m_incident);
        }
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        const auto s = static_cast<Status>(m_status->currentData().toInt());
        if (auto changed = m_session->setStatus(m_incidentId, s); !changed) {
            emit message(changed.error().message);
            showIncident(m_incident);
        }
    });
    connect(session, &IncidentSession::incidentChanged, this, [this](const Incident &i) {
        if (i.id == m_incidentId)
            showIncident(i);
    });
    connect(m_timer, &QTimer::timeout, this, &IncidentHeader::tick);
    m_timer->start(1000);
    setIncident(0);
}

void IncidentHeader::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    const auto incident = m_session->incident(incidentId);
    // With no incident there is nothing to change: hide the controls, keep the hint readable.
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w != m_title)
            w->setVisible(incident.has_value());
    }
    if (incident) {
        showIncident(*incident);
    } else {
        m_incident = {};
        m_title->setText(tr("No incident open. Start one with File → New Incident (Ctrl+N)."));
        m_clock->clear();
    }
}

void IncidentHeader::showIncident(const Incident &incident)
{
    m_incident = incident;
    m_title->setText(u"#%1  %2"_s.arg(incident.id).arg(incident.title));
    m_title->setToolTip(
        tr("Started %1")
            .arg(QLocale().toString(incident.startedAt.toLocalTime(), QLocale::LongFormat)));
    m_severity->setCurrentIndex(static_cast<int>(incident.severity) - 1);
    m_status->setCurrentIndex(static_cast<int>(incident.status));
    const QColor color = severityColor(incident.severity);
    m_severity->setStyleSheet(u"QComboBox { font-weight: bold; color: white; background: %1; "
                              "padding: 2px 8px; }"_s.arg(color.name()));
    tick();
}

QString IncidentHeader::clockText() const
{
    return m_clock->text();
}

void IncidentHeader::tick()
{
    if (m_incidentId <= 0)
        return;
    const QDateTime ended = m_incident.endedAt();
    if (ended.isValid()) {
        m_clock->setText(tr("%1 after %2")
                             .arg(statusDisplayName(m_incident.status),
                                  formatDuration(m_incident.startedAt.secsTo(ended))));
    } else {
        m_clock->setText(
            tr("%1 elapsed").arg(formatDuration(m_incident.startedAt.secsTo(m_session->now()))));
    }
}

} // namespace bridge
