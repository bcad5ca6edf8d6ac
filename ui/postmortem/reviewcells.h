#pragma once

#include "tooltip.h"

#include <QTableWidget>

// Cells of the review's tables, shared by the form and its timeline-following half.
namespace bridge::reviewcells {

inline QString text(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// What the timeline holds, shown beside what the facilitator types: not editable here.
inline QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(plainToolTip(text));
    return item;
}

} // namespace bridge::reviewcells
