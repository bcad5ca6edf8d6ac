#pragma once

#include <QString>

namespace bridge {

// Names the application for Qt: name, version, organization and domain. Settings then live
// in ~/.config/<application id>/incident-bridge.conf. Settings an earlier version wrote
// under "Unknown Organization" are copied there once; the old file is left as it was.
void describeApplication();

// Copies every key of the settings file at from into the one at to, unless to already
// exists. Returns whether anything was copied. (describeApplication's step, named for tests.)
bool adoptEarlierSettings(const QString &from, const QString &to);

// SIGTERM, SIGINT and SIGHUP end the event loop the ordinary way, so destructors run (a
// --demo's throwaway database is removed, settings are flushed) instead of the process
// dying where it stands. exec() then returns 128 + the signal's number. Needs the
// application object; installs once.
void quitOnTerminationSignals();

} // namespace bridge
