#pragma once

#include "commands.h"

namespace bridge::cli {

const QList<Command> &boardCommands();

} // namespace bridge::cli
