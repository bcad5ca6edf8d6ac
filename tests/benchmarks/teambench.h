#pragma once

#include <QString>

namespace bridge::bench {

// Each prints its figure with the file engine's from the same run beside it.
void benchTeamCommit(const QString &adminUri, int count, double fileRatio);
void benchTeamLive(const QString &adminUri, int clients, int lines);
void benchTeamOpen(const QString &adminUri, int count, double fileMs);
void benchTeamSearch(const QString &adminUri, int total, double fileP99);

} // namespace bridge::bench
