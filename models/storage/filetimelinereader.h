#pragma once

#include "timelinereader.h"

#include <limits>

struct sqlite3_stmt;

namespace bridge {

// The timeline read straight from SQLite: at 100k rows a QVariant per cell costs more than
// the query itself. Text search runs on the FTS5 index entry_words.
class FileTimelineReader final : public TimelineReader
{
public:
    FileTimelineReader(const QSqlDatabase &db, IncidentStore &people);
    ~FileTimelineReader() override;

    Result<QList<Entry>> entries(qint64 incidentId, const TimelineFilter &filter) override;
    Result<QList<EntryKey>> keys(qint64 incidentId, const TimelineFilter &filter) override;
    Result<QList<qint64>> textMatches(qint64 incidentId, const QString &text) override;
    Result<QList<qint64>> textMatchesAmong(qint64 incidentId, const QString &text,
                                           const QList<qint64> &ids) override;
    // Never: FTS5 lists the 91,000 matches of "t" in a 100k incident in 10-14 ms, less than
    // it takes to check the newest rows for a broad prefix.
    qsizetype searchSplit() const override { return std::numeric_limits<qsizetype>::max(); }
    Result<QList<Entry>> entriesByIds(const QList<qint64> &ids) override;
    Result<bool> matches(const Entry &entry, const QString &text) override;

    // An FTS5 query for the incident's entries holding every word of the text as a prefix,
    // with user text quoted so it can never be read as FTS syntax. Empty when no word is
    // searchable.
    static QString ftsQuery(qint64 incidentId, const QString &text);

private:
    sqlite3_stmt *prepare(const QString &sql, const QVariantList &values);
    Entry entryFromStatement(sqlite3_stmt *stmt);
    Error readError(const char *doing) const;

    QSqlDatabase m_db;
    IncidentStore &m_people;
    sqlite3_stmt *m_byId = nullptr; // reused: rows are read a screenful at a time
};

} // namespace bridge
