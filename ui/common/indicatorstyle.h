#pragma once

#include <QProxyStyle>

namespace bridge {

// The platform's style, with one repair: under a dark palette (a dark GTK theme, say) Fusion
// draws an unchecked box in a shade a step away from the background, and it all but vanishes,
// in the "Show retracted" toggle and in the review's tables alike. There the box gets an
// outline in the text colour, so an unchecked box is seen as one. Light palettes are untouched.
class IndicatorStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    static bool isDark(const QPalette &palette);
};

} // namespace bridge
