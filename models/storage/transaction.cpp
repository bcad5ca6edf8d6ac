#include "transaction.h"

#include "engine.h"
#include "sqlerror.h"
#include "sqlitehandle.h"

#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
// QPSQL does not say whether a transaction is open; ours mark the driver while they are.
constexpr char OpenTransaction[] = "bridgeTransactionOpen";

void markOpen(const QSqlDatabase &db, bool open)
{
    if (isTeamConnection(db))
        db.driver()->setProperty(OpenTransaction, open);
}

// Every writer takes this lock first, as BEGIN IMMEDIATE does on a file: writes are
// serialised, so the checks inside one see every earlier commit and the change feed's
// numbers grow in commit order. Held until COMMIT or ROLLBACK.
// bridge.log_line (team migration 3) takes the same lock by its number, 1229091431.
constexpr qint64 WriteLockKey = 0x49427267; // "IBrg", as the file's application id
} // namespace

bool inTransaction(const QSqlDatabase &db)
{
    if (isTeamConnection(db))
        return db.driver()->property(OpenTransaction).toBool();
    sqlite3 *handle = sqliteHandle(db);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery rollback(m_db);
    rollback.exec(u"ROLLBACK"_s);
    markOpen(m_db, false);
}

Done WriteTransaction::begin()
{
    QSqlQuery q(m_db);
    if (isTeamConnection(m_db)) {
        if (!q.exec(u"BEGIN"_s))
            return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "start a write"));
        m_active = true;
        markOpen(m_db, true);
        if (!q.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(WriteLockKey))) {
            auto error = sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "start a write"));
            rollback();
            return error;
        }
        q.finish();
        return done();
    }
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "start a write"));
    m_active = true;
    return done();
}

Done WriteTransaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s)) {
        // A failed COMMIT (a full disk) leaves the transaction open: end it here, so the
        // caller's state and the file agree that nothing happened.
        auto error = sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "commit the change"));
        rollback();
        return error;
    }
    m_active = false;
    markOpen(m_db, false);
    return done();
}

ReadTransaction::ReadTransaction(const QSqlDatabase &db)
    : m_db(db)
{}

ReadTransaction::~ReadTransaction()
{
    if (m_active) {
        QSqlQuery end(m_db);
        end.exec(u"COMMIT"_s);
        markOpen(m_db, false);
    }
}

Done ReadTransaction::begin()
{
    if (inTransaction(m_db))
        return done();
    QSqlQuery q(m_db);
    if (isTeamConnection(m_db)) {
        // One snapshot for every statement until COMMIT, taken at the first.
        if (!q.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s))
            return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "start a read"));
        m_active = true;
        markOpen(m_db, true);
        return done();
    }
    // DEFERRED takes its snapshot at the first read; one read at once pins it.
    if (!q.exec(u"BEGIN DEFERRED"_s) || !q.exec(u"SELECT 1 FROM sqlite_schema LIMIT 1"_s))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "start a read"));
    q.finish();
    m_active = true;
    return done();
}

} // namespace bridge
