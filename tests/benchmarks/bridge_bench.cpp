// bridge-bench: prints one JSON object per line with each benchmark's figures.
// --quick runs smaller sizes. Not a test: it measures, it does not judge.
#include "domain/entry.h"
#include "session/incidentsession.h"
#include "timeline/entrybar.h"
#include "timeline/timelinepane.h"
#include "timelinemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

void print(const QJsonObject &o)
{
    std::puts(QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
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

// Bulk-fills an incident with raw SQLite in one transaction: seeding, not measuring.
qint64 seedEntries(const QString &path, int count)
{
    qint64 incidentId = 0;
    {
        auto session = IncidentSession::open(path, Database::Location::Given);
        incidentId = session.value()->createIncident({u"Big incident"_s, Severity::Sev1, {}})->id;
        session.value()->log(incidentId, {EntryKind::Note, u"seed"_s, {}, u"seed"_s, false});
    }
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO entry (incident_id, kind, actor_id, scribe_id, occurred_at, "
                       "logged_at, text) VALUES (?, ?, 1, 1, ?, ?, ?)",
                       -1, &stmt, nullptr);
    const char *kinds[]
        = {"action", "observation", "note", "decision", "assumption", "expectation"};
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(count) * 1000;
    for (int i = 0; i < count; ++i) {
        const QByteArray text = "Entry " + QByteArray::number(i)
                                + " replica lag observed on orders-db while draining traffic";
        sqlite3_bind_int64(stmt, 1, incidentId);
        sqlite3_bind_text(stmt, 2, kinds[i % 6], -1, SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 3, start + qint64(i) * 1000);
        sqlite3_bind_int64(stmt, 4, start + qint64(i) * 1000 + 500);
        sqlite3_bind_text(stmt, 5, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        sqlite3_step(stmt);
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return incidentId;
}

void benchEntryCommit(const QString &dir, int count)
{
    auto session = IncidentSession::open(dir + u"/commit.sqlite"_s, Database::Location::Given);
    const qint64 id = session.value()->createIncident({u"Bench"_s, Severity::Sev2, {}})->id;
    QList<double> ms;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        session.value()->log(id, {EntryKind::Action, {}, {}, u"Entry %1 logged"_s.arg(i), false});
        ms << timer.nsecsElapsed() / 1e6;
    }
    print({{u"name"_s, u"entry_commit"_s},
           {u"entries"_s, count},
           {u"p50_ms"_s, percentile(ms, 0.5)},
           {u"p99_ms"_s, percentile(ms, 0.99)}});
}

void benchEnterToPaint(const QString &dir, int count)
{
    auto session = IncidentSession::open(dir + u"/enter.sqlite"_s, Database::Location::Given);
    const qint64 id = session.value()->createIncident({u"Bench"_s, Severity::Sev2, {}})->id;
    TimelinePane pane(session.value().get());
    pane.resize(1200, 800);
    pane.setIncident(id);
    pane.show();
    QApplication::processEvents();
    QList<double> ms;
    QLineEdit *text = pane.entryBar()->textEdit();
    for (int i = 0; i < count; ++i) {
        text->setText(u"Entry %1: restarted checkout-api pods in eu-west-1"_s.arg(i));
        QElapsedTimer timer;
        timer.start();
        emit text->returnPressed();         // the path Enter takes: log, commit, model insert
        pane.view()->viewport()->repaint(); // and the row painted
        ms << timer.nsecsElapsed() / 1e6;
    }
    print({{u"name"_s, u"enter_to_paint"_s},
           {u"entries"_s, count},
           {u"p50_ms"_s, percentile(ms, 0.5)},
           {u"p99_ms"_s, percentile(ms, 0.99)}});
}

void benchOpen(const QString &dir, int count)
{
    const QString path = dir + u"/open.sqlite"_s;
    const qint64 id = seedEntries(path, count);
    QElapsedTimer timer;
    timer.start();
    auto session = IncidentSession::open(path, Database::Location::Given);
    const double openedMs = timer.nsecsElapsed() / 1e6;
    TimelinePane pane(session.value().get());
    pane.resize(1200, 800);
    pane.setIncident(id);
    const double loadedMs = timer.nsecsElapsed() / 1e6;
    pane.show();
    pane.view()->viewport()->repaint();
    const double ms = timer.nsecsElapsed() / 1e6;
    print({{u"name"_s, u"open_incident"_s},
           {u"entries"_s, pane.model()->rowCount()},
           {u"ms"_s, ms},
           {u"database_open_ms"_s, openedMs},
           {u"timeline_load_ms"_s, loadedMs - openedMs},
           {u"first_paint_ms"_s, ms - loadedMs},
           {u"peak_rss_mb"_s, peakRssMb()}});
    // Text filter through FTS5, as the search field does, on the same 100k timeline.
    QList<double> search;
    const QStringList queries{u"replica"_s,    u"lag"_s,    u"draining"_s, u"orders-db"_s,
                              u"Entry 4242"_s, u"99999"_s,  u"traffic"_s,  u"nomatch"_s,
                              u"obs"_s,        u"entry 1"_s};
    for (const QString &q : queries) {
        TimelineFilter f;
        f.text = q;
        QElapsedTimer t;
        t.start();
        pane.model()->setFilter(f);
        pane.view()->viewport()->repaint();
        search << t.nsecsElapsed() / 1e6;
        print({{u"name"_s, u"filter_text_query"_s},
               {u"query"_s, q},
               {u"matches"_s, pane.model()->rowCount()},
               {u"ms"_s, search.last()}});
    }
    pane.model()->setFilter({});
    print({{u"name"_s, u"filter_text"_s},
           {u"entries"_s, count},
           {u"queries"_s, int(queries.size())},
           {u"p50_ms"_s, percentile(search, 0.5)},
           {u"max_ms"_s, percentile(search, 1.0)}});
    QList<double> append;
    QLineEdit *text = pane.entryBar()->textEdit();
    for (int i = 0; i < (count > 10000 ? 200 : 50); ++i) {
        text->setText(u"Appended %1"_s.arg(i));
        QElapsedTimer t;
        t.start();
        emit text->returnPressed();
        pane.view()->viewport()->repaint();
        append << t.nsecsElapsed() / 1e6;
    }
    print({{u"name"_s, u"append_while_open"_s},
           {u"entries"_s, count},
           {u"p50_ms"_s, percentile(append, 0.5)},
           {u"p99_ms"_s, percentile(append, 0.99)}});
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(u"--quick"_s);
    QTemporaryDir dir;
    benchEntryCommit(dir.path(), quick ? 100 : 2000);
    benchEnterToPaint(dir.path(), quick ? 50 : 400);
    benchOpen(dir.path(), quick ? 10000 : 100000);
    return 0;
}
