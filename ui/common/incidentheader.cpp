#include "incidentheader.h"
#include "tooltip.h"

#include "domain/timeparse.h"
#include "kindstyle.h"
#include "session/incidentsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bridge {

IncidentHeader::IncidentHeader(IncidentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_clock(new QLabel(this))
    , m_sla(new QLabel(this))
    , m_roles(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_acknowledge(new QPushButton(tr("&Acknowledge"), this))
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

    m_sla->setTextFormat(Qt::PlainText);
    m_sla->setAccessibleName(tr("Acknowledgement and update clocks"));
    m_roles->setTextFormat(Qt::PlainText);
    m_roles->setAccessibleName(tr("Who holds the roles"));
    m_pending->setTextFormat(Qt::PlainText);
    m_pending->setAccessibleName(tr("Handoff waiting for acknowledgement"));
    m_pending->setStyleSheet(u"QLabel { color: black; background: #ffd166; padding: 3px 8px; "
                             "border-radius: 3px; font-weight: bold; }"_s);
    m_acknowledge->setToolTip(tr("The receiver confirms they have it"));
    m_askOpenWork
        = [](QWidget *parent, const QString &what) -> std::optional<IncidentSession::OpenWork> {
        QMessageBox box(QMessageBox::Question, tr("Close with work still open?"), what,
                        QMessageBox::Cancel, parent);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(tr("Closing them marks the workstreams done and withdraws the "
                                  "handoffs; keeping them leaves them as they are. Either way "
                                  "the timeline says which."));
        QPushButton *close
            = box.addButton(tr("&Close Them as They Stand"), QMessageBox::AcceptRole);
        QPushButton *keep = box.addButton(tr("&Keep Them Open"), QMessageBox::AcceptRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == close)
            return IncidentSession::OpenWork::Close;
        if (box.clickedButton() == keep)
            return IncidentSession::OpenWork::Keep;
        return std::nullopt;
    };
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        if (auto acked = m_session->acknowledgeHandoff(m_pendingHandoffId); !acked)
            emit message(acked.error().message);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(severityLabel);
    top->addWidget(m_severity);
    top->addWidget(statusLabel);
    top->addWidget(m_status);
    top->addSpacing(16);
    top->addWidget(m_clock);
    // Rows that may hold long names wrap instead of widening the window.
    m_roles->setWordWrap(true);
    m_pending->setWordWrap(true);
    auto *second = new QHBoxLayout;
    second->addWidget(m_roles, 1);
    second->addWidget(m_sla);
    auto *third = new QHBoxLayout;
    third->addWidget(m_pending, 1);
    third->addWidget(m_acknowledge);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 8);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addLayout(third);

    connect(m_severity, &QComboBox::activated, this, [this] {
        const auto s = static_cast<Severity>(m_severity->currentData().toInt());
        if (auto changed = m_session->setSeverity(m_incidentId, s); !changed) {
            emit message(changed.error().message);
            showIncident(m_incident);
        }
    });
    connect(m_status, &QComboBox::activated, this,
            [this] { changeStatus(static_cast<Status>(m_status->currentData().toInt())); });
    connect(session, &IncidentSession::incidentChanged, this, [this](const Incident &i) {
        if (i.id == m_incidentId)
            showIncident(i);
    });
    connect(session, &IncidentSession::boardChanged, this, [this](qint64 incidentId) {
        if (incidentId == m_incidentId)
            refreshBoard();
    });
    connect(session, &IncidentSession::updatesChanged, this, [this](qint64 incidentId) {
        if (incidentId == m_incidentId)
            refreshSla();
    });
    connect(m_timer, &QTimer::timeout, this, &IncidentHeader::tick);
    m_timer->start(1000);
    setIncident(0);
}

