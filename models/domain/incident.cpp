#include "incident.h"

namespace bridge {

QDateTime Incident::endedAt() const
{
    if (isOpen())
        return {};
    const QDateTime resolved = milestone(Status::Resolved);
    return resolved.isValid() ? resolved : milestone(Status::Closed);
}

QDateTime Incident::liveAt(const QDateTime &now) const
{
    const QDateTime ended = endedAt();
    return ended.isValid() && ended < now ? ended : now;
}

} // namespace bridge
