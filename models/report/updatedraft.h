#pragma once

#include "domain/cadence.h"
#include "domain/incidentrecord.h"

#include <QTimeZone>

namespace bridge {

// Everything a draft is made from, gathered once.
struct DraftInput
{
    IncidentRecord record;
    QList<StatusUpdate> updates;
    UpdatePolicy policy;
    QDateTime now;
    QTimeZone zone; // times in the text are shown in this zone
};

// A prefilled update and the timeline entries its words came from, so the author can see
// what the draft rests on and check it is still true.
struct DraftedUpdate
{
    QString text;
    QList<Entry> sources; // oldest first
};

// A prefilled update for one audience, from the live state. Square brackets mark what only
// a person can write; the language check reminds the author to fill them in.
// Executive: the incident, what was last seen and decided, impact, work, next update. The
// latest observations lead because a title written at the start goes stale within the hour.
// Customer: status-page state in plain language, no internal or people's names, so it
// quotes no timeline text.
// Tactical: conditions, what is new since the last tactical update, actions, needs.
DraftedUpdate draftUpdate(Audience audience, const DraftInput &input);

// When the next update promised by this draft is due (cadence from now), or invalid.
QDateTime promisedNextUpdate(const DraftInput &input);

} // namespace bridge
