// bridge-bench: prints one JSON object per line with each benchmark's figures.
// --quick runs smaller sizes; --only GROUP runs one group (serve: servebench.cpp); --engine
// postgresql adds the team figures (teambench.cpp). Not a test: it measures, it does not judge.
#include "benchsupport.h"
#include "domain/timeparse.h"
#include "report/htmlwriter.h"
#include "report/incidentjson.h"
#include "report/markdownwriter.h"
#include "report/pdfwriter.h"
#include "report/postmortemdocument.h"
#include "servebench.h"
#include "session/incidentsession.h"
#include "storage/incidentwords.h"
#include "teambench.h"
#include "timeline/entrybar.h"
#include "timeline/timelinepane.h"
#include "timelinemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QSaveFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sqlite3.h>

using namespace bridge;
using namespace bridge::bench;
using namespace Qt::StringLiterals;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString entryText(int i)
{
    return u"Entry %1: restarted checkout-api pods in eu-west-1"_s.arg(i);
}

// The same rows through the raw C API: same schema (FTS trigger included), same pragmas,
// one BEGIN IMMEDIATE ... COMMIT per row. What SQLite alone costs on this disk.
class RawWriter
{
public:
    explicit RawWriter(const QString &path)
    {
        {
            auto created = IncidentSession::open(path, Database::Location::Given); // the schema
            if (!created.value()->createIncident({u"Raw"_s, Severity::Sev2, {}}))
                qFatal("cannot create the incident");
        }
        sqlite3_open(QFile::encodeName(path).constData(), &m_db);
        registerIncidentWords(m_db); // the search triggers' tokenizer, as the app registers it
        for (const char *pragma : {"PRAGMA busy_timeout = 5000", "PRAGMA journal_mode = WAL",
                                   "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"})
            sqlite3_exec(m_db, pragma, nullptr, nullptr, nullptr);
        sqlite3_prepare_v2(m_db, "BEGIN IMMEDIATE", -1, &m_begin, nullptr);
        sqlite3_prepare_v2(m_db, "COMMIT", -1, &m_commit, nullptr);
        sqlite3_prepare_v2(m_db,
                           "INSERT INTO entry (incident_id, kind, actor_id, scribe_id, "
                           "occurred_at, logged_at, text, pinned) VALUES (1, 'action', 1, 1, ?, "
                           "?, ?, 0)",
                           -1, &m_insert, nullptr);
    }
    ~RawWriter()
    {
        for (sqlite3_stmt *s : {m_begin, m_insert, m_commit})
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }
    RawWriter(const RawWriter &) = delete;
    RawWriter &operator=(const RawWriter &) = delete;

    // One row committed; milliseconds it took. Out of line, so a profile tells it apart.
    [[gnu::noinline]] double commit(int i)
    {
        const QByteArray text = entryText(i).toUtf8();
        QElapsedTimer timer;
        timer.start();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        sqlite3_step(m_begin);
        sqlite3_reset(m_begin);
        sqlite3_bind_int64(m_insert, 1, now);
        sqlite3_bind_int64(m_insert, 2, now);
        sqlite3_bind_text(m_insert, 3, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        sqlite3_step(m_commit);
        sqlite3_reset(m_commit);
        return msSince(timer);
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_commit = nullptr;
};

// Through the session, as the entry bar logs: insert, FTS index, commit, model notified.
// Each session line alternates with a raw one, so the disk's drift (write-back, the WAL's
// growth and checkpoints) falls on both alike rather than on whichever ran second.
double benchEntryCommit(const QString &dir, int count)
{
    auto session = IncidentSession::open(dir + u"/commit.sqlite"_s, Database::Location::Given);
    const qint64 id = session.value()->createIncident({u"Bench"_s, Severity::Sev2, {}})->id;
    TimelineModel model(session.value().get());
    model.setIncident(id);
    RawWriter rawWriter(dir + u"/raw.sqlite"_s);
    QList<double> ours;
    QList<double> raw;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!session.value()->log(id, {EntryKind::Action, {}, {}, entryText(i), false}))
            qFatal("cannot log");
        ours << msSince(timer);
        raw << rawWriter.commit(i);
    }
    print({{u"name"_s, u"entry_commit"_s},
           {u"entries"_s, count},
           {u"p50_ms"_s, percentile(ours, 0.5)},
           {u"p99_ms"_s, percentile(ours, 0.99)},
           {u"raw_p50_ms"_s, percentile(raw, 0.5)},
           {u"raw_p99_ms"_s, percentile(raw, 0.99)},
           {u"ratio_p50"_s, percentile(ours, 0.5) / percentile(raw, 0.5)}});
    return percentile(ours, 0.5) / percentile(raw, 0.5);
}

