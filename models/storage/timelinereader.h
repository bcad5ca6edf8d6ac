#pragma once

#include "domain/entry.h"
#include "domain/result.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <memory>

namespace bridge {

class IncidentStore;

// The timeline's bulk reads and its text search, the part of reading that each engine does
// its own way (SQLite's C API and FTS5 on a file, PostgreSQL's full-text search on a
// server). A big timeline is read as keys first (id and time, from the index alone) and its
// rows on demand, a screenful at a time. Search takes user text literally, as words to
// match as prefixes, never as query syntax.
class TimelineReader
{
public:
    static std::unique_ptr<TimelineReader> create(const QSqlDatabase &db, IncidentStore &people);
    virtual ~TimelineReader() = default;
    TimelineReader(const TimelineReader &) = delete;
    TimelineReader &operator=(const TimelineReader &) = delete;

    // Every entry the filter lets through, in timeline order.
    virtual Result<QList<Entry>> entries(qint64 incidentId, const TimelineFilter &filter) = 0;
    // The keys of the entries that pass the filter's kinds, actor and retraction; its text
    // is left to textMatches.
    virtual Result<QList<EntryKey>> keys(qint64 incidentId, const TimelineFilter &filter) = 0;
    // Ids of the incident's entries whose text matches, ascending.
    virtual Result<QList<qint64>> textMatches(qint64 incidentId, const QString &text) = 0;
    // Which of these ids (ascending, few: the newest rows shown) match, ascending. A word in
    // most entries is checked on these rows alone first, at a fraction of the whole search.
    virtual Result<QList<qint64>> textMatchesAmong(qint64 incidentId, const QString &text,
                                                   const QList<qint64> &ids)
        = 0;
    // How many matches a search is expected to hold before the timeline shows its newest
    // first and finds the rest after they are painted: where the whole answer starts to
    // cost more than a frame or two.
    virtual qsizetype searchSplit() const = 0;
    // The entries with these ids, in the same order; ids that do not exist are skipped.
    virtual Result<QList<Entry>> entriesByIds(const QList<qint64> &ids) = 0;
    // Whether one entry's text matches (a line just logged, against the filter shown).
    virtual Result<bool> matches(const Entry &entry, const QString &text) = 0;

protected:
    TimelineReader() = default;
    // The filter's kinds, actor and retraction as SQL on `e`, values appended in order.
    // personByName: the engine's way to find a person's id by name, with one placeholder.
    static QString filterSql(const TimelineFilter &filter, const QString &personByName,
                             QVariantList *values);
};

} // namespace bridge
