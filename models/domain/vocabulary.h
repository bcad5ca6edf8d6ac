#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The blameless vocabulary of PRODUCT.md: severities, statuses and entry kinds,
// with the stable keys stored in the database and used on the command line.
namespace bridge {

enum class Severity { Sev1 = 1, Sev2, Sev3, Sev4 };

enum class Status { Investigating, Identified, Mitigated, Resolved, Closed };

enum class EntryKind {
    // Written by people: Allspaw's items plus decisions and plain notes.
    Action,
    Observation,
    Expectation,
    Assumption,
    Decision,
    Note,
    // Written by the system.
    StatusChange,
    Handoff,
    Update,
};

QString severityKey(Severity s);                          // "SEV1"
std::optional<Severity> severityFromKey(QStringView key); // case-insensitive
QList<Severity> allSeverities();

QString statusKey(Status s); // "investigating"
std::optional<Status> statusFromKey(QStringView key);
QString statusDisplayName(Status s); // translated, capitalised
QList<Status> allStatuses();

QString kindKey(EntryKind k); // "action", "status", ...
std::optional<EntryKind> kindFromKey(QStringView key);
QString kindDisplayName(EntryKind k);
QString kindCount(EntryKind k, int n); // "2 observations", plural-correct (plurals.h)
QList<EntryKind> humanKinds();         // the kinds a scribe may log
QList<EntryKind> allKinds();
bool isSystemKind(EntryKind k);

} // namespace bridge
