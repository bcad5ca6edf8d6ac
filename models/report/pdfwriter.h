#pragma once

#include "domain/result.h"
#include "postmortemdocument.h"

namespace bridge {

// The postmortem as a PDF, pictures included, laid out by QTextDocument from the print HTML.
// Built only from escaped text and our own rendered pictures, so nothing a user typed can
// make it load a file. Written whole through QSaveFile or not at all.
Done writePostmortemPdf(const PostmortemDocument &document, const QString &path);

} // namespace bridge
