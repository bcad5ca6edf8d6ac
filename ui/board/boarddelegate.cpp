#include "boarddelegate.h"

#include "rostermodel.h"
#include "workstreammodel.h"

namespace bridge {

namespace {
const QColor Alarm(0xb3, 0x26, 0x1e);
const QColor Caution(0xc2, 0x62, 0x0a);

void tint(QStyleOptionViewItem *option, QColor color, int alpha)
{
    if (option->state & QStyle::State_Selected)
        return;
    color.setAlpha(alpha);
    option->backgroundBrush = color;
}
} // namespace

void BoardDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (qobject_cast<const WorkstreamModel *>(index.model())) {
        const bool overdue = index.data(WorkstreamModel::OverdueRole).toBool();
        const bool blocked = index.data(WorkstreamModel::BlockedRole).toBool();
        const bool pending = index.data(WorkstreamModel::PendingHandoffRole).toBool();
        if (index.data(WorkstreamModel::StateKeyRole).toString() == QLatin1StringView("done")) {
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::Disabled, QPalette::Text));
            return;
        }
        if (blocked) {
            tint(option, Caution, 50);
            if (index.column() == WorkstreamModel::StateColumn)
                option->font.setBold(true);
        }
        if (overdue) {
            tint(option, Alarm, 45);
            if (index.column() == WorkstreamModel::CheckInColumn) {
                option->font.setBold(true);
                if (!(option->state & QStyle::State_Selected)) {
                    // The same alarm, lighter on a dark palette so it keeps its contrast.
                    const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
                    option->palette.setColor(QPalette::Text,
                                             dark ? QColor(0xff, 0x8a, 0x80) : Alarm);
                }
            }
        }
        if (pending && index.column() == WorkstreamModel::OwnerColumn)
            option->font.setItalic(true);
        return;
    }
    if (qobject_cast<const RosterModel *>(index.model())) {
        if (!index.data(RosterModel::OnBridgeRole).toBool()) {
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::Disabled, QPalette::Text));
            return;
        }
        if (!index.data(RosterModel::WarningsRole).toStringList().isEmpty()) {
            tint(option, Caution, 45);
            if (index.column() == RosterModel::WorkloadColumn
                || index.column() == RosterModel::NameColumn)
                option->font.setBold(true);
        }
    }
}

} // namespace bridge
