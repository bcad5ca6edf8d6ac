#pragma once

#include "domain/entry.h"
#include "domain/result.h"

#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

namespace bridge {

class IncidentStore;

// The timeline's bulk reads, straight from SQLite: at 100k rows a QVariant per cell costs
// more than the query itself. A big timeline is read as keys first (id and time, from the
// index alone) and its rows on demand, a screenful at a time.
class TimelineReader
{
public:
    TimelineReader(const QSqlDatabase &db, IncidentStore &people);
    ~TimelineReader();
    TimelineReader(const TimelineReader &) = delete;
    TimelineReader &operator=(const TimelineReader &) = delete;

    // Every entry the filter lets through, in timeline order.
    Result<QList<Entry>> entries(qint64 incidentId, const TimelineFilter &filter);
    // The keys of the entries that pass the filter's kinds, actor and retraction; its text
    // is left to textMatches.
    Result<QList<EntryKey>> keys(qint64 incidentId, const TimelineFilter &filter);
    // Ids of the incident's entries whose text matches, ascending.
    Result<QList<qint64>> textMatches(qint64 incidentId, const QString &text);
    // The entries with these ids, in the same order; ids that do not exist are skipped.
    Result<QList<Entry>> entriesByIds(const QList<qint64> &ids);

private:
    sqlite3_stmt *prepare(const QString &sql, const QVariantList &values);
    Entry entryFromStatement(sqlite3_stmt *stmt);
    Error readError(const char *doing) const;

    QSqlDatabase m_db;
    IncidentStore &m_people;
    sqlite3_stmt *m_byId = nullptr; // reused: rows are read a screenful at a time
};

} // namespace bridge
