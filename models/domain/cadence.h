#pragma once

#include "incident.h"

#include <QList>

#include <optional>

// Update cadence and SLA: who the update is for, what the policy promises, and whether the
// bridge is keeping the promise. Pure functions of the record and "now", so they are tested
// with a fixed clock.
namespace bridge {

enum class Audience { Executive, Customer, Tactical };

QString audienceKey(Audience a); // "executive"
std::optional<Audience> audienceFromKey(QStringView key);
QString audienceDisplayName(Audience a);
QList<Audience> allAudiences();

struct UpdatePolicy
{
    Severity severity = Severity::Sev3;
    int ackMinutes = 60;
    std::optional<int> everyMinutes; // none: no cadence (SEV4 by default)
};

struct StatusUpdate
{
    qint64 id = 0;
    qint64 incidentId = 0;
    Audience audience = Audience::Executive;
    QString text;
    QDateTime sentAt;
    QString author;
};

struct SlaFigures
{
    QDateTime ackDue;                  // detected (or started) + ack minutes
    std::optional<qint64> ackMinutes;  // until acknowledged: none
    std::optional<bool> ackMet;        // none while not acknowledged and not yet due
    std::optional<int> cadenceMinutes; // none: no cadence for this severity
    QDateTime nextUpdateDue;           // invalid when no update is due (no cadence, or over)
    Audience nextUpdateAudience = Audience::Executive; // whose update nextUpdateDue is
    bool overdue = false;
    // Per covered audience, gaps between its updates (from the start, and to the end once
    // over) longer than the cadence.
    int lateUpdates = 0;
};

// When the clock for acknowledgement and updates starts: detection if known, else the start.
QDateTime clockStart(const Incident &incident);

// updates: every update sent for the incident, any audience, in any order.
SlaFigures computeSla(const Incident &incident, const UpdatePolicy &policy,
                      const QList<StatusUpdate> &updates, const QDateTime &now);

// The cadence promises updates to leaders and customers. Tactical updates are the bridge's
// own and go out when the bridge needs one, so no clock runs for them.
bool cadenceCovers(Audience audience);

// When the next update for one audience is due (its own last update + cadence); invalid when
// none is (no cadence, the incident is over, or the audience is not covered).
QDateTime nextDueFor(Audience audience, const Incident &incident, const UpdatePolicy &policy,
                     const QList<StatusUpdate> &updates);

struct AudienceDue
{
    Audience audience;
    QDateTime due;
};
// The covered audience whose update is due first: the most overdue one when several are late.
std::optional<AudienceDue> firstDue(const Incident &incident, const UpdatePolicy &policy,
                                    const QList<StatusUpdate> &updates);

// The status-page word for an incident status: investigating, identified, monitoring, resolved.
QString statusPageState(Status status);

} // namespace bridge

Q_DECLARE_METATYPE(bridge::StatusUpdate)
