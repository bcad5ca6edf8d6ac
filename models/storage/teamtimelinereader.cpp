#include "teamtimelinereader.h"

#include "incidentstore.h"
#include "sqlerror.h"
#include "sqlhelpers.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
// person.name has a unique index on lower(name), as NOCASE is on a file.
const QString PersonByName = u"SELECT id FROM person WHERE lower(name) = lower(?)"_s;
// Words are indexed per incident (team migration 3): the query names the incident too.
const QString WordsIn = u"incident_lexemes(e.incident_id, e.text) @@ incident_query(?, ?)"_s;
// Every phrase pattern (a text[]) found in the text.
const QString PhrasesIn = u"e.text ~* ALL (?::text[])"_s;
// A phrase's parts in a row, as incident_lexemes sees them: the text split at everything
// that is neither a letter nor a digit, compared without case. The parts are letters,
// marks and digits only, never pattern syntax.
QString phrasePattern(const QStringList &parts)
{
    return u"(^|[^[:alnum:]])"_s + parts.join(u"[^[:alnum:]]+"_s);
}
// A text[] literal of patterns, which hold no quote or backslash to escape.
QString textArray(const QStringList &items)
{
    return u"{\""_s + items.join(u"\",\""_s) + u"\"}"_s;
}
} // namespace

TeamTimelineReader::TeamTimelineReader(const QSqlDatabase &db, IncidentStore &people)
    : m_db(db)
    , m_people(people)
    , m_wordMatches(db)
    , m_phraseMatches(db)
    , m_newestWordMatches(db)
    , m_newestPhraseMatches(db)
{
    // Typed a letter at a time: prepared once per connection, each search is one round trip
    // instead of three (QPSQL prepares, executes and deallocates a statement by name).
    // One row: tens of thousands of ids as one text, not a row each through the driver,
    // put in order here (textMatches), which costs less than sorting texts on the server.
    const QString matches = u"SELECT string_agg(e.id::text, ',') FROM entry e WHERE "_s + WordsIn;
    m_wordMatches.prepare(matches);
    m_phraseMatches.prepare(matches + u" AND "_s + PhrasesIn);
    // Materialized: the words are computed on the given rows alone. Offered the GIN index,
    // the planner would read a broad word's whole posting list, the cost this read avoids.
    // The query is a subquery so that it is built once, not once a row, in the generic plan
    // the server keeps for a statement prepared once.
    const QString newest = u"WITH shown AS MATERIALIZED (SELECT id, incident_id, text FROM "
                           "entry WHERE id = ANY(?::bigint[])) SELECT string_agg(e.id::text, "
                           "',') FROM shown e WHERE incident_lexemes(e.incident_id, e.text) @@ "
                           "(SELECT incident_query(?, ?))"_s;
    m_newestWordMatches.prepare(newest);
    m_newestPhraseMatches.prepare(newest + u" AND "_s + PhrasesIn);
}

TeamTimelineReader::TextQuery TeamTimelineReader::textQuery(const QString &text)
{
    static const QRegularExpression separators(u"\\s+"_s);
    TextQuery query;
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        QStringList parts;
        QString part;
        for (QChar c : word) {
            if (c.isLetterOrNumber() || c.isMark()) {
                part += c;
            } else if (!part.isEmpty()) {
                parts << part;
                part.clear();
            }
        }
        if (!part.isEmpty())
            parts << part;
        if (parts.isEmpty())
            continue;
        // As FTS5 reads a quoted word: its parts in a row, the last one as a prefix.
        if (parts.size() > 1)
            query.phrases << phrasePattern(parts);
        parts.last() += u":*"_s;
        terms << parts;
    }
    query.words = terms.join(u" & "_s);
    return query;
}

QString TeamTimelineReader::textCondition(qint64 incidentId, const TextQuery &query,
                                          QVariantList *values)
{
    QString sql = u" AND "_s + WordsIn;
    *values << incidentId << query.words;
    if (!query.phrases.isEmpty()) {
        sql += u" AND "_s + PhrasesIn;
        *values << textArray(query.phrases);
    }
    return sql;
}

Result<QSqlQuery> TeamTimelineReader::run(const QString &sql, const QVariantList &values,
                                          const char *doing)
{
    QSqlQuery q(m_db);
    if (!runQuery(q, sql, values))
        return sqlError(q, doing);
    return q;
}

