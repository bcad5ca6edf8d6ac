// Several people on one team database, each as their own database role: what one commits
// reaches the others by notification, the server says who wrote it, and a role without the
// right to write is refused cleanly.
#include "session/incidentsession.h"
#include "storage/outbox.h"
#include "storage/teamschema.h"
#include "teamserver.h"
#include "timelinemodel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <unistd.h>

#include <algorithm>
#include <functional>

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
        const QString out = script({u"start"_s, m_folder});
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

    // Three windows and four command-line writers on one record at once: every line anyone was
    // told is saved is in the database exactly once, and in every window's timeline.
    void threeWindowsAndFourCommandLineWritersShareOneRecord()
    {
        TestTeamServer server;
        initialise(server);
        std::vector<std::unique_ptr<IncidentSession>> windows;
        std::vector<std::unique_ptr<TimelineModel>> timelines;
        for (const QString &who : {u"Maya"_s, u"Sam"_s, u"Priya"_s})
            windows.push_back(openAs(server.uri(), who));
        const qint64 id
            = (must(windows.front()->createIncident({u"Checkout 503s"_s, Severity::Sev1, {}}))).id;
        for (auto &w : windows) {
            w->watchForExternalChanges();
            timelines.push_back(std::make_unique<TimelineModel>(w.get()));
            timelines.back()->setIncident(id);
        }
        constexpr int PerWriter = 25;
        QSet<qint64> acknowledged;
        int running = 0;
        std::vector<std::unique_ptr<QProcess>> writers;
        QList<int> linesDone(4, 0);
        std::function<void(int, int)> next = [&](int writer, int n) {
            if (n == PerWriter) {
                --running;
                return;
            }
            auto &p = writers.at(writer);
            p->start(QStringLiteral(INCIDENT_BRIDGE_BIN),
                     {u"--db"_s, server.uri(), u"--as"_s, u"Writer %1"_s.arg(writer), u"log"_s,
                      QString::number(id), u"--kind"_s, u"note"_s,
                      u"writer %1 line %2"_s.arg(writer).arg(n)});
        };
        // However the case ends, the writers stop before what their handlers use is gone.
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
                if (code == 0)
                    acknowledged << out.toLongLong(); // the CLI prints the new entry's id
                next(writer, ++linesDone[writer]);
            });
            ++running;
            next(writer, 0);
        }
        // The windows log too, in turn, while the writers run (bounded: 60 s at most).
        QElapsedTimer bound;
        bound.start();
        int windowLines = 0;
        while ((running > 0 || windowLines < 3 * PerWriter) && bound.elapsed() < 60000) {
            if (windowLines < 3 * PerWriter) {
                auto &w = windows.at(windowLines % 3);
                const auto e = w->log(
                    id, {EntryKind::Action, {}, {}, u"window line %1"_s.arg(windowLines), {}});
                QVERIFY2(e, e ? "" : qPrintable(e.error().message));
                acknowledged << e->id;
                ++windowLines;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        QCOMPARE(running, 0);
        QCOMPARE(acknowledged.size(), 7 * PerWriter);
        const int expected = int(acknowledged.size()) + 1; // and the opening line
        // Every window shows all of them (bounded wait for the last notifications).
        for (int tries = 0; tries < 100; ++tries) {
            const bool all = std::all_of(timelines.cbegin(), timelines.cend(),
                                         [&](const auto &m) { return m->rowCount() == expected; });
            if (all)
                break;
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        }
        for (const auto &m : timelines)
            QCOMPARE(m->rowCount(), expected);
        QSet<qint64> stored;
        for (const Entry &e : must(windows.front()->entries(id))) {
            QVERIFY(!stored.contains(e.id));
            stored << e.id;
        }
        QVERIFY(stored.contains(acknowledged));
        QCOMPARE(int(stored.size()), expected);
        timelines.clear();
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
        {
            QSqlDatabase admin
                = *connectTeamDatabase(*parseTeamAddress(cluster.adminUri()), u"fault-admin"_s);
            QSqlQuery(admin).exec(u"CREATE DATABASE bridge"_s);
        }
        QSqlDatabase::removeDatabase(u"fault-admin"_s);
        const QString uri = cluster.uri(u"bridge"_s);
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

QTEST_GUILESS_MAIN(TestTeamLive)
#include "tst_teamlive.moc"
