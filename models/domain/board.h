#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Ownership on the bridge: roles, workstreams, handoffs and the people on the call.
namespace bridge {

enum class Role { Commander, Deputy, Scribe, Comms, Sme, Observer };

QString roleKey(Role r); // "commander"
std::optional<Role> roleFromKey(QStringView key);
QString roleDisplayName(Role r); // "Incident commander"
QList<Role> allRoles();
bool isSingleHolder(Role r); // commander, deputy, scribe, comms

struct RoleAssignment
{
    qint64 id = 0;
    Role role = Role::Observer;
    QString person;
    QDateTime from;
    QDateTime to; // invalid while held
    bool isCurrent() const { return !to.isValid(); }
};

enum class WorkstreamState { Open, Active, Blocked, Done };

QString workstreamStateKey(WorkstreamState s);
std::optional<WorkstreamState> workstreamStateFromKey(QStringView key);
QString workstreamStateDisplayName(WorkstreamState s);
QList<WorkstreamState> allWorkstreamStates();

struct Workstream
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString title;
    QString owner; // empty: nobody yet
    QStringList helpers;
    WorkstreamState state = WorkstreamState::Open;
    QDateTime checkInAt;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 sourceEntryId = 0;

    bool isCheckInOverdue(const QDateTime &now) const
    {
        return state != WorkstreamState::Done && checkInAt.isValid() && checkInAt < now;
    }
};

struct WorkstreamDraft
{
    QString title;
    QString owner;
    WorkstreamState state = WorkstreamState::Open;
    QDateTime checkInAt;
    QString notes;
    QStringList helpers;
    qint64 sourceEntryId = 0;
};

// What the receiver needs to carry on: short answers, not an essay.
struct HandoffContext
{
    QString doneSoFar;
    QString inFlight;
    QString nextSteps;
    QString openAssumptions;
    QString risks;
    QString note;
    bool isEmpty() const
    {
        return doneSoFar.isEmpty() && inFlight.isEmpty() && nextSteps.isEmpty()
               && openAssumptions.isEmpty() && risks.isEmpty() && note.isEmpty();
    }
};

struct Handoff
{
    qint64 id = 0;
    qint64 incidentId = 0;
    std::optional<Role> role;
    qint64 workstreamId = 0;
    QString workstreamTitle;
    QString from; // empty when nobody held it
    QString to;
    QDateTime at;
    HandoffContext context;
    QDateTime acknowledgedAt;
    QString acknowledgedBy; // who pressed Acknowledge; may differ from `to` on a shared machine
    QDateTime withdrawnAt;  // the offer was withdrawn (superseded, or closed with the incident)

    bool isAcknowledged() const { return acknowledgedAt.isValid(); }
    bool isWithdrawn() const { return withdrawnAt.isValid(); }
    // Offered and not yet taken: the giver still holds the role or workstream.
    bool isWaiting() const { return !isAcknowledged() && !isWithdrawn(); }
    QString subjectKey() const; // "role:commander" or "workstream:3"
    QString subjectDisplayName() const;
};

// One person's time on one incident's bridge.
struct ResponderStint
{
    qint64 incidentId = 0;
    QString person;
    QDateTime joinedAt;
    QDateTime leftAt; // invalid while on the bridge
    QDateTime pagedAt;
};

} // namespace bridge

Q_DECLARE_METATYPE(bridge::Workstream)
Q_DECLARE_METATYPE(bridge::Handoff)
