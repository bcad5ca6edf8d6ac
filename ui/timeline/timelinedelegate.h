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

    // The search's words, marked wherever they appear in the text column.
    void setHighlight(const QString &search);
    // The entry that just landed somewhere above the tail, marked until cleared.
    void setLanded(qint64 entryId) { m_landed = entryId; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintMatches(QPainter *painter, const QStyleOptionViewItem &option,
                      const QModelIndex &index) const;
    QStringList m_words;
    qint64 m_landed = 0;
};

} // namespace bridge
