#pragma once

#include "domain/statusview.h"

#include <QByteArray>
#include <QTimeZone>

namespace bridge::serve {

// What every page needs besides the record: the zone times are shown in (with UTC beside
// it), the token to carry on links when the page was opened with ?token=, and the version of
// the record it shows (the page asks for a newer one to update itself).
struct PageContext
{
    QTimeZone zone;
    QString tokenQuery; // "?token=…" or empty
    qint64 version = 0;
    QString databaseName; // shown in the footer
};

// The HTML pages for leaders: self-contained (one inline style and script, allowed by their
// hashes in the Content-Security-Policy), every text escaped.
QByteArray indexPage(const QList<IncidentStatus> &board, const PageContext &context);
QByteArray incidentPage(const IncidentStatus &status, const PageContext &context);
// The customer-facing page: customer updates only, status-page states, no names.
QByteArray customerStatusPage(const QList<IncidentStatus> &board, const PageContext &context);
QByteArray messagePage(const QString &title, const QString &message);

// The hashes the Content-Security-Policy allows the pages' style and script by.
QByteArray pageStyleHash();
QByteArray pageScriptHash();

} // namespace bridge::serve
