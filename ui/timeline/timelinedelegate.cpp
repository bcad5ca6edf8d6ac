#include "timelinedelegate.h"

#include "common/kindstyle.h"
#include "timelinemodel.h"

#include <QApplication>
#include <QPainter>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

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
    if (index.data(TimelineModel::EntryIdRole).toLongLong() == m_landed && m_landed > 0
        && !(option->state & QStyle::State_Selected)) {
        option->backgroundBrush = QColor(255, 196, 0, 110); // amber: "it went here"
    } else if (pinned && !(option->state & QStyle::State_Selected)) {
        QColor tint = option->palette.color(QPalette::Highlight);
        tint.setAlpha(40);
        option->backgroundBrush = tint;
    }
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (index.column() == TimelineModel::TextColumn && !m_words.isEmpty())
        paintMatches(painter, option, index);
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

void TimelineDelegate::setHighlight(const QString &search)
{
    m_words.clear();
    // The search's own syntax (quotes, AND/OR/NOT, a trailing *) is not part of any match.
    static const QRegularExpression word(uR"([\p{L}\p{N}_]{2,})"_s);
    for (auto it = word.globalMatch(search); it.hasNext();) {
        const QString w = it.next().captured();
        if (w != u"AND"_s && w != u"OR"_s && w != u"NOT"_s && w != u"NEAR"_s)
            m_words << w;
    }
}

void TimelineDelegate::paintMatches(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QFontMetrics metrics(opt.font);
    const QString shown
        = metrics.elidedText(opt.text, opt.textElideMode, textRect.width() - 2 * margin);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 214, 0, 120)); // translucent, so the text stays readable
    for (const QString &w : m_words) {
        for (qsizetype at = shown.indexOf(w, 0, Qt::CaseInsensitive); at >= 0;
             at = shown.indexOf(w, at + w.size(), Qt::CaseInsensitive)) {
            const int x = textRect.left() + margin + metrics.horizontalAdvance(shown.left(at));
            const int width = metrics.horizontalAdvance(shown.mid(at, w.size()));
            painter->drawRect(QRect(x, textRect.top() + 2, width, textRect.height() - 4));
        }
    }
    painter->restore();
}

} // namespace bridge
