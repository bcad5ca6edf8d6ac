#pragma once

#include "domain/incidentrecord.h"

#include <QTimeZone>

// The postmortem as one document model, so Markdown, HTML, PDF and the window never
// disagree. Blocks hold plain text; each writer escapes it for its own format.
namespace bridge {

struct DocBlock
{
    enum class Type { Subheading, Paragraph, Facts, Table, Bullets, AssumptionMap, OwnershipChart };
    Type type = Type::Paragraph;
    QString text;                             // Subheading, Paragraph
    QList<std::pair<QString, QString>> facts; // Facts: label, value
    QStringList headers;                      // Table
    QList<QStringList> rows;                  // Table
    QStringList items;                        // Bullets
    // A table of timeline rows (When, Kind, Who, What happened, Notes) that print lays out
    // as one paragraph per row: QTextDocument takes 12 s to paginate a 10k-row table.
    bool entryRows = false;
};

struct DocSection
{
    QString title;
    QList<DocBlock> blocks;
};

// A point on the assumption map.
struct AssumptionPoint
{
    QString label; // the assumption, shortened
    QString actor;
    bool known = false;
    bool important = true;
    bool rated = false; // not yet placed in the review
};

// One bar of the ownership chart: who held a role or a workstream, from when to when.
struct OwnershipBar
{
    QString lane; // "Incident commander", "Workstream: Warm the cache"
    QString person;
    QDateTime from;
    QDateTime to;
};

struct PostmortemDocument
{
    QString title;
    bool draft = false; // the incident is still open
    QTimeZone zone;
    QList<DocSection> sections;
    QList<AssumptionPoint> assumptions;
    QList<OwnershipBar> ownership;
    QDateTime chartStart;
    QDateTime chartEnd;
};

PostmortemDocument buildPostmortem(const IncidentRecord &record, const QTimeZone &zone,
                                   const QDateTime &now);

// "Tue 24 Nov 2026 23:58 CET (22:58 UTC)": every time in the report carries its date and zone.
QString reportTime(const QDateTime &t, const QTimeZone &zone);

} // namespace bridge
