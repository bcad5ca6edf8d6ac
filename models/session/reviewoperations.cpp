// IncidentSession's review operations.
#include "domain/timeparse.h"
#include "incidentsession.h"
#include "storage/reviewstore.h"

namespace bridge {

Result<Review> IncidentSession::review(qint64 incidentId)
{
    if (Done known = requireIncident(incidentId); !known)
        return known.error();
    return read([&] { return m_reviews->review(incidentId); });
}

Done IncidentSession::saveReview(qint64 incidentId, const Review &review)
{
    if (Done known = requireIncident(incidentId); !known)
        return known.error();
    for (const ContributingFactor &f : review.factors) {
        if (f.text.trimmed().isEmpty())
            return Error::invalid(tr("A contributing factor needs a description."));
    }
    for (const FollowUp &f : review.followUps) {
        if (f.text.trimmed().isEmpty())
            return Error::invalid(tr("A follow-up needs a description of the work."));
    }
    return write([&]() -> Done {
        if (auto saved = m_reviews->save(incidentId, review, toMs(now())); !saved)
            return saved.error();
        afterCommit([this, incidentId] { emit reviewChanged(incidentId); });
        return done();
    });
}

} // namespace bridge
