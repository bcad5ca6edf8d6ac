// bridge-bench --engine postgresql: the team figures, each beside the file's from the same
// run. The server is the one INCIDENT_BRIDGE_TEST_PG names (an administrator's URI, as
// .ci/pg-server prints it); every database made here is dropped at the end.
#include "teambench.h"

#include "benchsupport.h"
#include "session/incidentsession.h"
#include "storage/teamaddress.h"
#include "storage/teamschema.h"
#include "timeline/timelinepane.h"
#include "timelinemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace bridge::bench {

namespace {
double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// A database of its own on the server, set up by team init, dropped when this goes.
class TeamBenchDatabase
{
public:
    explicit TeamBenchDatabase(const QString &adminUri)
        : m_admin(adminUri)
        , m_name(u"bench_"_s + QUuid::createUuid().toString(QUuid::Id128).left(10))
    {
        admin(u"postgres"_s, u"CREATE DATABASE %1"_s.arg(m_name));
        const auto address = parseTeamAddress(uri());
        if (!address || !initTeamDatabase(*address))
            qFatal("team init of the bench database failed");
    }
    ~TeamBenchDatabase() { admin(u"postgres"_s, u"DROP DATABASE %1 WITH (FORCE)"_s.arg(m_name)); }
    QString uri() const { return m_admin.section(u'/', 0, 2) + u'/' + m_name; }

    // Runs sql as the administrator on this database (or another).
    void admin(const QString &database, const QString &sql) const
    {
        const QString connection = u"bench-admin"_s;
        {
            auto db = connectTeamDatabase(
                *parseTeamAddress(m_admin.section(u'/', 0, 2) + u'/' + database), connection);
            if (!db)
                qFatal("%s", qPrintable(db.error().message));
            QSqlQuery q(*db);
            if (!q.exec(sql))
                qFatal("%s: %s", qPrintable(sql.left(200)), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(connection);
    }
    void admin(const QString &sql) const { admin(m_name, sql); }

    // perIncident entries in each of `incidents` incidents, as bridge chat, written in
    // batches with the triggers off (seeding, not measuring; the search index is still
    // computed, as it is generated).
    QList<qint64> seed(int incidents, int perIncident) const
    {
        QList<qint64> ids;
        {
            auto session
                = IncidentSession::open(uri(), Database::Location::Given, nullptr, u"Seeder"_s);
            for (int i = 0; i < incidents; ++i)
                ids << session.value()
                           ->createIncident({u"Incident %1"_s.arg(i + 1), Severity::Sev2, {}})
                           ->id;
        }
        QRandomGenerator random(20261124);
        const char *kinds[]
            = {"action", "observation", "note", "decision", "assumption", "expectation"};
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(perIncident) * 1000;
        constexpr int Batch = 2000;
        for (qint64 incident : std::as_const(ids)) {
            for (int first = 0; first < perIncident; first += Batch) {
                QByteArray sql = "SET session_replication_role = replica; INSERT INTO "
                                 "bridge.entry (incident_id, kind, actor_id, scribe_id, "
                                 "occurred_at, logged_at, text) VALUES ";
                for (int i = first; i < std::min(perIncident, first + Batch); ++i) {
                    if (i > first)
                        sql += ',';
                    // The vocabulary is plain words and digits: nothing to quote.
                    sql += "(" + QByteArray::number(incident) + ",'" + kinds[i % 6] + "',1,1,"
                           + QByteArray::number(start + qint64(i) * 1000) + ','
                           + QByteArray::number(start + qint64(i) * 1000 + 500) + ",'"
                           + chatLine(random, i) + "')";
                }
                admin(QString::fromLatin1(sql));
            }
        }
        // What autovacuum does soon after a bulk load, done now so that it does not compete
        // with what is measured next: the visibility map set, the planner's statistics read.
        admin(u"VACUUM (ANALYZE) bridge.entry"_s);
        return ids;
    }

private:
    QString m_admin;
    QString m_name;
};

QString entryText(int i)
{
    return u"Entry %1: restarted checkout-api pods in eu-west-1"_s.arg(i);
}
} // namespace

void benchTeamCommit(const QString &adminUri, int count, double fileRatio)
{
    TeamBenchDatabase db(adminUri);
    auto session = IncidentSession::open(db.uri(), Database::Location::Given, nullptr, u"Maya"_s);
    const qint64 id = session.value()->createIncident({u"Bench"_s, Severity::Sev2, {}})->id;
    TimelineModel model(session.value().get());
    model.setIncident(id);
    QList<double> ours;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!session.value()->log(id, {EntryKind::Action, {}, {}, entryText(i), false}))
            qFatal("cannot log");
        ours << msSince(timer);
    }
    // The same row as one bare INSERT over the same driver, committed on its own.
    QList<double> raw;
    {
        auto connection = connectTeamDatabase(*parseTeamAddress(db.uri()), u"bench-raw"_s);
        QSqlQuery q(*connection);
        q.prepare(u"INSERT INTO bridge.entry (incident_id, kind, actor_id, scribe_id, "
                  "occurred_at, logged_at, text, pinned) VALUES (?, 'action', 1, 1, ?, ?, ?, 0)"_s);
        for (int i = 0; i < count; ++i) {
            QElapsedTimer timer;
            timer.start();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            q.addBindValue(id);
            q.addBindValue(now);
            q.addBindValue(now);
            q.addBindValue(entryText(i));
            if (!q.exec())
                qFatal("raw insert: %s", qPrintable(q.lastError().text()));
            raw << msSince(timer);
        }
    }
    QSqlDatabase::removeDatabase(u"bench-raw"_s);
    print({{u"name"_s, u"team_entry_commit"_s},
           {u"entries"_s, count},
           {u"p50_ms"_s, percentile(ours, 0.5)},
           {u"p99_ms"_s, percentile(ours, 0.99)},
           {u"raw_insert_p50_ms"_s, percentile(raw, 0.5)},
           {u"ratio_p50"_s, percentile(ours, 0.5) / percentile(raw, 0.5)},
           {u"file_ratio_p50"_s, fileRatio}});
}

