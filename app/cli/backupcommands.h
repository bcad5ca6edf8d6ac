#pragma once

#include "commands.h"

namespace bridge::cli {

// backup, backups and restore: the safety net from a terminal, for cron and for a machine
// where the window cannot be shown.
const QList<Command> &backupCommands();

} // namespace bridge::cli
