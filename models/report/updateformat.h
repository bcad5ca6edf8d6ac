#pragma once

#include <QString>

namespace bridge {

// An update as it is pasted elsewhere. The text is what the author wrote: lines starting
// with "- " become list items, a leading "Label:" is emphasised, and everything else is
// escaped so the author's words can never become markup.
QString updateAsMarkdown(const QString &text);
QString updateAsHtml(const QString &text);

} // namespace bridge