// Opening a big incident, then appending to it while it is on screen.
double benchOpenAndAppend(const QString &dir, int count)
{
    const QString path = dir + u"/open.sqlite"_s;
    const qint64 id = seedDatabase(path, 1, count).incidentIds.first();
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    auto session = IncidentSession::open(path, Database::Location::Given);
    const double openedMs = msSince(timer);
    TimelinePane pane(session.value().get());
    pane.resize(1200, 800);
    pane.setIncident(id);
    const double loadedMs = msSince(timer);
    pane.show();
    QApplication::processEvents();      // layout, expose and the first paint
    pane.view()->viewport()->repaint(); // and, to be sure it is counted, one more
    const double ms = msSince(timer);
    print({{u"name"_s, count >= 100000 ? u"open_incident_100k"_s : u"open_incident"_s},
           {u"entries"_s, pane.model()->rowCount()},
           {u"ms"_s, ms},
           {u"database_open_ms"_s, openedMs},
           {u"timeline_load_ms"_s, loadedMs - openedMs},
           {u"first_paint_ms"_s, ms - loadedMs},
           {u"peak_rss_mb"_s, peakRssMb()}});

    QList<double> append;
    QLineEdit *text = pane.entryBar()->textEdit();
    pane.view()->scrollToBottom();
    for (int i = 0; i < 200; ++i) {
        text->setText(u"Appended %1"_s.arg(i));
        QElapsedTimer t;
        t.start();
        emit text->returnPressed();         // the path Enter takes: log, commit, model insert
        pane.view()->viewport()->repaint(); // and the row painted
        append << msSince(t);
    }
    print({{u"name"_s, count >= 100000 ? u"append_while_100k"_s : u"append_while_open"_s},
           {u"entries"_s, count},
           {u"p50_ms"_s, percentile(append, 0.5)},
           {u"p99_ms"_s, percentile(append, 0.99)}});
    return ms;
}

// The search field over one incident of a database holding `total` entries.
double benchSearch(const QString &dir, int total)
{
    const QString path = dir + u"/search.sqlite"_s;
    const int incidents = 10;
    const Seeded seeded = seedDatabase(path, incidents, total / incidents);
    auto session = IncidentSession::open(path, Database::Location::Given);
    TimelinePane pane(session.value().get());
    pane.resize(1200, 800);
    const qint64 incident = seeded.incidentIds.at(incidents / 2);
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
        const double filterMs = msSince(t);
        pane.view()->viewport()->repaint();
        ms << msSince(t);
        // A broad word's older matches, found after the newest are painted.
        pane.model()->completeSearch();
        pane.view()->viewport()->repaint();
        complete << msSince(t);
        t.restart();
        pane.view()->viewport()->repaint();
        const double warmPaint = msSince(t);
        // The FTS5 query alone, for where the time goes.
        t.restart();
        if (!session.value()->textMatches(incident, q))
            qFatal("search failed");
        const double ftsMs = msSince(t);
        print({{u"name"_s, u"search_query"_s},
               {u"query"_s, q},
               {u"matches"_s, pane.model()->rowCount()},
               {u"ms"_s, ms.last()},
               {u"complete_ms"_s, complete.last()},
               {u"filter_ms"_s, filterMs},
               {u"warm_paint_ms"_s, warmPaint},
               {u"fts_ms"_s, ftsMs}});
    }
    print({{u"name"_s, total >= 1000000 ? u"search_1m"_s : u"search"_s},
           {u"entries"_s, seeded.entries},
           {u"incident_entries"_s, total / incidents},
           {u"queries"_s, int(queries.size())},
           {u"p50_ms"_s, percentile(ms, 0.5)},
           {u"p99_ms"_s, percentile(ms, 0.99)},
           {u"complete_p99_ms"_s, percentile(complete, 0.99)}});
    return percentile(ms, 0.99);
}

double timedWrite(const QString &path, const std::function<QByteArray()> &render)
{
    QElapsedTimer t;
    t.start();
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(render());
        file.commit();
    }
    return msSince(t);
}

