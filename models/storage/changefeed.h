#pragma once

#include "domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace bridge {

// One committed change, as the change_log triggers record it.
struct Change
{
    qint64 seq = 0;
    QString subject; // incident, entry_added, entry_changed, board, updates, review, people,
                     // settings
    qint64 incidentId = 0;
    qint64 rowId = 0;
};

// Reads the commit-ordered change log. Catching up by seq sees every committed change of
// every writer exactly once, whatever the order of the rows' own ids.
class ChangeFeed
{
public:
    explicit ChangeFeed(const QSqlDatabase &db);

    // The newest seq; inside a write transaction, the last change made so far.
    Result<qint64> last();
    Result<QList<Change>> after(qint64 seq);

private:
    QSqlDatabase m_db;
    QSqlQuery m_last; // read twice in every write: prepared once
};

} // namespace bridge
