#include "benchsupport.h"

#include "session/incidentsession.h"
#include "storage/incidentwords.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace bridge::bench {

namespace {
const char *const Words[]
    = {"the",        "to",         "on",         "db",          "error",     "is",
       "checkout",   "latency",    "we",         "api",         "rollback",  "replica",
       "pods",       "deploy",     "restarted",  "traffic",     "p99",       "orders",
       "eu-west-1",  "cache",      "lag",        "paging",      "primary",   "failover",
       "queue",      "consumer",   "backlog",    "dns",         "timeout",   "5xx",
       "dashboard",  "grafana",    "customers",  "status",      "page",      "mitigated",
       "draining",   "node",       "kubernetes", "memory",      "cpu",       "disk",
       "redis",      "kafka",      "postgres",   "connection",  "pool",      "saturated",
       "retry",      "storm",      "circuit",    "breaker",     "feature",   "flag",
       "disabled",   "canary",     "region",     "us-east",     "load",      "balancer",
       "health",     "check",      "failing",    "certificate", "expired",   "rotation",
       "vault",      "secret",     "config",     "push",        "reverted",  "commit",
       "release",    "pipeline",   "blocked",    "approval",    "manager",   "vendor",
       "ticket",     "escalated",  "support",    "bridge",      "handoff",   "commander",
       "scribe",     "update",     "sent",       "executive",   "summary",   "eta",
       "unknown",    "hypothesis", "confirmed",  "ruled",       "out",       "shard",
       "rebalanced", "index",      "rebuild",    "vacuum",      "bloat",     "autoscaler",
       "scaled",     "throttled",  "quota",      "exceeded",    "ratelimit", "ingress",
       "nginx",      "envoy",      "mesh",       "sidecar",     "oom",       "killed",
       "restart",    "loop",       "crashloop",  "backoff",     "probe",     "warmup",
       "cold",       "start",      "zookeeper",  "quorum",      "lost",      "split-brain"};
constexpr int WordCount = int(sizeof(Words) / sizeof(*Words));

int zipfRank(QRandomGenerator &random)
{
    // Inverse of the Zipf(s = 1) distribution's CDF, approximated by a log scale.
    const double u = random.generateDouble();
    const int rank = int(std::exp(u * std::log(double(WordCount + 1)))) - 1;
    return std::clamp(rank, 0, WordCount - 1);
}
} // namespace

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

void print(const QJsonObject &object)
{
    std::puts(QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void resetPeakRss()
{
    // "5" resets the high-water mark to the present RSS (Linux 4.0 and later).
    QFile refs(u"/proc/self/clear_refs"_s);
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

QString chatWord(int rank)
{
    return QString::fromLatin1(Words[std::clamp(rank, 0, WordCount - 1)]);
}

int chatVocabularySize()
{
    return WordCount;
}

QStringList searchQueries()
{
    QStringList queries;
    for (int rank : {0, 1, 3, 6, 11, 20, 40, 70, 110, 125})
        queries << chatWord(rank);
    queries << u"t"_s << u"repl"_s << u"fail"_s << u"the db"_s << u"error checkout"_s
            << u"cache lag"_s << u"4242"_s << u"eu-west-1 5xx"_s << u"quorum lost"_s
            << u"nosuchword"_s;
    return queries;
}

QByteArray chatLine(QRandomGenerator &random, int i)
{
    QByteArray text = Words[zipfRank(random)];
    const int words = 5 + int(random.bounded(7));
    for (int w = 0; w < words; ++w)
        text += ' ' + QByteArray(Words[zipfRank(random)]);
    if (i % 3 == 0) // figures, ports, ticket numbers
        text += ' ' + QByteArray::number(random.bounded(100000));
    return text;
}

Seeded seedDatabase(const QString &path, int incidents, int perIncident)
{
    Seeded seeded;
    {
        auto session = IncidentSession::open(path, Database::Location::Given);
        for (int i = 0; i < incidents; ++i) {
            seeded.incidentIds << session.value()
                                      ->createIncident(
                                          {u"Incident %1"_s.arg(i + 1), Severity::Sev2, {}})
                                      ->id;
        }
    }
    QRandomGenerator random(20261124);
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    registerIncidentWords(db); // the search triggers' tokenizer, as the app registers it
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO entry (incident_id, kind, actor_id, scribe_id, occurred_at, "
                       "logged_at, text) VALUES (?, ?, 1, 1, ?, ?, ?)",
                       -1, &stmt, nullptr);
    const char *kinds[]
        = {"action", "observation", "note", "decision", "assumption", "expectation"};
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(perIncident) * 1000;
    for (const qint64 incidentId : std::as_const(seeded.incidentIds)) {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (int i = 0; i < perIncident; ++i) {
            const QByteArray text = chatLine(random, i);
            sqlite3_bind_int64(stmt, 1, incidentId);
            sqlite3_bind_text(stmt, 2, kinds[i % 6], -1, SQLITE_STATIC);
            sqlite3_bind_int64(stmt, 3, start + qint64(i) * 1000);
            sqlite3_bind_int64(stmt, 4, start + qint64(i) * 1000 + 500);
            sqlite3_bind_text(stmt, 5, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            sqlite3_step(stmt);
            sqlite3_reset(stmt);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        seeded.entries += perIncident;
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return seeded;
}

} // namespace bridge::bench
