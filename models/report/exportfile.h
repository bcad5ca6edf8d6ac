#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace bridge {

// Writes an export (the whole incident: owner-only, 0600) to path, whole or not at all.
// A regular file is replaced through a temporary file and a rename; a FIFO with a reader
// or a terminal is written directly; a device, a folder or a FIFO nobody reads is refused,
// and so is a symbolic link that another user owns (planted to redirect the write).
Done writeExportFile(const QString &path, const QByteArray &bytes);

} // namespace bridge
