#pragma once

#include <QString>

#include <optional>

namespace bridge {

// When the database is too damaged to open, offers its backups before the window gives up:
// the damaged file is moved aside, kept byte for byte, and the chosen copy put in its place.
// Returns what was done, for the status bar; nothing when the user declined or it failed
// (a failure has been shown, and the damaged file is where it was).
std::optional<QString> offerRestoreOfDamagedFile(const QString &databasePath, const QString &why);

} // namespace bridge
