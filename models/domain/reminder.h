#pragma once

#include <QDateTime>

namespace bridge {

// When the commander is reminded about the next update: once when it is five minutes from
// due, once when it is late, and again only for a new due time. A pure function of the clock,
// so the header's timer only asks it.
class UpdateReminder
{
public:
    enum class Stage {
        None,    // nothing to say now
        DueSoon, // five minutes or less to go
        Overdue, // late
    };
    static constexpr qint64 dueSoonSeconds = 5 * 60;

    // What to remind about at now for an update due at due (invalid: none is due). Each stage
    // is returned once per due time.
    Stage at(const QDateTime &due, bool overdue, const QDateTime &now);

private:
    QDateTime m_remindedFor;
    Stage m_reached = Stage::None;
};

} // namespace bridge
