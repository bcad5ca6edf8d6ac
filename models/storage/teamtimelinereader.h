#pragma once

#include "timelinereader.h"

#include <QSqlQuery>

namespace bridge {

// The timeline read from a team server. Each read is one statement whose rows arrive whole,
// so names looked up while they are turned into entries cannot cut a result short. Text
// search runs on the GIN index over each entry's words (team migration 3).
class TeamTimelineReader final : public TimelineReader
{
public:
    TeamTimelineReader(const QSqlDatabase &db, IncidentStore &people);

    Result<QList<Entry>> entries(qint64 incidentId, const TimelineFilter &filter) override;
    Result<QList<EntryKey>> keys(qint64 incidentId, const TimelineFilter &filter) override;
    Result<QList<qint64>> textMatches(qint64 incidentId, const QString &text) override;
    Result<QList<qint64>> textMatchesAmong(qint64 incidentId, const QString &text,
                                           const QList<qint64> &ids) override;
    // The server visits each match's row for its id, about a microsecond each.
    qsizetype searchSplit() const override { return 5000; }
    Result<QList<Entry>> entriesByIds(const QList<qint64> &ids) override;
    Result<bool> matches(const Entry &entry, const QString &text) override;

    // What the server is asked for a search. words: a tsquery of every part of every word
    // (the last part of each as a prefix), which the GIN index answers without reading a
    // row's text again. phrases: for each word that punctuation splits ("split-brain"), a
    // regular expression holding its parts next to each other, checked on the rows the
    // index found, at a fraction of what recomputing their tsvectors costs. Only letters,
    // marks and digits reach either, so user text is never query or pattern syntax. words
    // is empty when nothing is searchable.
    struct TextQuery
    {
        QString words;
        QStringList phrases;
    };
    static TextQuery textQuery(const QString &text);

private:
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values, const char *doing);
    // " AND …" for query, its values appended.
    static QString textCondition(qint64 incidentId, const TextQuery &query, QVariantList *values);
    Result<QList<qint64>> matchedIds(QSqlQuery &q, qint64 incidentId, const TextQuery &query);

    QSqlDatabase m_db;
    IncidentStore &m_people;
    QSqlQuery m_wordMatches;
    QSqlQuery m_phraseMatches;
    QSqlQuery m_newestWordMatches; // among given ids: a broad word's newest rows
    QSqlQuery m_newestPhraseMatches;
};

} // namespace bridge
