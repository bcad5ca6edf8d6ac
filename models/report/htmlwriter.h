#pragma once

#include "postmortemdocument.h"

namespace bridge {

// One self-contained HTML file: inline CSS and inline SVG pictures, nothing loaded from
// anywhere, every piece of user text escaped, attributes double-quoted; readable when printed.
// Print flavour, for QTextDocument (the PDF): no CSS grid, and the pictures are <img>
// references to bridge-figure:assumption-map and bridge-figure:ownership, which the PDF
// writer renders from the same SVG and registers as document resources.
enum class HtmlFlavour { Browser, Print };
QString postmortemHtml(const PostmortemDocument &document,
                       HtmlFlavour flavour = HtmlFlavour::Browser);

} // namespace bridge
