#pragma once

#include "domain/result.h"
#include "domain/review.h"

#include <QSqlDatabase>

namespace bridge {

class IncidentStore;

// The SQL for an incident's review. Saving replaces the review as a whole: it is a working
// document, edited until the meeting, not a record of what happened on the bridge.
class ReviewStore
{
public:
    ReviewStore(const QSqlDatabase &db, IncidentStore &people);

    Result<Review> review(qint64 incidentId);
    Done save(qint64 incidentId, const Review &review, qint64 nowMs);

private:
    QSqlDatabase m_db;
    IncidentStore &m_people;
};

} // namespace bridge
