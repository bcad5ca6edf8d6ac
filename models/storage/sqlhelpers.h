#pragma once

#include <QSqlDriver>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// Small helpers the stores share.
namespace bridge {

// Binds the next value. PostgreSQL's text cannot hold U+0000 at all (and QPSQL would cut
// the statement there), so on a team server a NUL in text is kept as U+FFFD; a file keeps
// text exactly as given.
inline void bindValue(QSqlQuery &q, const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && q.driver()
        && q.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        QString text = v.toString();
        if (text.contains(QChar(0))) {
            q.addBindValue(text.replace(QChar(0), QChar::ReplacementCharacter));
            return;
        }
    }
    q.addBindValue(v);
}

// Prepares and runs one statement with its values bound in order.
inline bool runQuery(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        bindValue(q, v);
    return q.exec();
}

// Rows read once, in order, without a copy of the whole result (SQLite). On a team server
// the result is fetched whole instead: QPSQL streams a forward-only result row by row on the
// connection, and any statement run before its end (a name looked up in the loop) loses it.
inline void readRowsOnce(QSqlQuery &q)
{
    if (q.driver() && q.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        q.setForwardOnly(true);
}

// The id an INSERT … RETURNING id gave back (both engines take RETURNING; QPSQL has no
// lastInsertId for a table without OIDs). The statement is reset, so no read stays open.
inline qint64 insertedId(QSqlQuery &q)
{
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns want the empty string.
inline QString nonNullText(const QString &s)
{
    return s.isNull() ? QString(QStringLiteral("")) : s;
}

} // namespace bridge