// What `export` does for each format: read the record, build the document, write the file.
void benchExport(const QString &dir, int count)
{
    const QString path = dir + u"/export.sqlite"_s;
    const qint64 id = seedDatabase(path, 1, count).incidentIds.first();
    auto session = IncidentSession::open(path, Database::Location::Given);
    IncidentSession &s = *session.value();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    QElapsedTimer t;
    t.start();
    const IncidentRecord probe = *s.record(id);
    const double recordMs = msSince(t);
    const double md = timedWrite(dir + u"/pm.md"_s, [&] {
        return postmortemMarkdown(buildPostmortem(*s.record(id), zone, s.now())).toUtf8();
    });
    const double html = timedWrite(dir + u"/pm.html"_s, [&] {
        return postmortemHtml(buildPostmortem(*s.record(id), zone, s.now())).toUtf8();
    });
    const double json = timedWrite(dir + u"/pm.json"_s, [&] {
        return QJsonDocument(exportJson(*s.record(id), s.now())).toJson(QJsonDocument::Indented);
    });
    t.restart();
    if (!writePostmortemPdf(buildPostmortem(*s.record(id), zone, s.now()), dir + u"/pm.pdf"_s))
        qFatal("cannot write the PDF");
    const double pdf = msSince(t);
    print({{u"name"_s, count >= 10000 ? u"export_10k"_s : u"export"_s},
           {u"entries"_s, int(probe.entries.size())},
           {u"record_ms"_s, recordMs},
           {u"md_ms"_s, md},
           {u"html_ms"_s, html},
           {u"json_ms"_s, json},
           {u"pdf_ms"_s, pdf},
           {u"pdf_kb"_s, double(QFileInfo(dir + u"/pm.pdf"_s).size()) / 1024.0}});
}

// From starting the real application to its window's first paint, on an empty database.
void benchStartup(const QString &dir, int runs)
{
    const QString db = dir + u"/empty.sqlite"_s;
    // Created once, as a user's would be.
    if (!IncidentSession::open(db, Database::Location::Given))
        qFatal("cannot create the database");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"INCIDENT_BRIDGE_EXIT_AFTER_PAINT"_s, u"1"_s);
    env.insert(u"HOME"_s, dir);
    env.insert(u"XDG_RUNTIME_DIR"_s, dir);
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QProcess app;
        app.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        app.start(QString::fromUtf8(BRIDGE_APP_PATH), {u"--db"_s, db});
        while (app.state() != QProcess::NotRunning && !app.canReadLine())
            app.waitForReadyRead(5000);
        const bool painted = app.readLine().startsWith("painted");
        ms << msSince(t);
        app.waitForFinished(5000);
        if (!painted) {
            print({{u"name"_s, u"startup"_s}, {u"error"_s, u"the window never painted"_s}});
            return;
        }
    }
    print({{u"name"_s, u"startup"_s},
           {u"runs"_s, runs},
           {u"ms"_s, percentile(ms, 0.5)},
           {u"max_ms"_s, percentile(ms, 1.0)}});
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(u"--quick"_s);
    // --only startup|commit|live|open|export|search|serve runs one group.
    const qsizetype only = args.indexOf(u"--only"_s);
    const QString group = only > 0 && only + 1 < args.size() ? args.at(only + 1) : QString();
    const auto wanted = [&](const QString &name) {
        return group.isEmpty() || group == name;
    };
    QTemporaryDir dir;
    // --keep leaves the databases behind for a closer look.
    dir.setAutoRemove(!args.contains(u"--keep"_s));
    if (!dir.autoRemove())
        std::fprintf(stderr, "bridge-bench: databases kept in %s\n", qPrintable(dir.path()));
    // --engine postgresql: the team figures too, on the server INCIDENT_BRIDGE_TEST_PG names
    // (start one with .ci/pg-server), each printed beside the file's.
    const qsizetype engine = args.indexOf(u"--engine"_s);
    const bool team
        = engine > 0 && engine + 1 < args.size() && args.at(engine + 1) == u"postgresql"_s;
    const QString server = qEnvironmentVariable("INCIDENT_BRIDGE_TEST_PG");
    if (team && server.isEmpty()) {
        std::fprintf(stderr, "bridge-bench: --engine postgresql needs INCIDENT_BRIDGE_TEST_PG "
                             "(eval \"$(.ci/pg-server start DIR)\")\n");
        return 2;
    }
    if (wanted(u"startup"_s) && !team)
        benchStartup(dir.path(), quick ? 3 : 10);
    if (wanted(u"commit"_s)) {
        const double fileRatio = benchEntryCommit(dir.path(), quick ? 200 : 2000);
        if (team)
            benchTeamCommit(server, quick ? 200 : 2000, fileRatio);
    }
    if (wanted(u"live"_s) && team)
        benchTeamLive(server, 20, quick ? 10 : 50);
    if (wanted(u"open"_s)) {
        const double fileMs = benchOpenAndAppend(dir.path(), quick ? 10000 : 100000);
        if (team)
            benchTeamOpen(server, quick ? 10000 : 100000, fileMs);
    }
    if (wanted(u"export"_s) && !team)
        benchExport(dir.path(), quick ? 1000 : 10000);
    if (wanted(u"search"_s)) {
        const double fileP99 = benchSearch(dir.path(), quick ? 100000 : 1000000);
        if (team)
            benchTeamSearch(server, quick ? 100000 : 1000000, fileP99);
    }
    if (wanted(u"serve"_s) && !team)
        benchServe(dir.path(), quick);
    return 0;
}
