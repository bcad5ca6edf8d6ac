#include "transaction.h"

#include "sqlerror.h"
#include "sqlitehandle.h"

#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace bridge {

bool inTransaction(const QSqlDatabase &db)
{
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
}

Done WriteTransaction::begin()
{
    QSqlQuery q(m_db);
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
    }
}

Done ReadTransaction::begin()
{
    if (inTransaction(m_db))
        return done();
    QSqlQuery q(m_db);
    // DEFERRED takes its snapshot at the first read; one read at once pins it.
    if (!q.exec(u"BEGIN DEFERRED"_s) || !q.exec(u"SELECT 1 FROM sqlite_schema LIMIT 1"_s))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "start a read"));
    q.finish();
    m_active = true;
    return done();
}

} // namespace bridge
