#include "filetimelinereader.h"

#include "domain/timeparse.h"
#include "incidentstore.h"
#include "incidentwords.h"
#include "sqlerror.h"
#include "sqlitehandle.h"

#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
constexpr auto EntryColumns = "e.id, e.incident_id, e.kind, e.actor_id, e.scribe_id, "
                              "e.occurred_at, e.logged_at, e.text, e.pinned, e.edits, "
                              "e.retracted_at, e.retracted_by, e.retract_reason";

// The column's NOCASE collation answers from its index.
const QString PersonByName = u"SELECT id FROM person WHERE name = ?"_s;

using Statement = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;

QString columnText(sqlite3_stmt *stmt, int column)
{
    const auto *text = static_cast<const QChar *>(sqlite3_column_text16(stmt, column));
    return text ? QString(text, sqlite3_column_bytes16(stmt, column) / 2) : QString();
}

} // namespace

FileTimelineReader::FileTimelineReader(const QSqlDatabase &db, IncidentStore &people)
    : m_db(db)
    , m_people(people)
{}

FileTimelineReader::~FileTimelineReader()
{
    sqlite3_finalize(m_byId);
}

// SQLite's own code and message, worded as every other storage error is.
Error FileTimelineReader::readError(const char *doing) const
{
    return sqliteError(sqliteHandle(m_db), doing);
}

// Prepares and binds in the order the SQL names them: text as UTF-16, numbers as integers.
sqlite3_stmt *FileTimelineReader::prepare(const QString &sql, const QVariantList &values)
{
    sqlite3 *db = sqliteHandle(m_db);
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (!db
        || sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        int rc;
        if (v.typeId() == QMetaType::QString) {
            const QString s = v.toString();
            rc = sqlite3_bind_text16(stmt, i + 1, s.utf16(), int(s.size() * 2), SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
        }
        if (rc != SQLITE_OK) {
            sqlite3_finalize(stmt);
            return nullptr;
        }
    }
    return stmt;
}

Entry FileTimelineReader::entryFromStatement(sqlite3_stmt *stmt)
{
    Entry e;
    e.id = sqlite3_column_int64(stmt, 0);
    e.incidentId = sqlite3_column_int64(stmt, 1);
    e.kind = kindFromKey(columnText(stmt, 2)).value_or(EntryKind::Note);
    e.actor = m_people.personName(sqlite3_column_int64(stmt, 3));
    e.scribe = m_people.personName(sqlite3_column_int64(stmt, 4));
    e.occurredAt = fromMs(sqlite3_column_int64(stmt, 5));
    e.loggedAt = fromMs(sqlite3_column_int64(stmt, 6));
    e.text = columnText(stmt, 7);
    e.pinned = sqlite3_column_int(stmt, 8) != 0;
    e.edits = sqlite3_column_int(stmt, 9);
    if (sqlite3_column_type(stmt, 10) != SQLITE_NULL) {
        e.retractedAt = fromMs(sqlite3_column_int64(stmt, 10));
        e.retractedBy = m_people.personName(sqlite3_column_int64(stmt, 11));
        e.retractReason = columnText(stmt, 12);
    }
    return e;
}

Result<QList<Entry>> FileTimelineReader::entries(qint64 incidentId, const TimelineFilter &filter)
{
    QVariantList values{incidentId};
    QString sql
        = u"SELECT %1 FROM entry e WHERE e.incident_id = ?"_s.arg(QLatin1StringView(EntryColumns))
          + filterSql(filter, PersonByName, &values);
    if (!filter.text.trimmed().isEmpty()) {
        const QString fts = ftsQuery(incidentId, filter.text);
        if (fts.isEmpty())
            return QList<Entry>(); // only punctuation: nothing can match
        sql += u" AND e.id IN (SELECT rowid FROM entry_words WHERE entry_words MATCH ?)"_s;
        values << fts;
    }
    sql += u" ORDER BY e.occurred_at, e.id"_s;
    const Statement stmt(prepare(sql, values), sqlite3_finalize);
    if (!stmt)
        return readError(QT_TRANSLATE_NOOP("bridge::Storage", "read the timeline"));
    QList<Entry> list;
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW)
        list << entryFromStatement(stmt.get());
    if (rc != SQLITE_DONE)
        return readError(QT_TRANSLATE_NOOP("bridge::Storage", "read the timeline"));
    return list;
}

