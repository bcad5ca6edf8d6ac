#pragma once

#include <QStyledItemDelegate>

namespace bridge {

// Paints what the timeline's roles say: pinned rows tinted and bold, retracted rows struck
// through and dimmed, system rows in italics, a rule above the first row of each day, and
// the kind's badge.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace bridge
