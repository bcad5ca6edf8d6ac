// IncidentSession's review operations.
#include "domain/timeparse.h"
#include "incidentsession.h"
#include "storage/reviewstore.h"
#include "storage/transaction.h"

namespace bridge {

Result<Review> IncidentSession::review(qint64 incidentId)
{
    if (!incident(incidentId))
        return Error::notFound(tr("There is no incident %1.").arg(incidentId));
    return m_reviews->review(incidentId);
}

Done IncidentSession::saveReview(qint64 incidentId, const Review &review)
{
    if (!incident(incidentId))
        return Error::notFound(tr("There is no incident %1.").arg(incidentId));
    for (const ContributingFactor &f : review.factors) {
        if (f.text.trimmed().isEmpty())
            return Error::invalid(tr("A contributing factor needs a description."));
    }
    for (const FollowUp &f : review.followUps) {
        if (f.text.trimmed().isEmpty())
            return Error::invalid(tr("A follow-up needs a description of the work."));
    }
    WriteTransaction tx(m_database->connection());
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto saved = m_reviews->save(incidentId, review, toMs(now())); !saved)
        return saved.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    emit reviewChanged(incidentId);
    return done();
}

} // namespace bridge
