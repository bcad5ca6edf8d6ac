#include "indicatorstyle.h"

#include <QPainter>
#include <QStyleOption>

namespace bridge {

bool IndicatorStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void IndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                   QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if (!box || !isDark(option->palette))
        return;
    QColor edge = option->palette.color(QPalette::Text);
    edge.setAlpha(option->state & State_Enabled ? 170 : 90);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(edge);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace bridge
