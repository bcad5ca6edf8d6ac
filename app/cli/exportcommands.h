#pragma once

#include "commands.h"

namespace bridge::cli {

// export.
const QList<Command> &exportCommands();

} // namespace bridge::cli