void IncidentHeader::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    m_lastSla.reset();
    const auto incident = m_session->incident(incidentId);
    // With no incident there is nothing to change: hide the controls, keep the hint readable.
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w != m_title)
            w->setVisible(incident.has_value());
    }
    if (incident) {
        showIncident(*incident);
        refreshBoard();
        refreshSla();
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

void IncidentHeader::refreshBoard()
{
    QList<Handoff> pending;
    if (auto handoffs = m_session->handoffs(m_incidentId)) {
        for (const Handoff &h : *handoffs) {
            if (h.isWaiting())
                pending << h;
        }
    }
    // Waiting stops counting when the incident is resolved: a closed record is still.
    const QDateTime live = m_incident.liveAt(m_session->now());
    QStringList holders;
    for (Role r : {Role::Commander, Role::Comms, Role::Scribe}) {
        const QString who = m_session->currentHolder(m_incidentId, r);
        QString text
            = tr("%1: %2").arg(roleDisplayName(r), who.isEmpty() ? tr("nobody — assign one") : who);
        for (const Handoff &h : std::as_const(pending)) {
            if (h.role == r)
                text += u' '
                        + tr("(offered to %1, waiting %2)")
                              .arg(h.to, formatMinutes(std::max<qint64>(0, h.at.secsTo(live))));
        }
        holders << text;
    }
    m_roles->setText(holders.join(u"     "_s));

    // A role changing hands (the commander, above all) matters more than a workstream.
    std::stable_sort(pending.begin(), pending.end(), [](const Handoff &a, const Handoff &b) {
        return a.role.has_value() && !b.role.has_value();
    });
    m_pendingHandoffId = pending.isEmpty() ? 0 : pending.first().id;
    if (pending.isEmpty()) {
        m_pending->clear();
    } else {
        const Handoff &h = pending.first();
        const QString giver
            = h.from.isEmpty() ? QString() : tr(", %1 keeps it until then").arg(h.from);
        QString text = tr("%1 offered to %2, not acknowledged for %3%4")
                           .arg(h.subjectDisplayName(), h.to,
                                formatMinutes(std::max<qint64>(0, h.at.secsTo(live))), giver);
        if (pending.size() > 1)
            text += u"  "_s + tr("(+%1 more)").arg(pending.size() - 1);
        m_pending->setText(text);
    }
    m_pending->setVisible(!pending.isEmpty());
    m_acknowledge->setVisible(!pending.isEmpty());
    if (!pending.isEmpty()) {
        // On a shared machine the person at the keyboard may acknowledge for the receiver;
        // the button says so, and the record keeps who pressed it.
        const Handoff &h = pending.first();
        const bool forSomeoneElse = foldName(h.to) != foldName(m_session->scribe());
        m_acknowledge->setText(forSomeoneElse ? tr("&Acknowledge for %1").arg(h.to)
                                              : tr("&Acknowledge"));
        m_acknowledge->setToolTip(plainToolTip(
            forSomeoneElse ? tr("%1 has said on the call that they have it; recorded as "
                                "acknowledged by %2")
                                 .arg(h.to, m_session->scribe())
                           : tr("You confirm you have it")));
    } else {
        m_acknowledge->setToolTip(QString());
    }
}

void IncidentHeader::refreshSla()
{
    auto read = m_session->sla(m_incidentId);
    if (read) {
        m_lastSla = std::move(read).value();
        m_sla->setToolTip(QString());
    } else if (m_lastSla && !m_session->reachable()) {
        // The team database is away: its due times are what was last read, and nobody can
        // change them until it is back, so the countdowns go on from those, and the alarm.
        m_sla->setToolTip(tr("As last read from the team database, which is unreachable; "
                             "nothing can change these until it is back."));
    } else {
        m_lastSla.reset();
        m_sla->clear();
        return;
    }
    const SlaFigures *sla = &*m_lastSla;
    const QDateTime now = m_session->now();
    QStringList parts;
    if (sla->ackMinutes)
        parts << (sla->ackMet.value_or(true) ? tr("Acknowledged in %1m, within policy")
                                             : tr("Acknowledged in %1m, policy missed"))
                     .arg(*sla->ackMinutes);
    else if (sla->ackMet == false && !m_incident.isOpen())
        parts << tr("Never acknowledged");
    else if (sla->ackMet == false)
        parts << tr("NOT ACKNOWLEDGED, due %1").arg(sla->ackDue.toLocalTime().toString(u"HH:mm"_s));
    else
        parts << tr("Acknowledge within %1").arg(formatMinutes(now.secsTo(sla->ackDue)));

    const bool overdue = sla->overdue;
    // The audience due first, so this clock and the composer's never disagree.
    const QString audience = audienceDisplayName(sla->nextUpdateAudience);
    if (sla->nextUpdateDue.isValid()) {
        parts << (overdue ? tr("%1 update OVERDUE by %2")
                                .arg(audience, formatMinutes(sla->nextUpdateDue.secsTo(now)))
                          : tr("%1 update due in %2")
                                .arg(audience, formatMinutes(now.secsTo(sla->nextUpdateDue))));
    }
    m_sla->setText(parts.join(u"  ·  "_s));
    // Once the incident is over a missed promise is a fact for the review, not an alarm.
    const bool alarm = m_incident.isOpen() && (overdue || sla->ackMet == false);
    m_sla->setStyleSheet(alarm ? u"QLabel { color: white; background: #b3261e; font-weight: bold; "
                                 "padding: 3px 8px; border-radius: 3px; }"_s
                               : QString());

    const QDateTime due = sla->nextUpdateDue;
    switch (m_reminder.at(due, overdue, now)) {
    case UpdateReminder::Stage::None:
        break;
    case UpdateReminder::Stage::DueSoon:
        emit updateReminder(
            tr("The %1 update for %2 is due in %3.")
                .arg(audience.toLower(), m_incident.title, formatMinutes(now.secsTo(due))));
        break;
    case UpdateReminder::Stage::Overdue:
        emit updateReminder(tr("The %1 update for %2 is overdue. Open the composer with "
                               "Ctrl+Shift+U.")
                                .arg(audience.toLower(), m_incident.title));
        break;
    }
}

void IncidentHeader::changeStatus(Status s)
{
    auto changed = m_session->setStatus(m_incidentId, s);
    if (!changed && changed.error().code == Error::Code::Decision) {
        const auto choice = m_askOpenWork(this, changed.error().message);
        if (!choice) {
            showIncident(m_incident); // stays as it was
            return;
        }
        changed = m_session->setStatus(m_incidentId, s, {}, *choice);
    }
    if (!changed) {
        emit message(changed.error().message);
        showIncident(m_incident);
    }
}

QString IncidentHeader::slaText() const
{
    return m_sla->text();
}

QString IncidentHeader::rolesText() const
{
    return m_roles->text();
}

QString IncidentHeader::pendingText() const
{
    return m_pending->isHidden() ? QString() : m_pending->text();
}

QString IncidentHeader::clockText() const
{
    return m_clock->text();
}

void IncidentHeader::tick()
{
    if (m_incidentId <= 0)
        return;
    if (m_pendingHandoffId > 0)
        refreshBoard(); // keeps "waiting for N minutes" honest
    refreshSla();
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
