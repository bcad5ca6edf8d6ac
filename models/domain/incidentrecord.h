#pragma once

#include "board.h"
#include "cadence.h"
#include "entry.h"
#include "fatigue.h"
#include "incident.h"
#include "review.h"

namespace bridge {

// Everything known about one incident at one moment: what show --json prints and what
// the postmortem is built from.
struct IncidentRecord
{
    Incident incident;
    QList<Entry> entries;
    QList<RoleAssignment> roles;
    QList<Workstream> workstreams;
    QList<Handoff> handoffs;
    QList<ResponderFigures> responders;
    QList<ResponderStint> stints; // the facts the figures are computed from
    QList<StatusUpdate> updates;
    SlaFigures sla;
    Review review;
    QHash<qint64, QList<EntryRevision>> revisions; // entry id -> earlier states, oldest first
};

} // namespace bridge
