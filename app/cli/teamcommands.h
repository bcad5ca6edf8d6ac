#pragma once

#include "commands.h"

namespace bridge::cli {

// team init: sets up (or upgrades) a team database on a PostgreSQL server.
const QList<Command> &teamCommands();

} // namespace bridge::cli
