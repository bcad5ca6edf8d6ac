#pragma once

#include "commands.h"

namespace bridge::cli {

// milestone, update, policy.
const QList<Command> &updateCommands();

} // namespace bridge::cli
