#pragma once

#include "board.h"
#include "cadence.h"
#include "entry.h"
#include "incident.h"

namespace bridge {

// What leaders read about one incident (`serve`'s pages and feeds): its status, not its log.
struct IncidentStatus
{
    Incident incident;
    QString commander;           // the acknowledged holder; empty: nobody yet
    QList<AudienceDue> nextDue;  // per audience the cadence covers, while open
    QList<StatusUpdate> updates; // every update sent, newest first
    SlaFigures sla;
    QList<Workstream> openWorkstreams; // not done
    QList<Entry> keyMoments;           // pinned and not retracted, oldest first
    QDateTime readAt;                  // the moment the figures were taken at
};

} // namespace bridge
