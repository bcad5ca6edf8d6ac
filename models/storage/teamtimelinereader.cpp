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
const QString Matches
    = u"incident_lexemes(e.incident_id, e.text) @@ incident_query(e.incident_id, ?)"_s;
const QString MatchesIn = u"incident_lexemes(e.incident_id, e.text) @@ incident_query(?, ?)"_s;
} // namespace

TeamTimelineReader::TeamTimelineReader(const QSqlDatabase &db, IncidentStore &people)
    : m_db(db)
    , m_people(people)
{}

QString TeamTimelineReader::tsQuery(const QString &text)
{
    static const QRegularExpression separators(u"\\s+"_s);
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
        parts.last() += u":*"_s;
        terms << (parts.size() == 1 ? parts.first() : u"(%1)"_s.arg(parts.join(u" <-> "_s)));
    }
    return terms.join(u" & "_s);
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
        const QString query = tsQuery(filter.text);
        if (query.isEmpty())
            return QList<Entry>(); // only punctuation: nothing can match
        sql += u" AND "_s + MatchesIn;
        values << incidentId << query;
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
    const QString query = tsQuery(text);
    if (query.isEmpty())
        return QList<qint64>();
    // One row: tens of thousands of ids as one text, not a row each through the driver,
    // and sorted here, which costs less than sorting their texts on the server.
    auto ran
        = run(u"SELECT string_agg(e.id::text, ',') FROM entry e WHERE "_s + MatchesIn,
              {incidentId, query}, QT_TRANSLATE_NOOP("bridge::Storage", "search the timeline"));
    if (!ran)
        return ran.error();
    QSqlQuery q = std::move(ran).value();
    QList<qint64> ids;
    if (!q.next())
        return ids;
    const QString all = q.value(0).toString();
    ids.reserve(all.size() / 4);
    for (const QStringView id : QStringView(all).tokenize(u',', Qt::SkipEmptyParts))
        ids << id.toLongLong();
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
    const QString query = tsQuery(text);
    if (query.isEmpty())
        return text.trimmed().isEmpty();
    auto ran = run(u"SELECT 1 FROM entry e WHERE e.id = ? AND "_s + Matches, {entry.id, query},
                   QT_TRANSLATE_NOOP("bridge::Storage", "search the timeline"));
    if (!ran)
        return ran.error();
    QSqlQuery q = std::move(ran).value();
    return q.next();
}

} // namespace bridge
