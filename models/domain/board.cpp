#include "board.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Board)
};
} // namespace

QString roleKey(Role r)
{
    switch (r) {
    case Role::Commander:
        return u"commander"_s;
    case Role::Deputy:
        return u"deputy"_s;
    case Role::Scribe:
        return u"scribe"_s;
    case Role::Comms:
        return u"comms"_s;
    case Role::Sme:
        return u"sme"_s;
    case Role::Observer:
        return u"observer"_s;
    }
    return {};
}

std::optional<Role> roleFromKey(QStringView key)
{
    for (Role r : allRoles()) {
        if (key.compare(roleKey(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

QString roleDisplayName(Role r)
{
    switch (r) {
    case Role::Commander:
        return Tr::tr("Incident commander");
    case Role::Deputy:
        return Tr::tr("Deputy");
    case Role::Scribe:
        return Tr::tr("Scribe");
    case Role::Comms:
        return Tr::tr("Comms lead");
    case Role::Sme:
        return Tr::tr("Subject-matter expert");
    case Role::Observer:
        return Tr::tr("Observer");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Commander, Role::Deputy, Role::Scribe, Role::Comms, Role::Sme, Role::Observer};
}

bool isSingleHolder(Role r)
{
    return r != Role::Sme && r != Role::Observer;
}

QString workstreamStateKey(WorkstreamState s)
{
    switch (s) {
    case WorkstreamState::Open:
        return u"open"_s;
    case WorkstreamState::Active:
        return u"active"_s;
    case WorkstreamState::Blocked:
        return u"blocked"_s;
    case WorkstreamState::Done:
        return u"done"_s;
    }
    return {};
}

std::optional<WorkstreamState> workstreamStateFromKey(QStringView key)
{
    for (WorkstreamState s : allWorkstreamStates()) {
        if (key.compare(workstreamStateKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString workstreamStateDisplayName(WorkstreamState s)
{
    switch (s) {
    case WorkstreamState::Open:
        return Tr::tr("Open");
    case WorkstreamState::Active:
        return Tr::tr("Active");
    case WorkstreamState::Blocked:
        return Tr::tr("Blocked");
    case WorkstreamState::Done:
        return Tr::tr("Done");
    }
    return {};
}

QList<WorkstreamState> allWorkstreamStates()
{
    return {WorkstreamState::Open, WorkstreamState::Active, WorkstreamState::Blocked,
            WorkstreamState::Done};
}

QString Handoff::subjectKey() const
{
    if (role)
        return u"role:"_s + roleKey(*role);
    return u"workstream:%1"_s.arg(workstreamId);
}

QString Handoff::subjectDisplayName() const
{
    if (role)
        return roleDisplayName(*role);
    return Tr::tr("Workstream \"%1\"").arg(workstreamTitle);
}

} // namespace bridge
