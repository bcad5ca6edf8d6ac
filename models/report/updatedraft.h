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

// A prefilled update for one audience, from the live state. Square brackets mark what only
// a person can write; the language check reminds the author to fill them in.
// Executive: current status, impact, what we are doing, next update.
// Customer: status-page state in plain language, no internal or people's names.
// Tactical: conditions, actions, needs.
QString draftUpdate(Audience audience, const DraftInput &input);

// When the next update promised by this draft is due (cadence from now), or invalid.
QDateTime promisedNextUpdate(const DraftInput &input);

} // namespace bridge
