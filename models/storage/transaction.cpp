#include "transaction.h"

#include "sqlerror.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bridge {

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery rollback(m_db);
        rollback.exec(u"ROLLBACK"_s);
    }
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
    if (!q.exec(u"COMMIT"_s))
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "commit the change"));
    m_active = false;
    return done();
}

} // namespace bridge