Result<QList<Entry>> TeamTimelineReader::entries(qint64 incidentId, const TimelineFilter &filter)
{
    QVariantList values{incidentId};
    QString sql = u"SELECT %1 FROM entry e WHERE e.incident_id = ?"_s.arg(m_people.entryColumns())
                  + filterSql(filter, PersonByName, &values);
    if (!filter.text.trimmed().isEmpty()) {
        const TextQuery query = textQuery(filter.text);
        if (query.words.isEmpty())
            return QList<Entry>(); // only punctuation: nothing can match
        sql += textCondition(incidentId, query, &values);
    }
    sql += u" ORDER BY e.occurred_at, e.id"_s;
    auto ran = run(sql, values, QT_TRANSLATE_NOOP("bridge::Storage", "read the timeline"));
    if (!ran)
        return ran.error();
    QSqlQuery q = std::move(ran).value();
    QList<Entry> list;
    while (q.next())
        list << m_people.entryFromRow(q);
    return list;
}

Result<QList<EntryKey>> TeamTimelineReader::keys(qint64 incidentId, const TimelineFilter &filter)
{
    QVariantList values{incidentId};
    const QString sql = u"SELECT e.id, e.occurred_at FROM entry e WHERE e.incident_id = ?"_s
                        + filterSql(filter, PersonByName, &values)
                        + u" ORDER BY e.occurred_at, e.id"_s;
    auto ran = run(sql, values, QT_TRANSLATE_NOOP("bridge::Storage", "read the timeline"));
    if (!ran)
        return ran.error();
    QSqlQuery q = std::move(ran).value();
    QList<EntryKey> list;
    list.reserve(q.size() > 0 ? q.size() : 0);
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return list;
}

Result<QList<qint64>> TeamTimelineReader::textMatches(qint64 incidentId, const QString &text)
{
    const TextQuery query = textQuery(text);
    if (query.words.isEmpty())
        return QList<qint64>();
    QSqlQuery &q = query.phrases.isEmpty() ? m_wordMatches : m_phraseMatches;
    return matchedIds(q, incidentId, query);
}

Result<QList<qint64>> TeamTimelineReader::textMatchesAmong(qint64 incidentId, const QString &text,
                                                           const QList<qint64> &ids)
{
    const TextQuery query = textQuery(text);
    if (query.words.isEmpty() || ids.isEmpty())
        return QList<qint64>();
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    QSqlQuery &q = query.phrases.isEmpty() ? m_newestWordMatches : m_newestPhraseMatches;
    bindValue(q, u"{"_s + list.join(u',') + u"}"_s);
    return matchedIds(q, incidentId, query);
}

// Runs a prepared search (its values before the query's already bound) and reads its one
// row of ids, ascending.
Result<QList<qint64>> TeamTimelineReader::matchedIds(QSqlQuery &q, qint64 incidentId,
                                                     const TextQuery &query)
{
    bindValue(q, incidentId);
    bindValue(q, query.words);
    if (!query.phrases.isEmpty())
        bindValue(q, textArray(query.phrases));
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "search the timeline"));
    QList<qint64> ids;
    if (!q.next())
        return ids;
    const QString all = q.value(0).toString();
    q.finish();
    ids.reserve(all.size() / 4);
    for (const QStringView id : QStringView(all).tokenize(u',', Qt::SkipEmptyParts))
        ids << id.toLongLong();
    // They come as the scan met the rows: in the order they were written, unless a restore
    // moved the rows. Sorted only then.
    if (!std::is_sorted(ids.cbegin(), ids.cend()))
        std::sort(ids.begin(), ids.end());
    return ids;
}

Result<QList<Entry>> TeamTimelineReader::entriesByIds(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<Entry>();
    // One round trip for a screenful; the ids are numbers of our own, never user text.
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list << QString::number(id);
    auto ran = run(u"SELECT %1 FROM entry e WHERE e.id IN (%2)"_s.arg(m_people.entryColumns(),
                                                                      list.join(u',')),
                   {}, QT_TRANSLATE_NOOP("bridge::Storage", "read the timeline"));
    if (!ran)
        return ran.error();
    QSqlQuery q = std::move(ran).value();
    QHash<qint64, Entry> byId;
    while (q.next()) {
        Entry e = m_people.entryFromRow(q);
        byId.insert(e.id, e);
    }
    QList<Entry> entries;
    entries.reserve(byId.size());
    for (qint64 id : ids) {
        if (auto it = byId.constFind(id); it != byId.constEnd())
            entries << *it;
    }
    return entries;
}

Result<bool> TeamTimelineReader::matches(const Entry &entry, const QString &text)
{
    const TextQuery query = textQuery(text);
    if (query.words.isEmpty())
        return text.trimmed().isEmpty();
    QVariantList values{entry.id};
    const QString sql = u"SELECT 1 FROM entry e WHERE e.id = ?"_s
                        + textCondition(entry.incidentId, query, &values);
    auto ran = run(sql, values, QT_TRANSLATE_NOOP("bridge::Storage", "search the timeline"));
    if (!ran)
        return ran.error();
    QSqlQuery q = std::move(ran).value();
    return q.next();
}

} // namespace bridge
