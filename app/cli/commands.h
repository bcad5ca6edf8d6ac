#pragma once

#include "commandline.h"

#include <optional>

namespace bridge::cli {

struct Command
{
    const char *name;
    int (*run)(const Invocation &invocation);
};

std::optional<Command> findCommand(const QString &name);

} // namespace bridge::cli
