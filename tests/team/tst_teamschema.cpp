#include "session/incidentsession.h"
#include "storage/database.h"
#include "storage/teamschema.h"
#include "teamserver.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>

using namespace bridge;
using namespace Qt::StringLiterals;

namespace {
// A connection as role, through the app's own connect (so its messages are the app's).
QSqlDatabase connectAs(const TestTeamServer &server, const QString &role, const QString &name)
{
    auto address = parseTeamAddress(server.uri(role));
    if (!address)
        qFatal("%s", qPrintable(address.error().message));
    auto db = connectTeamDatabase(*address, name);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    return *db;
}

QString failure(QSqlQuery &q)
{
    return teamSqlError(q.lastError().databaseText(), q.lastError().nativeErrorCode(),
                        "write the entry")
        .message;
}

const QString aPerson = u"INSERT INTO bridge.person (name, created_at, written_by) "
                        "VALUES ('Maya Chen', 1, 'someone else')"_s;
} // namespace

// The team schema on a real PostgreSQL 15 server: set up once, refused where it is not ours,
// and the record's rules held by the server whatever a client sends.
namespace {
// The schema as the last release left it: its migrations 1 and 2, as the administrator.
void atSchemaTwo(TestTeamServer &server)
{
    for (const QString &name :
         {QStringLiteral("0001_team.sql"), QStringLiteral("0002_serve.sql")}) {
        QFile file(QStringLiteral(":/sql/postgresql/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("migration %s is missing from the build", qPrintable(name));
        server.adminExec(QString::fromUtf8(file.readAll()));
    }
}
} // namespace

class TestTeamSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!TestTeamServer::available())
            QSKIP("no team server: .ci/test starts one (INCIDENT_BRIDGE_TEST_PG)");
    }

    void addressesAreReadAndPasswordsRefused()
    {
        const auto a = parseTeamAddress(u"postgresql://maya@db.example.com:6543/bridge"
                                        "?sslmode=verify-full&sslrootcert=/etc/ca.pem"_s);
        QVERIFY(a);
        QCOMPARE(a->user, u"maya"_s);
        QCOMPARE(a->host, u"db.example.com"_s);
        QCOMPARE(a->port, 6543);
        QCOMPARE(a->dbname, u"bridge"_s);
        QCOMPARE(a->options, u"sslmode=verify-full;sslrootcert=/etc/ca.pem"_s);
        for (const QString &bad : {u"postgresql://maya:secret@db/bridge"_s,
                                   u"postgresql://maya@db/bridge?password=secret"_s}) {
            const auto refused = parseTeamAddress(bad);
            QVERIFY(!refused);
            QVERIFY(refused.error().message.contains(u"~/.pgpass"_s));
        }
        QVERIFY(!parseTeamAddress(u"postgresql://db/bridge?options=-c%20x"_s));
        QVERIFY(!parseTeamAddress(u"postgresql://db/a/b"_s));
        QVERIFY(isTeamDatabaseUri(u"postgres://db/bridge"_s));
        QVERIFY(!isTeamDatabaseUri(u"/home/maya/postgresql://x"_s));
    }

    void initSetsUpOnceAndAgainHarmlessly()
    {
        TestTeamServer server;
        const auto address = *parseTeamAddress(server.uri());
        const auto first = initTeamDatabase(address);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->fromVersion, 0);
        QCOMPARE(first->toVersion, latestTeamSchemaVersion());
        const auto again = initTeamDatabase(address);
        QVERIFY(again);
        QCOMPARE(again->fromVersion, again->toVersion);
        QSqlDatabase db = connectAs(server, {}, u"check"_s);
        QVERIFY(checkTeamSchema(db, address));
        // A session runs on it, as on a file.
        const auto opened = Database::open(server.uri());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QVERIFY(opened.value()->isTeam());
        QCOMPARE(opened.value()->schemaVersion(), latestTeamSchemaVersion());
    }

    // A team database set up by the last release (schema 2), with a record in it, is
    // upgraded in place: its entries are found by the new per-incident search, and lines
    // are logged on the one-statement road.
    void aSchemaTwoDatabaseIsUpgradedWithItsRecord()
    {
        TestTeamServer server;
        atSchemaTwo(server);
        // One statement a call: a string of several reports only its first's failure.
        server.adminExec(u"INSERT INTO bridge.person (name, created_at) VALUES ('Maya', 0)"_s);
        server.adminExec(u"INSERT INTO bridge.incident (title, severity, status, started_at, "
                         "created_at, created_by) VALUES ('DNS', 2, 'investigating', 0, 0, 1)"_s);
        server.adminExec(u"INSERT INTO bridge.entry (incident_id, kind, actor_id, scribe_id, "
                         "occurred_at, logged_at, text) VALUES (1, 'action', 1, 1, 1000, 1000, "
                         "'Flushed the split-brain resolver cache')"_s);
        const auto address = *parseTeamAddress(server.uri());
        const auto upgraded = initTeamDatabase(address);
        QVERIFY2(upgraded, upgraded ? "" : qPrintable(upgraded.error().message));
        QCOMPARE(upgraded->fromVersion, 2);
        QCOMPARE(upgraded->toVersion, latestTeamSchemaVersion());
        auto session
            = IncidentSession::open(server.uri(), Database::Location::Given, nullptr, u"Maya"_s);
        QVERIFY2(session, session ? "" : qPrintable(session.error().message));
        QCOMPARE(must(session.value()->textMatches(1, u"split-bra"_s)).size(), 1);
        QCOMPARE(must(session.value()->textMatches(1, u"brain split"_s)).size(), 1);
        QCOMPARE(must(session.value()->textMatches(1, u"brain-split"_s)).size(), 0);
        for (int n = 0; n < 3; ++n)
            QVERIFY(
                session.value()->log(1, {EntryKind::Note, {}, {}, u"resolver %1"_s.arg(n), false}));
        QCOMPARE(must(session.value()->textMatches(1, u"resolver"_s)).size(), 4);
        // Another incident's words are not this one's.
        const qint64 other
            = must(session.value()->createIncident({u"Other"_s, Severity::Sev3, {}})).id;
        QCOMPARE(must(session.value()->textMatches(other, u"resolver"_s)).size(), 0);
    }

    // A migration whose later statement fails (here: a function of that name is there
    // already) is refused, saying why, and changes nothing; the driver reports only a
    // script's first statement unless every result is read.
    void aMigrationThatFailsHalfwayChangesNothing()
    {
        TestTeamServer server;
        atSchemaTwo(server);
        server.adminExec(u"CREATE FUNCTION bridge.incident_query(bigint, text) RETURNS tsquery "
                         "LANGUAGE sql AS $$ SELECT NULL::tsquery $$"_s);
        const auto refused = initTeamDatabase(*parseTeamAddress(server.uri()));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"incident_query"_s),
                 qPrintable(refused.error().message));
        QSqlDatabase db = connectAs(server, {}, u"check"_s);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT version FROM bridge.schema_info"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(u"SELECT to_regprocedure('bridge.log_line(bigint, text, bigint, bigint, "
                       "bigint, bigint, text, integer, uuid)') IS NULL"_s)
                && q.next());
        QVERIFY(q.value(0).toBool());
    }

    void anotherApplicationsDatabaseIsLeftAsItWas()
    {
        TestTeamServer server;
        server.adminExec(u"CREATE TABLE customers (id int); INSERT INTO customers VALUES (7)"_s);
        const auto refused = initTeamDatabase(*parseTeamAddress(server.uri()));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"not an Incident Bridge team database"_s),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(u"Nothing was changed"_s));
        QSqlDatabase db = connectAs(server, {}, u"check"_s);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT count(*) FROM pg_namespace WHERE nspname = 'bridge'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(u"SELECT id FROM customers"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 7);
    }

    void aNewerSchemaIsRefusedAndLeftAsItWas()
    {
        TestTeamServer server;
        const auto address = *parseTeamAddress(server.uri());
        QVERIFY(initTeamDatabase(address));
        server.adminExec(u"UPDATE bridge.schema_info SET version = 99"_s);
        const auto refused = initTeamDatabase(address);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"newer Incident Bridge"_s),
                 qPrintable(refused.error().message));
        const auto opened = Database::open(server.uri());
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(u"newer Incident Bridge"_s));
        QSqlDatabase db = connectAs(server, {}, u"check"_s);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT version FROM bridge.schema_info"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 99);
    }

    // The server, not the client, says who wrote a row; a reader may not write; nobody
    // deletes an entry or rewrites its history, whatever they send.
    void theServerKeepsTheRecordsRules()
    {
        TestTeamServer server;
        QVERIFY(initTeamDatabase(*parseTeamAddress(server.uri())));
        const QString maya = server.createLogin(u"maya"_s, u"incident_bridge"_s);
        const QString leader = server.createLogin(u"leader"_s, u"incident_bridge_reader"_s);
        QSqlDatabase writer = connectAs(server, maya, u"maya"_s);
        QSqlQuery q(writer);
        QVERIFY2(q.exec(aPerson), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"SELECT written_by FROM bridge.person"_s) && q.next());
        QCOMPARE(q.value(0).toString(), maya); // not "someone else"
        QVERIFY(q.exec(u"INSERT INTO bridge.incident (title, severity, status, started_at, "
                       "created_at, created_by) VALUES ('Checkout 503s', 2, 'investigating', 1, "
                       "1, 1)"_s));
        QVERIFY(q.exec(u"INSERT INTO bridge.entry (incident_id, kind, actor_id, scribe_id, "
                       "occurred_at, logged_at, text) VALUES (1, 'note', 1, 1, 1, 1, 'first')"_s));
        QVERIFY(!q.exec(u"DELETE FROM bridge.entry"_s));
        QVERIFY(!q.exec(u"UPDATE bridge.entry SET text = 'rewritten'"_s)); // no revision
        QVERIFY(!q.exec(u"UPDATE bridge.entry SET written_by = 'someone'"_s));
        QVERIFY(!q.exec(u"INSERT INTO bridge.change_log (subject) VALUES ('forged')"_s));
        writer.transaction();
        QVERIFY(q.exec(u"INSERT INTO bridge.entry_revision (entry_id, changed_at, changed_by, "
                       "change, kind, actor_id, occurred_at, text, pinned, retracted) VALUES "
                       "(1, 2, 1, 'edit', 'note', 1, 1, 'first', 0, 0)"_s));
        QVERIFY2(q.exec(u"UPDATE bridge.entry SET text = 'second', edits = 1"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY(writer.commit());
        QVERIFY(!q.exec(u"UPDATE bridge.entry_revision SET text = 'x'"_s));
        QVERIFY(!q.exec(u"DELETE FROM bridge.entry_revision"_s));

        // Even the schema's owner cannot delete an entry: the trigger holds for everyone.
        QSqlDatabase owner = connectAs(server, {}, u"owner"_s);
        QSqlQuery o(owner);
        QVERIFY(!o.exec(u"DELETE FROM bridge.entry"_s));
        QVERIFY(o.lastError().databaseText().contains(u"never deleted"_s));

        QSqlDatabase reader = connectAs(server, leader, u"leader"_s);
        QSqlQuery r(reader);
        QVERIFY(r.exec(u"SELECT text FROM bridge.entry"_s) && r.next());
        QCOMPARE(r.value(0).toString(), u"second"_s);
        QVERIFY(!r.exec(u"INSERT INTO bridge.entry (incident_id, kind, actor_id, scribe_id, "
                        "occurred_at, logged_at, text) VALUES (1, 'note', 1, 1, 1, 1, 'x')"_s));
        QVERIFY2(failure(r).contains(u"may read but not write"_s), qPrintable(failure(r)));
    }

    void aWrongPasswordSaysWhereItIsLookedFor()
    {
        TestTeamServer server;
        QVERIFY(initTeamDatabase(*parseTeamAddress(server.uri())));
        const QString maya = server.createLogin(u"maya"_s, u"incident_bridge"_s);
        server.adminExec(u"ALTER ROLE %1 PASSWORD 'changed-on-the-server'"_s.arg(maya));
        const auto refused = connectTeamDatabase(*parseTeamAddress(server.uri(maya)), u"x"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"refused the password"_s),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(u"~/.pgpass"_s));
    }

    // A change is announced on the channel when it commits, not before, and never when it
    // rolls back: what the live windows will listen to.
    void aCommitIsAnnouncedToListeners()
    {
        TestTeamServer server;
        QVERIFY(initTeamDatabase(*parseTeamAddress(server.uri())));
        const QString maya = server.createLogin(u"maya"_s, u"incident_bridge"_s);
        QSqlDatabase listener = connectAs(server, maya, u"listener"_s);
        QVERIFY(listener.driver()->subscribeToNotification(u"incident_bridge"_s));
        QSignalSpy heard(listener.driver(), &QSqlDriver::notification);
        QSqlDatabase writer = connectAs(server, maya, u"writer"_s);
        QSqlQuery q(writer);
        QVERIFY(writer.transaction());
        QVERIFY(q.exec(aPerson));
        QVERIFY(writer.rollback());
        QVERIFY(writer.transaction());
        QVERIFY(q.exec(aPerson));
        QTest::qWait(0);
        QCOMPARE(heard.size(), 0); // not yet committed
        QVERIFY(writer.commit());
        QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 10000);
        QCOMPARE(heard.first().at(0).toString(), u"incident_bridge"_s);
        // The payload is the change's number in the feed, which the listener reads next.
        QSqlQuery l(listener);
        QVERIFY(l.exec(u"SELECT subject FROM bridge.change_log WHERE seq = %1"_s.arg(
            heard.first().at(2).toString())));
        QVERIFY(l.next());
        QCOMPARE(l.value(0).toString(), u"people"_s);
    }
};

QTEST_GUILESS_MAIN(TestTeamSchema)
#include "tst_teamschema.moc"
