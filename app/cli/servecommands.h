#pragma once

#include "commands.h"

namespace bridge::cli {

// serve (leaders' pages, feeds and alert webhooks over HTTP), token (create, list, revoke the
// tokens they are opened with) and alerts (how alert labels map to severities).
const QList<Command> &serveCommands();

} // namespace bridge::cli
