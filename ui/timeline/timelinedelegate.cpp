#include "timelinedelegate.h"

#include "common/kindstyle.h"
#include "timelinemodel.h"

#include <QPainter>

namespace bridge {

void TimelineDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool pinned = index.data(TimelineModel::PinnedRole).toBool();
    const bool retracted = index.data(TimelineModel::RetractedRole).toBool();
    const bool system = index.data(TimelineModel::SystemRole).toBool();
    if (index.column() == TimelineModel::KindColumn) {
        option->icon
            = kindIcon(static_cast<EntryKind>(index.data(TimelineModel::KindRole).toInt()));
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    }
    const bool dayStart = index.column() == TimelineModel::TimeColumn
                          && index.data(TimelineModel::NewDayRole).toBool();
    if (pinned || dayStart)
        option->font.setBold(true);
    if (dayStart)
        option->text = QStringLiteral("%1  %2").arg(
            index.data(TimelineModel::DayLabelRole).toString(), option->text);
    if (system)
        option->font.setItalic(true);
    if (retracted) {
        option->font.setStrikeOut(true);
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::Disabled, QPalette::Text));
    }
    if (pinned && !(option->state & QStyle::State_Selected)) {
        QColor tint = option->palette.color(QPalette::Highlight);
        tint.setAlpha(40);
        option->backgroundBrush = tint;
    }
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.row() > 0 && index.data(TimelineModel::NewDayRole).toBool()) {
        // A heavy rule across the row that starts a new day.
        painter->save();
        QPen pen(option.palette.color(QPalette::WindowText));
        pen.setWidth(2);
        painter->setPen(pen);
        painter->drawLine(option.rect.topLeft() + QPoint(0, 1),
                          option.rect.topRight() + QPoint(0, 1));
        painter->restore();
    }
}

} // namespace bridge
