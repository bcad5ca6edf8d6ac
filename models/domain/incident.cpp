#include "incident.h"

namespace bridge {

QDateTime Incident::endedAt() const
{
    if (isOpen())
        return {};
    const QDateTime resolved = milestone(Status::Resolved);
    return resolved.isValid() ? resolved : milestone(Status::Closed);
}

} // namespace bridge
