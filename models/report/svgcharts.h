#pragma once

#include "postmortemdocument.h"

namespace bridge {

// The report's two pictures as self-contained SVG (no external references; all text
// escaped): the assumption map (known/unknown × important/unimportant) and the ownership
// chart (who held each role and workstream, when).
QString assumptionMapSvg(const PostmortemDocument &document);
QString ownershipChartSvg(const PostmortemDocument &document);
// text in lines of at most maxChars, broken between words (a longer word is cut).
QStringList wrappedWords(const QString &text, int maxChars);

// Escapes text for XML and HTML content and double-quoted attributes.
QString xmlEscaped(const QString &text);

} // namespace bridge
