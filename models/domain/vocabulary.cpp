#include "vocabulary.h"
#include "plurals.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Vocabulary)
};
} // namespace

QString severityKey(Severity s)
{
    return u"SEV%1"_s.arg(static_cast<int>(s));
}

std::optional<Severity> severityFromKey(QStringView key)
{
    for (Severity s : allSeverities()) {
        if (key.compare(severityKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QList<Severity> allSeverities()
{
    return {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4};
}

QString statusKey(Status s)
{
    switch (s) {
    case Status::Investigating:
        return u"investigating"_s;
    case Status::Identified:
        return u"identified"_s;
    case Status::Mitigated:
        return u"mitigated"_s;
    case Status::Resolved:
        return u"resolved"_s;
    case Status::Closed:
        return u"closed"_s;
    }
    return {};
}

std::optional<Status> statusFromKey(QStringView key)
{
    for (Status s : allStatuses()) {
        if (key.compare(statusKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString statusDisplayName(Status s)
{
    switch (s) {
    case Status::Investigating:
        return Tr::tr("Investigating");
    case Status::Identified:
        return Tr::tr("Identified");
    case Status::Mitigated:
        return Tr::tr("Mitigated");
    case Status::Resolved:
        return Tr::tr("Resolved");
    case Status::Closed:
        return Tr::tr("Closed");
    }
    return {};
}

QList<Status> allStatuses()
{
    return {Status::Investigating, Status::Identified, Status::Mitigated, Status::Resolved,
            Status::Closed};
}

QString kindKey(EntryKind k)
{
    switch (k) {
    case EntryKind::Action:
        return u"action"_s;
    case EntryKind::Observation:
        return u"observation"_s;
    case EntryKind::Expectation:
        return u"expectation"_s;
    case EntryKind::Assumption:
        return u"assumption"_s;
    case EntryKind::Decision:
        return u"decision"_s;
    case EntryKind::Note:
        return u"note"_s;
    case EntryKind::StatusChange:
        return u"status"_s;
    case EntryKind::Handoff:
        return u"handoff"_s;
    case EntryKind::Update:
        return u"update"_s;
    }
    return {};
}

std::optional<EntryKind> kindFromKey(QStringView key)
{
    for (EntryKind k : allKinds()) {
        if (key.compare(kindKey(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QString kindDisplayName(EntryKind k)
{
    switch (k) {
    case EntryKind::Action:
        return Tr::tr("Action");
    case EntryKind::Observation:
        return Tr::tr("Observation");
    case EntryKind::Expectation:
        return Tr::tr("Expectation");
    case EntryKind::Assumption:
        return Tr::tr("Assumption");
    case EntryKind::Decision:
        return Tr::tr("Decision");
    case EntryKind::Note:
        return Tr::tr("Note");
    case EntryKind::StatusChange:
        return Tr::tr("Status");
    case EntryKind::Handoff:
        return Tr::tr("Handoff");
    case EntryKind::Update:
        return Tr::tr("Update sent");
    }
    return {};
}

QString kindCount(EntryKind k, int n)
{
    switch (k) {
    case EntryKind::Action:
        return Tr::tr("%n action(s)", nullptr, n);
    case EntryKind::Observation:
        return Tr::tr("%n observation(s)", nullptr, n);
    case EntryKind::Expectation:
        return Tr::tr("%n expectation(s)", nullptr, n);
    case EntryKind::Assumption:
        return Tr::tr("%n assumption(s)", nullptr, n);
    case EntryKind::Decision:
        return Tr::tr("%n decision(s)", nullptr, n);
    case EntryKind::Note:
        return Tr::tr("%n note(s)", nullptr, n);
    case EntryKind::StatusChange:
        return Tr::tr("%n status change(s)", nullptr, n);
    case EntryKind::Handoff:
        return Tr::tr("%n handoff(s)", nullptr, n);
    case EntryKind::Update:
        return Tr::tr("%n update(s) sent", nullptr, n);
    }
    return {};
}

QList<EntryKind> humanKinds()
{
    return {EntryKind::Action,     EntryKind::Observation, EntryKind::Expectation,
            EntryKind::Assumption, EntryKind::Decision,    EntryKind::Note};
}

QList<EntryKind> allKinds()
{
    QList<EntryKind> kinds = humanKinds();
    kinds << EntryKind::StatusChange << EntryKind::Handoff << EntryKind::Update;
    return kinds;
}

bool isSystemKind(EntryKind k)
{
    return !humanKinds().contains(k);
}

} // namespace bridge

namespace {
void installPluralsAtStart()
{
    bridge::installEnglishPlurals();
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(installPluralsAtStart)
