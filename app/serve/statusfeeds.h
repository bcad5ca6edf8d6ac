#pragma once

#include "domain/statusview.h"

#include <QByteArray>
#include <QJsonObject>

namespace bridge::serve {

// Atom (RFC 4287) of the updates sent to leaders and customers, newest first: of every
// incident on the board, or of one. feedKey keeps entry ids unique to this record.
QByteArray updatesFeed(const QList<IncidentStatus> &incidents, const QString &title,
                       const QString &selfPath, const QString &feedKey);

// GET /api/incidents: list --json's array, each with its status page state, commander and
// next updates due, under "incidents".
QJsonObject incidentListJson(const QList<IncidentStatus> &board);

} // namespace bridge::serve
