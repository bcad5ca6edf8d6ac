#include "outbox.h"

#include "domain/timeparse.h"
#include "sqlerror.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <atomic>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Outbox)
};

constexpr auto Columns = "seq, uid, database, incident_id, kind, actor, scribe, occurred_at, "
                         "text, pinned, queued_at, last_error";
} // namespace

QString Outbox::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + u"/incident-bridge/outbox.sqlite"_s;
}

Result<std::unique_ptr<Outbox>> Outbox::open(const QString &path)
{
    const QString file = path.isEmpty() ? defaultPath() : path;
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (!QFileInfo::exists(file)) {
        QFile created(file);
        // Owner-only before SQLite sees it; its -wal and -shm inherit the mode.
        if (!created.open(QIODevice::WriteOnly)
            || !created.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error::storage(Tr::tr("Cannot create the outbox %1: %2. Lines typed while "
                                         "the team database is away cannot be kept.")
                                      .arg(file, created.errorString()));
    }
    static std::atomic<int> counter{0};
    std::unique_ptr<Outbox> outbox(new Outbox);
    outbox->m_connectionName = u"outbox-%1"_s.arg(++counter);
    outbox->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, outbox->m_connectionName);
    outbox->m_db.setDatabaseName(file);
    if (!outbox->m_db.open())
        return Error::storage(Tr::tr("Cannot open the outbox %1.").arg(file));
    QSqlQuery q(outbox->m_db);
    for (const QString &sql :
         {u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA journal_mode = WAL"_s,
          u"PRAGMA synchronous = FULL"_s,
          u"CREATE TABLE IF NOT EXISTS waiting (seq INTEGER PRIMARY KEY, uid TEXT NOT NULL "
          "UNIQUE, database TEXT NOT NULL, incident_id INTEGER NOT NULL, kind TEXT NOT NULL, "
          "actor TEXT NOT NULL, scribe TEXT NOT NULL, occurred_at INTEGER NOT NULL, text TEXT "
          "NOT NULL, pinned INTEGER NOT NULL, queued_at INTEGER NOT NULL, last_error TEXT NOT "
          "NULL DEFAULT '')"_s}) {
        if (!q.exec(sql))
            return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "open the outbox"));
        q.finish();
    }
    return outbox;
}

Outbox::~Outbox()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<QueuedLine> Outbox::add(QueuedLine line)
{
    if (line.uid.isEmpty())
        line.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    // One statement in autocommit: on disk (synchronous=FULL) when it returns.
    if (!runQuery(q,
                  u"INSERT INTO waiting (uid, database, incident_id, kind, actor, scribe, "
                  "occurred_at, text, pinned, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "RETURNING seq"_s,
                  {line.uid, line.database, line.incidentId, kindKey(line.kind),
                   nonNullText(line.actor), line.scribe, toMs(line.occurredAt), line.text,
                   line.pinned ? 1 : 0, toMs(line.queuedAt)}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "keep the line in the outbox"));
    line.seq = insertedId(q);
    return line;
}

Result<QList<QueuedLine>> Outbox::waiting(const QString &database)
{
    QSqlQuery q(m_db);
    const QString sql = u"SELECT %1 FROM waiting%2 ORDER BY seq"_s.arg(
        QLatin1StringView(Columns), database.isEmpty() ? QString() : u" WHERE database = ?"_s);
    if (!runQuery(q, sql, database.isEmpty() ? QVariantList() : QVariantList{database}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the outbox"));
    QList<QueuedLine> lines;
    while (q.next()) {
        QueuedLine l;
        l.seq = q.value(0).toLongLong();
        l.uid = q.value(1).toString();
        l.database = q.value(2).toString();
        l.incidentId = q.value(3).toLongLong();
        l.kind = kindFromKey(q.value(4).toString()).value_or(EntryKind::Note);
        l.actor = q.value(5).toString();
        l.scribe = q.value(6).toString();
        l.occurredAt = fromMs(q.value(7).toLongLong());
        l.text = q.value(8).toString();
        l.pinned = q.value(9).toInt() != 0;
        l.queuedAt = fromMs(q.value(10).toLongLong());
        l.lastError = q.value(11).toString();
        lines << l;
    }
    return lines;
}

Done Outbox::sent(const QString &uid)
{
    QSqlQuery q(m_db);
    if (!runQuery(q, u"DELETE FROM waiting WHERE uid = ?"_s, {uid}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "update the outbox"));
    return done();
}

Done Outbox::refused(const QString &uid, const QString &why)
{
    QSqlQuery q(m_db);
    if (!runQuery(q, u"UPDATE waiting SET last_error = ? WHERE uid = ?"_s, {why, uid}))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "update the outbox"));
    return done();
}

} // namespace bridge
