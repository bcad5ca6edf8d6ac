#pragma once

#include "timelinereader.h"

#include <QSqlQuery>

namespace bridge {

// The timeline read from a team server. Each read is one statement whose rows arrive whole,
// so names looked up while they are turned into entries cannot cut a result short. Text
// search runs on the entry's tsvector column and its GIN index.
class TeamTimelineReader final : public TimelineReader
{
public:
    TeamTimelineReader(const QSqlDatabase &db, IncidentStore &people);

    Result<QList<Entry>> entries(qint64 incidentId, const TimelineFilter &filter) override;
    Result<QList<EntryKey>> keys(qint64 incidentId, const TimelineFilter &filter) override;
    Result<QList<qint64>> textMatches(qint64 incidentId, const QString &text) override;
    Result<QList<Entry>> entriesByIds(const QList<qint64> &ids) override;
    Result<bool> matches(const Entry &entry, const QString &text) override;

    // A tsquery matching every word as a prefix (its parts, split as the index splits text,
    // as a phrase). Only letters and digits reach it, so user text is never query syntax.
    // Empty when no word is searchable.
    static QString tsQuery(const QString &text);

private:
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values, const char *doing);

    QSqlDatabase m_db;
    IncidentStore &m_people;
};

} // namespace bridge