void benchTeamLive(const QString &adminUri, int clients, int lines)
{
    TeamBenchDatabase db(adminUri);
    auto writer = IncidentSession::open(db.uri(), Database::Location::Given, nullptr, u"Maya"_s);
    const qint64 id = writer.value()->createIncident({u"Bench"_s, Severity::Sev2, {}})->id;
    struct Client
    {
        std::unique_ptr<IncidentSession> session;
        std::unique_ptr<TimelinePane> pane;
    };
    std::vector<Client> others;
    QElapsedTimer sinceCommit;
    QList<double> shown;
    int pending = 0;
    for (int c = 0; c < clients; ++c) {
        Client client;
        client.session = std::move(IncidentSession::open(db.uri(), Database::Location::Given,
                                                         nullptr, u"Client %1"_s.arg(c))
                                       .value());
        client.session->watchForExternalChanges();
        client.pane = std::make_unique<TimelinePane>(client.session.get());
        client.pane->resize(900, 500);
        client.pane->setIncident(id);
        client.pane->show();
        // In each window: the row in its model, then its view painted.
        QTableView *view = client.pane->view();
        QObject::connect(client.pane->model(), &QAbstractItemModel::rowsInserted, view, [&, view] {
            view->viewport()->repaint();
            shown << msSince(sinceCommit);
            --pending;
        });
        others.push_back(std::move(client));
    }
    QApplication::processEvents();
    for (int i = 0; i < lines; ++i) {
        pending = clients;
        if (!writer.value()->log(id, {EntryKind::Action, {}, {}, entryText(i), false}))
            qFatal("cannot log");
        sinceCommit.start(); // acknowledged: committed on the server
        QElapsedTimer bound;
        bound.start();
        while (pending > 0 && bound.elapsed() < 5000)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    print({{u"name"_s, u"team_commit_to_painted"_s},
           {u"clients"_s, clients},
           {u"lines"_s, lines},
           {u"samples"_s, int(shown.size())},
           {u"p50_ms"_s, percentile(shown, 0.5)},
           {u"p99_ms"_s, percentile(shown, 0.99)}});
}

void benchTeamOpen(const QString &adminUri, int count, double fileMs)
{
    TeamBenchDatabase db(adminUri);
    const qint64 id = db.seed(1, count).first();
    QElapsedTimer timer;
    timer.start();
    auto session = IncidentSession::open(db.uri(), Database::Location::Given, nullptr, u"Maya"_s);
    const double openedMs = msSince(timer);
    TimelinePane pane(session.value().get());
    pane.resize(1200, 800);
    pane.setIncident(id);
    const double loadedMs = msSince(timer);
    pane.show();
    QApplication::processEvents();
    pane.view()->viewport()->repaint();
    const double ms = msSince(timer);
    print({{u"name"_s, u"team_open_incident"_s},
           {u"entries"_s, pane.model()->rowCount()},
           {u"ms"_s, ms},
           {u"database_open_ms"_s, openedMs},
           {u"timeline_load_ms"_s, loadedMs - openedMs},
           {u"file_ms"_s, fileMs}});
}

void benchTeamSearch(const QString &adminUri, int total, double fileP99)
{
    TeamBenchDatabase db(adminUri);
    const int incidents = 10;
    const QList<qint64> ids = db.seed(incidents, total / incidents);
    auto session = IncidentSession::open(db.uri(), Database::Location::Given, nullptr, u"Maya"_s);
    TimelinePane pane(session.value().get());
    pane.resize(1200, 800);
    const qint64 incident = ids.at(incidents / 2);
    pane.setIncident(incident);
    pane.show();
    QApplication::processEvents();
    const QStringList queries = searchQueries();
    QList<double> ms;
    QList<double> complete;
    for (const QString &q : std::as_const(queries)) {
        TimelineFilter f;
        f.text = q;
        QElapsedTimer t;
        t.start();
        pane.model()->setFilter(f);
        pane.view()->viewport()->repaint();
        ms << msSince(t);
        const int firstShown = pane.model()->rowCount();
        // A broad word's older matches, found after the newest are painted.
        pane.model()->completeSearch();
        pane.view()->viewport()->repaint();
        complete << msSince(t);
        print({{u"name"_s, u"team_search_query"_s},
               {u"query"_s, q},
               {u"matches"_s, pane.model()->rowCount()},
               {u"first_shown"_s, firstShown},
               {u"ms"_s, ms.last()},
               {u"complete_ms"_s, complete.last()}});
    }
    print({{u"name"_s, u"team_search"_s},
           {u"entries"_s, total},
           {u"queries"_s, int(queries.size())},
           {u"p50_ms"_s, percentile(ms, 0.5)},
           {u"p99_ms"_s, percentile(ms, 0.99)},
           {u"complete_p99_ms"_s, percentile(complete, 0.99)},
           {u"file_p99_ms"_s, fileP99}});
}

} // namespace bridge::bench
