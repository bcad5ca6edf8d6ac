// Several people on one team database, each as their own database role: what one commits
// reaches the others by notification, the server says who wrote it, and a role without the
// right to write is refused cleanly.
#include "common/incidentheader.h"
#include "common/servernotice.h"
#include "mainwindow.h"
#include "session/incidentsession.h"
#include "storage/outbox.h"
#include "storage/teamschema.h"
#include "teamserver.h"
#include "timeline/entrybar.h"
#include "timeline/timelinepane.h"
#include "timeline/waitinglines.h"
#include "timelinemodel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <unistd.h>

#include <algorithm>
#include <functional>
#include <tuple>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
std::unique_ptr<IncidentSession> openAs(const QString &uri, const QString &scribe)
{
    auto session = IncidentSession::open(uri, Database::Location::Given, nullptr, scribe);
    if (!session)
        qFatal("cannot open %s: %s", qPrintable(uri), qPrintable(session.error().message));
    return std::move(session).value();
}

// A PostgreSQL cluster of the test's own (.ci/pg-server), to kill and start again without
// touching the one the other tests share. Stopped and removed when this goes.
class OwnCluster
{
public:
    OwnCluster()
    {
        // As root the cluster runs as "postgres", which must reach the folder inside.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                                | QFileDevice::ExeGroup);
        m_folder = m_dir.path() + u"/cluster"_s;
        // Our pid: if this test aborts, the cluster is stopped anyway.
        const QString out
            = script({u"start"_s, m_folder, QString::number(QCoreApplication::applicationPid())});
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
            const QString assignment = line.mid(line.indexOf(u' ') + 1);
            const QString name = assignment.section(u'=', 0, 0);
            const QString value = assignment.section(u'=', 1);
            if (name == u"INCIDENT_BRIDGE_TEST_PG"_s)
                m_admin = value;
            else if (name == u"PGPASSFILE"_s)
                m_pgpass = value;
        }
        if (m_admin.isEmpty())
            qFatal("pg-server start gave no address: %s", qPrintable(out));
        m_previousPgpass = qgetenv("PGPASSFILE");
        qputenv("PGPASSFILE", m_pgpass.toLocal8Bit());
    }
    ~OwnCluster()
    {
        script({u"stop"_s, m_folder}); // the cluster's own folder, then the temporary one
        qputenv("PGPASSFILE", m_previousPgpass);
    }
    QString uri(const QString &dbname) const { return m_admin.section(u'/', 0, 2) + u'/' + dbname; }
    QString adminUri() const { return m_admin; }
    // A database of this cluster's, empty; its address.
    QString createDatabase(const QString &dbname) const
    {
        admin({u"CREATE DATABASE %1"_s.arg(dbname)});
        return uri(dbname);
    }
    QString folder() const { return m_folder; }
    // Runs each statement on its own as the administrator (ALTER SYSTEM takes no transaction).
    void admin(const QStringList &statements, const QString &options = {}) const
    {
        const QString name = u"own-admin"_s;
        {
            auto db = connectTeamDatabase(*parseTeamAddress(m_admin + options), name);
            if (!db)
                qFatal("%s", qPrintable(db.error().message));
            for (const QString &sql : statements) {
                QSqlQuery q(*db);
                if (!q.exec(sql))
                    qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    void kill() { script({u"kill"_s, m_folder}); }
    void restart() { script({u"restart"_s, m_folder}); }

private:
    static QString script(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(u"bash"_s, QStringList{QStringLiteral(PG_SERVER_SCRIPT)} + args);
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            qFatal("pg-server %s failed", qPrintable(args.first()));
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    QTemporaryDir m_dir;
    QString m_folder, m_admin, m_pgpass;
    QByteArray m_previousPgpass;
};

void initialise(const TestTeamServer &server)
{
    const auto address = parseTeamAddress(server.uri());
    if (!address || !initTeamDatabase(*address))
        qFatal("team init failed");
}
} // namespace

class TestTeamLive : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!TestTeamServer::available())
            QSKIP("no PostgreSQL server to test against: run .ci/pg-server start DIR");
    }

    // Three windows' sessions: a line one commits is announced in the other two by the
    // server's notification, not by their (15 s) safety timer.
    void aCommitReachesEveryOtherClientAtOnce()
    {
        TestTeamServer server;
        initialise(server);
        auto maya = openAs(server.uri(), u"Maya"_s);
        auto sam = openAs(server.uri(), u"Sam"_s);
        auto priya = openAs(server.uri(), u"Priya"_s);
        for (auto *s : {maya.get(), sam.get(), priya.get()})
            s->watchForExternalChanges();
        // The responders pane's "connected now": one role, three sessions of it.
        const auto connected = maya->connectedNow();
        QVERIFY(connected);
        QCOMPARE(connected->size(), 1);
        QCOMPARE(connected->first().second, 3);
        const qint64 id = (must(maya->createIncident({u"Checkout 503s"_s, Severity::Sev2, {}}))).id;
        QList<qint64> latencies;
        for (int round = 0; round < 20; ++round) {
            QSignalSpy atSam(sam.get(), &IncidentSession::entryAdded);
            QSignalSpy atPriya(priya.get(), &IncidentSession::entryAdded);
            Entry seenBySam, seenByPriya;
            const auto a = connect(sam.get(), &IncidentSession::entryAdded, this,
                                   [&](const Entry &e) { seenBySam = e; });
            const auto b = connect(priya.get(), &IncidentSession::entryAdded, this,
                                   [&](const Entry &e) { seenByPriya = e; });
            QElapsedTimer clock;
            clock.start();
            const Entry e
                = *maya->log(id, {EntryKind::Action, {}, {}, u"line %1"_s.arg(round), {}});
            // Bounded waits for an event, well under the safety timer.
            QVERIFY(atSam.count() > 0 || atSam.wait(2000));
            QVERIFY(atPriya.count() > 0 || atPriya.wait(2000));
            latencies << clock.elapsed();
            disconnect(a);
            disconnect(b);
            QCOMPARE(seenBySam.id, e.id);
            QCOMPARE(seenByPriya.text, u"line %1"_s.arg(round));
        }
        std::sort(latencies.begin(), latencies.end());
        qInfo("committed to shown in two other sessions, 20 lines: median %lld ms, worst %lld ms",
              latencies.at(10), latencies.last());
        QVERIFY(latencies.last() < 1000);
    }

    // The bridge under load, and the server dying in the middle of it: three windows
    // (offscreen, typed into as a scribe would) and four command-line writers on one record
    // for 60 s. The server is killed with SIGKILL once the call is under way and started
    // again once every window has lines waiting. Every line anyone was told is saved (by id,
    // or as kept in the outbox) is in the record exactly once and in every window; every
    // outbox is flushed; the windows said the server was away, and that it is back.
    void aBridgeUnderLoadLosesNothingWhenTheServerDies()
    {
        OwnCluster cluster;
        const QString uri = cluster.createDatabase(u"bridge"_s);
        QVERIFY(initTeamDatabase(*parseTeamAddress(uri)));
        const qint64 id
            = must(openAs(uri, u"Maya"_s)->createIncident({u"Checkout 503s"_s, Severity::Sev1, {}}))
                  .id;
        struct Window
        {
            std::unique_ptr<IncidentSession> session;
            std::unique_ptr<MainWindow> window;
            ServerNotice *notice = nullptr;
            QString saidAway;
            QStringList saidBack;
            int mostShownWaiting = 0; // lines under its timeline, kept in the outbox
            QString waitingHeadline;
            int widthBefore = 0;     // the window's, before the server went away
            bool saidKept = false;   // the entry bar said a line was kept on this machine
            QString clocksWhileAway; // the header's acknowledgement and update clocks
        };
        std::vector<Window> windows;
        for (const QString &who : {u"Maya"_s, u"Sam"_s, u"Priya"_s}) {
            Window w;
            w.session = openAs(uri, who);
            w.window = std::make_unique<MainWindow>(w.session.get(), u"team-test"_s);
            w.window->showIncident(id);
            w.window->show();
            w.notice = w.window->findChild<ServerNotice *>();
            QVERIFY(w.notice);
            windows.push_back(std::move(w));
        }
        for (auto &w : windows)
            connect(w.notice, &ServerNotice::backAgain, this,
                    [&w](const QString &message) { w.saidBack << message; });

        const auto clocks = [](const MainWindow &window) {
            for (const QLabel *label : window.header()->findChildren<QLabel *>()) {
                if (label->accessibleName() == u"Acknowledgement and update clocks"_s)
                    return label->text();
            }
            return QString();
        };
        QSet<qint64> acknowledged; // committed on the server, by id
        QStringList kept;          // committed to an outbox, by text
        int keptByWindows = 0, keptByCommands = 0;
        const auto land = [&](const QString &text, qint64 entryId) {
            if (entryId > 0)
                acknowledged << entryId;
            else
                kept << text;
        };

        // Writers 0 and 1 keep a line in the outbox when the server is away (--queue);
        // 2 and 3 wait for it up to their timeout, then give up with nothing written.
        QElapsedTimer run;
        run.start();
        constexpr qint64 RunMs = 60000;
        int running = 0;
        std::vector<std::unique_ptr<QProcess>> writers;
        QList<int> linesDone(4, 0);
        std::function<void(int)> next = [&](int writer) {
            if (run.elapsed() >= RunMs) {
                --running;
                return;
            }
            QStringList args{u"--db"_s,      uri,      u"--as"_s, u"Writer %1"_s.arg(writer),
                             u"--timeout"_s, u"30"_s,  u"log"_s,  QString::number(id),
                             u"--kind"_s,    u"note"_s};
            if (writer < 2)
                args << u"--queue"_s;
            args << u"writer %1 line %2"_s.arg(writer).arg(linesDone[writer]);
            writers.at(writer)->setProperty("text", args.last());
            writers.at(writer)->start(QStringLiteral(INCIDENT_BRIDGE_BIN), args);
        };
        const auto stopWriters = qScopeGuard([&] {
            for (auto &p : writers) {
                p->disconnect(this);
                p->kill();
                p->waitForFinished(5000);
            }
        });
        for (int writer = 0; writer < 4; ++writer) {
            writers.push_back(std::make_unique<QProcess>());
            QProcess *p = writers.back().get();
            connect(p, &QProcess::finished, this, [&, p, writer](int code) {
                const QString out = QString::fromUtf8(p->readAllStandardOutput()).trimmed();
                const QString err = QString::fromUtf8(p->readAllStandardError());
                if (code == 0) {
                    // The CLI prints the new entry's id, or nothing when the line was kept.
                    land(p->property("text").toString(), out.toLongLong());
                    if (out.isEmpty())
                        ++keptByCommands;
                } else if (!err.contains(u"cannot be reached"_s) && !err.contains(u"unreachable"_s)
                           && !err.contains(u"went away"_s)) {
                    qWarning("writer %d: %s", writer, qPrintable(err));
                }
                ++linesDone[writer];
                next(writer);
            });
            ++running;
            next(writer);
        }

        enum class Phase { Up, Down, Back } phase = Phase::Up;
        int typed = 0;
        QElapsedTimer downFor;
        while (run.elapsed() < RunMs) {
            // A scribe at one window after another: type the line, Enter. Once the server is
            // back the third window types no more, so what its entry bar said while the server
            // was away has to go by itself.
            Window &w = windows.at(typed % (phase == Phase::Back ? 2 : 3));
            EntryBar *bar = w.window->timeline()->entryBar();
            const QString text = u"window line %1"_s.arg(typed++);
            qint64 loggedId = 0;
            const auto c = connect(bar, &EntryBar::logged, this, [&](qint64 e) { loggedId = e; });
            bar->textEdit()->setText(text);
            QTest::keyClick(bar->textEdit(), Qt::Key_Return);
            disconnect(c);
            if (bar->textEdit()->text().isEmpty()) { // taken: logged, or kept on this machine
                land(text, loggedId);
                if (loggedId == 0)
                    ++keptByWindows;
            } else {
                bar->textEdit()->clear(); // refused, kept in the field: not acknowledged
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            if (phase == Phase::Down && bar->errorText().startsWith(u"Kept on this machine"_s))
                w.saidKept = true;
            if (phase == Phase::Up && acknowledged.size() >= 60) {
                for (auto &v : windows)
                    v.widthBefore = v.window->width();
                cluster.kill();
                phase = Phase::Down;
                downFor.start();
            } else if (phase == Phase::Down) {
                for (auto &v : windows) {
                    if (!v.session->reachable() && v.saidAway.isEmpty())
                        v.saidAway = v.notice->text();
                    if (!v.session->reachable())
                        v.clocksWhileAway = clocks(*v.window);
                    const WaitingLines *shown = v.window->timeline()->waitingLines();
                    if (shown->isVisible() && shown->count() > v.mostShownWaiting) {
                        v.mostShownWaiting = shown->count();
                        v.waitingHeadline = shown->headline();
                    }
                }
                // Back once every window has kept lines and the queueing writers have too
                // (or after 15 s at most).
                if ((keptByWindows >= 6 && keptByCommands >= 2) || downFor.elapsed() > 15000) {
                    cluster.restart();
                    phase = Phase::Back;
                }
            }
        }
        QCOMPARE(phase, Phase::Back);
        QElapsedTimer finishing; // the writers' last runs, bounded
        finishing.start();
        while (running > 0 && finishing.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        QCOMPARE(running, 0);
        // Every window is back, and whatever waits (typed here, or by a command) is sent.
        for (int tries = 0; tries < 200; ++tries) {
            if (std::all_of(windows.cbegin(), windows.cend(),
                            [](const Window &w) { return w.session->reachable(); }))
                break;
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        QVERIFY(must(windows.front().session->sendWaiting()) >= 0);
        for (const QueuedLine &line : must(windows.front().session->waitingLines()))
            QFAIL(qPrintable(u"still waiting: %1 (%2)"_s.arg(line.text, line.lastError)));

        QSet<qint64> stored;
        QSet<QString> texts;
        const QList<Entry> record = must(windows.front().session->entries(id));
        for (const Entry &e : record) {
            QVERIFY(!stored.contains(e.id));
            QVERIFY2(!texts.contains(e.text), qPrintable(u"twice: "_s + e.text));
            stored << e.id;
            texts << e.text;
        }
        QVERIFY(stored.contains(acknowledged));
        for (const QString &text : std::as_const(kept))
            QVERIFY2(texts.contains(text), qPrintable(u"lost: "_s + text));
        // Every window shows the whole record (bounded wait for the last notifications).
        for (int tries = 0; tries < 200; ++tries) {
            if (std::all_of(windows.cbegin(), windows.cend(), [&](const Window &w) {
                    return w.window->timeline()->model()->rowCount() == record.size();
                }))
                break;
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        for (const Window &w : windows) {
            QCOMPARE(w.window->timeline()->model()->rowCount(), record.size());
            QVERIFY2(w.saidAway.contains(u"unreachable since"_s), qPrintable(w.saidAway));
            QVERIFY(!w.saidBack.isEmpty());
            QVERIFY(w.saidBack.last().contains(u"is back"_s));
            QVERIFY(w.notice->isHidden());
            // What waited was shown under the timeline, then went when it was sent.
            QVERIFY(w.mostShownWaiting > 0);
            QVERIFY2(w.waitingHeadline.contains(u"not yet in the shared record"_s),
                     qPrintable(w.waitingHeadline));
            QVERIFY(w.window->timeline()->waitingLines()->isHidden());
            // The notices came and went without widening the window past what it was, and
            // "kept on this machine" went once nothing was kept any more.
            QCOMPARE(w.window->width(), w.widthBefore);
            // The commander's deadlines stay in view while the server is away.
            QVERIFY2(w.clocksWhileAway.contains(u"update due"_s), qPrintable(w.clocksWhileAway));
            QVERIFY(w.saidKept);
            const QString entryBarSays = w.window->timeline()->entryBar()->errorText();
            QVERIFY2(entryBarSays.isEmpty(), qPrintable(entryBarSays));
        }
        qInfo("60 s, server killed and restarted: %d lines in the record; %lld acknowledged by "
              "id, %lld kept in outboxes (%d by windows, %d by commands) and sent; %d window "
              "lines typed, %d command runs",
              int(record.size()), qint64(acknowledged.size()), qint64(kept.size()), keptByWindows,
              keptByCommands, typed, linesDone[0] + linesDone[1] + linesDone[2] + linesDone[3]);
        windows.clear();
    }

    // The server stamps each row with the role that wrote it, whatever name the client gives.
    void theServerSaysWhoWroteIt()
    {
        TestTeamServer server;
        initialise(server);
        const QString maya = server.createLogin(u"maya"_s, u"incident_bridge"_s);
        auto session = openAs(server.uri(maya), u"Someone Else"_s);
        const qint64 id
            = (must(session->createIncident({u"Replica lag"_s, Severity::Sev3, {}}))).id;
        const Entry e = *session->log(id, {EntryKind::Observation, {}, {}, u"lag 40 s"_s, {}});
        QCOMPARE(e.scribe, u"Someone Else"_s);
        QCOMPARE(e.writtenBy, maya);
        auto reader = openAs(server.uri(), u"Reader"_s);
        QCOMPARE(reader->entry(e.id)->writtenBy, maya);
    }

    // A leader's read-only role reads the record; a write is refused saying so, and nothing
    // of it lands.
    void aReadOnlyRoleReadsButCannotWrite()
    {
        TestTeamServer server;
        initialise(server);
        auto writer = openAs(server.uri(), u"Maya"_s);
        const qint64 id = (must(writer->createIncident({u"Replica lag"_s, Severity::Sev3, {}}))).id;
        const QString leader = server.createLogin(u"leader"_s, u"incident_bridge_reader"_s);
        auto session = openAs(server.uri(leader), u"Leader"_s);
        const int before = int(session->entries(id)->size());
        const auto refused = session->log(id, {EntryKind::Note, {}, {}, u"a note"_s, {}});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"may read but not write"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(int(writer->entries(id)->size()), before);
        // And a role that is no member of either may not even look.
        const QString stranger = server.createLogin(u"stranger"_s, {});
        const auto shut = IncidentSession::open(server.uri(stranger), Database::Location::Given,
                                                nullptr, u"Stranger"_s);
        QVERIFY(!shut);
        QVERIFY2(shut.error().message.contains(u"may not read"_s),
                 qPrintable(shut.error().message));
    }

    // The server is killed with SIGKILL mid-call and started again: every session says it
    // is away at once, refuses writes saying why, rejoins on its own, and catches up with
    // what others wrote; nothing acknowledged is lost or doubled.
    void aServerThatDiesIsRejoinedAndNothingIsLost()
    {
        OwnCluster cluster;
        const QString uri = cluster.createDatabase(u"bridge"_s);
        QVERIFY(initTeamDatabase(*parseTeamAddress(uri)));
        auto maya = openAs(uri, u"Maya"_s);
        auto sam = openAs(uri, u"Sam"_s);
        maya->watchForExternalChanges();
        sam->watchForExternalChanges();
        const qint64 id = (must(maya->createIncident({u"Checkout 503s"_s, Severity::Sev2, {}}))).id;
        QSet<qint64> acknowledged;
        for (int n = 0; n < 10; ++n)
            acknowledged
                << must(maya->log(id, {EntryKind::Action, {}, {}, u"before %1"_s.arg(n), {}})).id;

        QSignalSpy mayaReach(maya.get(), &IncidentSession::reachabilityChanged);
        QSignalSpy samReach(sam.get(), &IncidentSession::reachabilityChanged);
        cluster.kill();
        QVERIFY(mayaReach.count() > 0 || mayaReach.wait(5000));
        QVERIFY(samReach.count() > 0 || samReach.wait(5000));
        QVERIFY(!maya->reachable());
        QCOMPARE(mayaReach.last().first().toBool(), false);
        // Timeline lines are kept on this machine; what needs the server's state is refused.
        for (int n = 0; n < 3; ++n) {
            const auto kept
                = maya->log(id, {EntryKind::Action, {}, {}, u"while away %1"_s.arg(n), {}});
            QVERIFY2(kept, kept ? "" : qPrintable(kept.error().message));
            QVERIFY(kept->waiting);
        }
        const QList<QueuedLine> queued = must(maya->waitingLines());
        QCOMPARE(queued.size(), 3);
        const auto refused = maya->createIncident({u"Another"_s, Severity::Sev3, {}});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"unreachable"_s),
                 qPrintable(refused.error().message));

        cluster.restart();
        QVERIFY(mayaReach.count() > 1 || mayaReach.wait(20000));
        QVERIFY(samReach.count() > 1 || samReach.wait(20000));
        QVERIFY(maya->reachable());
        QVERIFY(sam->reachable());
        QSignalSpy atSam(sam.get(), &IncidentSession::entryAdded);
        for (int n = 0; n < 10; ++n)
            acknowledged
                << must(maya->log(id, {EntryKind::Action, {}, {}, u"after %1"_s.arg(n), {}})).id;
        for (int tries = 0; tries < 50 && atSam.count() < 10; ++tries)
            atSam.wait(200);
        QVERIFY(atSam.count() >= 10); // and the kept lines, when they arrived after the spy
        // The outbox was sent on reconnecting, in order, and is empty.
        QCOMPARE(must(maya->waitingLines()).size(), 0);
        // A line whose acknowledgement was lost is sent again: found, not written twice.
        {
            auto outbox = must(Outbox::open());
            QVERIFY(outbox->add(queued.first()));
        }
        QCOMPARE(must(maya->sendWaiting()), 1);
        QCOMPARE(must(maya->waitingLines()).size(), 0);
        // Every acknowledged line exactly once, the kept ones too, in the order typed.
        QSet<qint64> stored;
        QStringList away;
        for (const Entry &e : must(sam->entries(id))) {
            QVERIFY(!stored.contains(e.id));
            stored << e.id;
            if (e.text.startsWith(u"while away"_s))
                away << e.text;
        }
        QVERIFY(stored.contains(acknowledged));
        QCOMPARE(away, (QStringList{u"while away 0"_s, u"while away 1"_s, u"while away 2"_s}));
        maya.reset();
        sam.reset();
    }

    // A command that cannot reach the server tries until its timeout and exits 1 having
    // written nothing; `log --queue` keeps the line in the outbox instead, `outbox` lists it,
    // and the next command that reaches the server sends it, once.
    void aCommandLineLineWaitsInTheOutboxOnlyWhenAsked()
    {
        TestTeamServer server;
        initialise(server);
        const qint64 id
            = must(openAs(server.uri(), u"Maya"_s)->createIncident({u"DNS"_s, Severity::Sev2, {}}))
                  .id;
        // The address without its port: PGPORT says where the server is, or a closed port.
        const QUrl full(server.uri());
        const QString uri
            = u"postgresql://%1@%2/%3"_s.arg(full.userName(), full.host(), server.dbname());
        const auto cli = [&](int port, const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"PGPORT"_s, QString::number(port));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(INCIDENT_BRIDGE_BIN),
                    QStringList{u"--db"_s, uri, u"--as"_s, u"Sam"_s} + args);
            if (!p.waitForFinished(30000))
                qFatal("the command did not finish");
            return std::tuple{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                              QString::fromUtf8(p.readAllStandardError())};
        };
        constexpr int Closed = 1; // nobody listens on port 1
        const QStringList logLine{u"log"_s, QString::number(id), u"--kind"_s, u"action"_s};

        auto [code, out, err] = cli(Closed, QStringList{u"--timeout"_s, u"0"_s} + logLine
                                                << u"flushed the resolver cache"_s);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(u"cannot be reached"_s) && err.contains(u"nothing was written"_s),
                 qPrintable(err));
        QVERIFY(out.isEmpty());
        QVERIFY(must(must(Outbox::open())->waiting(uri)).isEmpty());

        std::tie(code, out, err)
            = cli(Closed, logLine + QStringList{u"--queue"_s, u"restarted unbound"_s});
        QCOMPARE(code, 0);
        QVERIFY(out.isEmpty()); // no entry id yet
        QVERIFY2(err.contains(u"kept in this machine's outbox"_s), qPrintable(err));
        std::tie(code, out, err) = cli(Closed, {u"outbox"_s});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(u"restarted unbound"_s) && out.contains(u"#%1"_s.arg(id)),
                 qPrintable(out));

        // The next command that reaches the server sends it first.
        std::tie(code, out, err) = cli(full.port(), {u"show"_s, QString::number(id)});
        QCOMPARE(code, 0);
        QVERIFY2(out.contains(u"restarted unbound"_s), qPrintable(out));
        QVERIFY(must(must(Outbox::open())->waiting(uri)).isEmpty());
        std::tie(code, out, err) = cli(full.port(), {u"show"_s, QString::number(id)});
        QCOMPARE(out.count(u"restarted unbound"_s), 1);
        QVERIFY(!out.contains(u"flushed the resolver cache"_s));
    }

    // TLS with sslmode=verify-full to a server whose certificate comes from a CA the test
    // makes: the session runs over it; a server that CA did not sign is refused, saying so.
    void tlsVerifyFullAgainstOurOwnCertificateAuthority()
    {
        OwnCluster cluster;
        const QString dir = cluster.folder();
        const auto openssl = [&](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(dir);
            p.start(u"openssl"_s, args);
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        };
        for (const QString &ca : {u"ca"_s, u"other-ca"_s})
            openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                     u"2"_s, u"-subj"_s, u"/CN=Bridge test "_s + ca, u"-keyout"_s, ca + u".key"_s,
                     u"-out"_s, ca + u".crt"_s});
        openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                 u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s});
        QFile extensions(dir + u"/san.ext"_s);
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName = IP:127.0.0.1, DNS:localhost\n");
        extensions.close();
        openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.crt"_s,
                 u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s,
                 u"san.ext"_s, u"-out"_s, u"server.crt"_s});
        QFile::setPermissions(dir + u"/server.key"_s,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (::geteuid() == 0) // the cluster runs as "postgres" and must read its key
            QVERIFY(QProcess::execute(u"chown"_s, {u"postgres:"_s, dir + u"/server.key"_s,
                                                   dir + u"/server.crt"_s})
                    == 0);
        cluster.admin({u"ALTER SYSTEM SET ssl_cert_file = '%1/server.crt'"_s.arg(dir),
                       u"ALTER SYSTEM SET ssl_key_file = '%1/server.key'"_s.arg(dir),
                       u"ALTER SYSTEM SET ssl = on"_s, u"SELECT pg_reload_conf()"_s,
                       u"CREATE DATABASE bridge"_s});
        const QString tls = u"?sslmode=verify-full&sslrootcert=%1/ca.crt"_s.arg(dir);
        const QString uri = cluster.uri(u"bridge"_s) + tls;
        const auto initialised = initTeamDatabase(*parseTeamAddress(uri));
        QVERIFY2(initialised, initialised ? "" : qPrintable(initialised.error().message));
        auto session = openAs(uri, u"Maya"_s);
        const qint64 id = (must(session->createIncident({u"TLS"_s, Severity::Sev3, {}}))).id;
        QVERIFY(session->log(id, {EntryKind::Note, {}, {}, u"over TLS"_s, {}}));
        QSqlQuery q(session->database().connection());
        QVERIFY(q.exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s) && q.next());
        QVERIFY(q.value(0).toBool());
        q.finish();
        session.reset();

        const QString wrongCa = cluster.uri(u"bridge"_s)
                                + u"?sslmode=verify-full&sslrootcert=%1/other-ca.crt"_s.arg(dir);
        const auto refused
            = IncidentSession::open(wrongCa, Database::Location::Given, nullptr, u"Maya"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"certificate"_s),
                 qPrintable(refused.error().message));
    }

    void aWrongPasswordSaysWhereTheRightOneGoes()
    {
        TestTeamServer server;
        initialise(server);
        const QString maya = server.createLogin(u"maya"_s, u"incident_bridge"_s);
        server.adminExec(u"ALTER ROLE %1 PASSWORD 'changed-since'"_s.arg(maya));
        const auto refused = IncidentSession::open(server.uri(maya), Database::Location::Given,
                                                   nullptr, u"Maya"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"refused the password"_s),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(u"~/.pgpass"_s));
    }

private:
    template<typename T>
    static T must(Result<T> r)
    {
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return std::move(r).value();
    }
};

QTEST_MAIN(TestTeamLive)
#include "tst_teamlive.moc"
