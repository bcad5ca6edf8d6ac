#pragma once

#include "postmortemdocument.h"

namespace bridge {

// CommonMark, with pipe tables for the tabular sections. Every piece of user text is escaped
// so it cannot open a heading, list, link, image, HTML or table cell of its own.
QString postmortemMarkdown(const PostmortemDocument &document);

// Escapes text for a Markdown paragraph or table cell (newlines become line breaks).
QString markdownText(const QString &text, bool inTable = false);

} // namespace bridge
