#pragma once

#include "domain/vocabulary.h"

#include <QColor>
#include <QIcon>

namespace bridge {

// How an entry kind looks: a colour and a lettered badge, so kinds differ by shape and
// text as well as colour.
QColor kindColor(EntryKind kind);
QString kindLetter(EntryKind kind);
QIcon kindIcon(EntryKind kind);

// Severity colours for the header and switcher: SEV1 alarming, SEV4 quiet.
QColor severityColor(Severity severity);

} // namespace bridge
