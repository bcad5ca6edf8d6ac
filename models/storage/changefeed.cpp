#include "changefeed.h"

#include "sqlerror.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace bridge {

ChangeFeed::ChangeFeed(const QSqlDatabase &db)
    : m_db(db)
    , m_last(db)
{
    m_last.prepare(u"SELECT coalesce(max(seq), 0) FROM change_log"_s);
}

Result<qint64> ChangeFeed::last()
{
    QSqlQuery &q = m_last;
    if (!q.exec() || !q.next())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the change feed"));
    const qint64 seq = q.value(0).toLongLong();
    q.finish(); // reset, so no read stays open on the connection
    return seq;
}

Result<QList<Change>> ChangeFeed::after(qint64 seq)
{
    QSqlQuery q(m_db);
    readRowsOnce(q);
    q.prepare(u"SELECT seq, subject, coalesce(incident_id, 0), coalesce(row_id, 0) "
              "FROM change_log WHERE seq > ? ORDER BY seq"_s);
    bindValue(q, seq);
    if (!q.exec())
        return sqlError(q, QT_TRANSLATE_NOOP("bridge::Storage", "read the change feed"));
    QList<Change> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).toLongLong()});
    }
    return list;
}

} // namespace bridge
