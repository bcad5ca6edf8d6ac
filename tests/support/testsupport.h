#pragma once

#include "session/clock.h"
#include "session/incidentsession.h"
#include "storage/teamschema.h"
#include "teamserver.h"

#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <memory>

// A step of a test's setup that must work: its value, or the test stops saying why.
template<typename T>
T must(bridge::Result<T> result, const char *what = "setup")
{
    if (!result)
        qFatal("%s failed: %s", what, qPrintable(result.error().message));
    return std::move(result).value();
}

// The engine the behaviour tests run on: a file, or with INCIDENT_BRIDGE_TEST_ENGINE=postgresql
// (ctest's "…_team" variants) a team database on the server .ci/test starts.
inline bool testsRunOnTeamServer()
{
    return qEnvironmentVariable("INCIDENT_BRIDGE_TEST_ENGINE") == QLatin1StringView("postgresql");
}

// A "…_team" variant without a server to run on is skipped (ctest's SKIP_RETURN_CODE), except
// in CI, where TestTeamServer::available() fails it.
inline const bool teamVariantWithoutServer = [] {
    if (testsRunOnTeamServer() && qEnvironmentVariableIsEmpty("INCIDENT_BRIDGE_TEST_PG")
        && qEnvironmentVariable("CI") != QLatin1StringView("true")) {
        std::fputs("SKIP: no team server to run on (start one with .ci/pg-server)\n", stderr);
        std::_Exit(77);
    }
    return false;
}();

// For a case about the file itself (its backups, its import marker, its bytes).
#define SKIP_ON_TEAM_SERVER(why)                                                                   \
    do {                                                                                           \
        if (testsRunOnTeamServer())                                                                \
            QSKIP("file engine only: " why);                                                       \
    } while (false)

// A team database that `team init` set up, made once per test process: each TestBridge copies
// it, which is much quicker than setting up the schema again.
inline QString teamTemplateDatabase()
{
    static TestTeamServer *server = nullptr;
    if (!server) {
        server = new TestTeamServer;
        auto address = bridge::parseTeamAddress(server->uri());
        if (!address || !bridge::initTeamDatabase(*address))
            qFatal("cannot set up the template team database");
        qAddPostRoutine([] {
            delete server;
            server = nullptr;
        });
    }
    return server->dbname();
}

// What --db names for a test that drives the CLI: the file given, or on a team server a team
// database of the test's own (dropped with this).
struct TestDatabase
{
    std::unique_ptr<TestTeamServer> server;
    QString file;

    explicit TestDatabase(const QString &filePath)
        : file(filePath)
    {
        if (testsRunOnTeamServer()) {
            if (!TestTeamServer::available())
                qFatal("the _team tests need INCIDENT_BRIDGE_TEST_PG (see .ci/pg-server)");
            server = std::make_unique<TestTeamServer>(teamTemplateDatabase());
        }
    }
    QString path() const { return server ? server->uri() : file; }
};

// A fresh database (a file in a temporary folder, or a team database of its own), with a
// session on a manual clock.
struct TestBridge
{
    QTemporaryDir dir;
    std::unique_ptr<TestTeamServer> server;
    bridge::ManualClock clock{QDateTime(QDate(2026, 3, 28), QTime(21, 0), Qt::UTC)};
    std::unique_ptr<bridge::IncidentSession> session;

    // What --db takes: the file's path or the team database's URI.
    QString path() const
    {
        return server ? server->uri() : dir.filePath(QStringLiteral("bridge.sqlite"));
    }
    bool onTeamServer() const { return server != nullptr; }

    explicit TestBridge(const QString &scribe = QStringLiteral("Dana"))
    {
        if (testsRunOnTeamServer()) {
            if (!TestTeamServer::available())
                qFatal("the _team tests need INCIDENT_BRIDGE_TEST_PG (see .ci/pg-server)");
            server = std::make_unique<TestTeamServer>(teamTemplateDatabase());
        }
        auto opened = bridge::IncidentSession::open(path(), bridge::Database::Location::Given,
                                                    &clock, scribe);
        if (!opened)
            qFatal("cannot open test database: %s", qPrintable(opened.error().message));
        session = std::move(opened).value();
    }

    qint64 newIncident(const QString &title = QStringLiteral("Checkout 503s"))
    {
        auto created = session->createIncident({title, bridge::Severity::Sev2, clock.now()});
        if (!created)
            qFatal("cannot create incident: %s", qPrintable(created.error().message));
        return created->id;
    }

    bridge::Entry log(qint64 incident, const QString &text,
                      bridge::EntryKind kind = bridge::EntryKind::Action, const QString &actor = {},
                      const QDateTime &at = {})
    {
        auto e = session->log(incident, {kind, actor, at, text, false});
        if (!e)
            qFatal("cannot log: %s", qPrintable(e.error().message));
        return *e;
    }
};
