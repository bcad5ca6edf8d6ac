#pragma once

#include <QStyledItemDelegate>

namespace bridge {

// Makes what needs the commander unmistakable without relying on colour alone: overdue
// check-ins and blocked workstreams are bold and tinted and say so in words; a handoff
// waiting for acknowledgement is italic; people with workload warnings are tinted amber.
class BoardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace bridge
