#pragma once

#include <QString>

namespace bridge::bench {

// bridge-bench --only serve: `incident-bridge serve` in its own process on 127.0.0.1, over a
// file in dir: the API and the status page under 50 clients, an alert webhook to its
// commit, and Mark Sent (in this process) to the served page.
void benchServe(const QString &dir, bool quick);

} // namespace bridge::bench
