#pragma once

#include <QString>

namespace bridge {

// A tooltip that shows text exactly as typed. Qt renders a tooltip as HTML when its first line
// looks like markup, so the text is escaped into a paragraph that keeps its line breaks. Very
// long text is cut: a tooltip lays out every character it is given.
inline QString plainToolTip(const QString &text)
{
    constexpr qsizetype MaxChars = 1000;
    const QString shown = text.size() > MaxChars ? text.left(MaxChars) + QChar(0x2026) : text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + shown.toHtmlEscaped()
           + QStringLiteral("</p>");
}

} // namespace bridge