Result<QList<EntryKey>> FileTimelineReader::keys(qint64 incidentId, const TimelineFilter &filter)
{
    QVariantList values{incidentId};
    const QString sql = u"SELECT e.id, e.occurred_at FROM entry e WHERE e.incident_id = ?"_s
                        + filterSql(filter, PersonByName, &values)
                        + u" ORDER BY e.occurred_at, e.id"_s;
    const Statement stmt(prepare(sql, values), sqlite3_finalize);
    if (!stmt)
        return readError(QT_TRANSLATE_NOOP("bridge::Storage", "read the timeline"));
    QList<EntryKey> list;
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW)
        list.append({sqlite3_column_int64(stmt.get(), 0), sqlite3_column_int64(stmt.get(), 1)});
    if (rc != SQLITE_DONE)
        return readError(QT_TRANSLATE_NOOP("bridge::Storage", "read the timeline"));
    return list;
}

Result<QList<qint64>> FileTimelineReader::textMatches(qint64 incidentId, const QString &text)
{
    const QString fts = ftsQuery(incidentId, text);
    if (fts.isEmpty())
        return QList<qint64>();
    const Statement stmt(prepare(u"SELECT rowid FROM entry_words WHERE entry_words MATCH ? "
                                 "ORDER BY rowid"_s,
                                 {fts}),
                         sqlite3_finalize);
    if (!stmt)
        return readError(QT_TRANSLATE_NOOP("bridge::Storage", "search the timeline"));
    QList<qint64> ids;
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW)
        ids << sqlite3_column_int64(stmt.get(), 0);
    if (rc != SQLITE_DONE)
        return readError(QT_TRANSLATE_NOOP("bridge::Storage", "search the timeline"));
    return ids;
}

Result<QList<qint64>> FileTimelineReader::textMatchesAmong(qint64 incidentId, const QString &text,
                                                           const QList<qint64> &ids)
{
    const QString fts = ftsQuery(incidentId, text);
    if (fts.isEmpty() || ids.isEmpty())
        return QList<qint64>();
    // From the first id on; the few rows after it are then kept or not. (A lookup per id
    // costs more: FTS5 sets up a prefix longer than its prefix indexes again for each.)
    const Statement stmt(prepare(u"SELECT rowid FROM entry_words WHERE entry_words MATCH ? "
                                 "AND rowid >= ? ORDER BY rowid"_s,
                                 {fts, ids.first()}),
                         sqlite3_finalize);
    if (!stmt)
        return readError(QT_TRANSLATE_NOOP("bridge::Storage", "search the timeline"));
    QList<qint64> found;
    auto wanted = ids.cbegin();
    int rc;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(stmt.get(), 0);
        wanted = std::lower_bound(wanted, ids.cend(), id);
        if (wanted == ids.cend())
            break;
        if (*wanted == id)
            found << id;
    }
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return readError(QT_TRANSLATE_NOOP("bridge::Storage", "search the timeline"));
    return found;
}

Result<QList<Entry>> FileTimelineReader::entriesByIds(const QList<qint64> &ids)
{
    if (!m_byId) {
        m_byId = prepare(
            u"SELECT %1 FROM entry e WHERE e.id = ?"_s.arg(QLatin1StringView(EntryColumns)), {});
        if (!m_byId)
            return readError(QT_TRANSLATE_NOOP("bridge::Storage", "read the timeline"));
    }
    QList<Entry> list;
    list.reserve(ids.size());
    for (qint64 id : ids) {
        sqlite3_bind_int64(m_byId, 1, id);
        const int rc = sqlite3_step(m_byId);
        if (rc == SQLITE_ROW)
            list << entryFromStatement(m_byId);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            // The message is read before the reset, which may replace it.
            const Error failed
                = readError(QT_TRANSLATE_NOOP("bridge::Storage", "read the timeline"));
            sqlite3_reset(m_byId);
            return failed;
        }
        sqlite3_reset(m_byId);
    }
    return list;
}

QString FileTimelineReader::ftsQuery(qint64 incidentId, const QString &text)
{
    static const QRegularExpression separators(u"[\\s]+"_s);
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        const bool searchable
            = std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (searchable)
            terms << incidentWordsPhrase(incidentId, word);
    }
    return terms.join(u' ');
}

Result<bool> FileTimelineReader::matches(const Entry &entry, const QString &text)
{
    const QString fts = ftsQuery(entry.incidentId, text);
    if (fts.isEmpty())
        return text.trimmed().isEmpty();
    const Statement stmt(prepare(u"SELECT 1 FROM entry_words WHERE entry_words MATCH ? AND "
                                 "rowid = ?"_s,
                                 {fts, entry.id}),
                         sqlite3_finalize);
    if (!stmt)
        return readError(QT_TRANSLATE_NOOP("bridge::Storage", "search the timeline"));
    const int rc = sqlite3_step(stmt.get());
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return readError(QT_TRANSLATE_NOOP("bridge::Storage", "search the timeline"));
    return rc == SQLITE_ROW;
}

} // namespace bridge
