#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// Small helpers the stores share.
namespace bridge {

// Prepares and runs one statement with its values bound in order.
inline bool runQuery(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns want the empty string.
inline QString nonNullText(const QString &s)
{
    return s.isNull() ? QString(QStringLiteral("")) : s;
}

} // namespace bridge
