#pragma once

#include "domain/access.h"
#include "domain/result.h"

namespace bridge {

// The monitoring systems whose webhooks open incidents.
enum class AlertSource { Alertmanager, Grafana, PagerDuty, Generic };

// Reads one webhook delivery into what the record needs. A malformed body is refused with
// what is wrong in it (Error::Code::Invalid); nothing is guessed. Alertmanager's version 4
// payload, Grafana alerting's (version 1), PagerDuty's V3 webhook events, and ours:
//   {"source": "canary", "key": "canary-eu-1", "status": "firing" | "resolved",
//    "title": "Checkout canary failing", "severity": "critical", "started_at": ISO 8601,
//    "text": "3 of 5 probes failing"}
// (key and status always; title for firing; the rest optional).
Result<AlertNotice> readAlertPayload(AlertSource source, const QByteArray &body);

// A label's word for severity ("critical", "P2", "sev1") as a severity, by the map given
// (words folded to lower case → severity); a word the map lacks is SEV3.
Severity severityForLabel(const QString &label, const QHash<QString, Severity> &map);
// The map used until one is set: critical/page/p1/sev1 → SEV1, high/error/p2/sev2 → SEV2,
// warning/p3/sev3 → SEV3, info/low/p4/p5/sev4 → SEV4.
QHash<QString, Severity> defaultSeverityMap();

} // namespace bridge
