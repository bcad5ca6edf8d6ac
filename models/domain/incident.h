#pragma once

#include "vocabulary.h"

#include <QDateTime>
#include <QMetaType>

#include <array>

namespace bridge {

// One incident. Times are UTC; a milestone is the first time a status was reached
// and stays put if the status later moves back.
struct Incident
{
    qint64 id = 0;
    QString title;
    Severity severity = Severity::Sev3;
    Status status = Status::Investigating;
    QDateTime startedAt;
    std::array<QDateTime, 5> reached; // indexed by Status; Investigating == startedAt
    QDateTime detectedAt;             // when the alert fired, if known
    QDateTime acknowledgedAt;         // when a responder acknowledged it

    QDateTime milestone(Status s) const { return reached[static_cast<size_t>(s)]; }
    bool isOpen() const { return status != Status::Resolved && status != Status::Closed; }
    // The moment the clock stops: resolution, or nothing while it is still open.
    QDateTime endedAt() const;
    // The instant live figures are taken at: now while open, the resolution once resolved
    // (fatigue, time on the bridge and countdowns stop there, so a closed record is stable).
    QDateTime liveAt(const QDateTime &now) const;
    bool isClosed() const { return status == Status::Closed; }
};

struct NewIncident
{
    QString title;
    Severity severity = Severity::Sev3;
    QDateTime startedAt; // invalid: now
};

} // namespace bridge

Q_DECLARE_METATYPE(bridge::Incident)
