#include "reminder.h"

namespace bridge {

UpdateReminder::Stage UpdateReminder::at(const QDateTime &due, bool overdue, const QDateTime &now)
{
    if (due != m_remindedFor) {
        m_remindedFor = due;
        m_reached = Stage::None;
    }
    if (!due.isValid())
        return Stage::None;
    Stage wanted = Stage::None;
    if (overdue)
        wanted = Stage::Overdue;
    else if (now.secsTo(due) <= dueSoonSeconds)
        wanted = Stage::DueSoon;
    if (wanted <= m_reached)
        return Stage::None;
    m_reached = wanted;
    return wanted;
}

} // namespace bridge
