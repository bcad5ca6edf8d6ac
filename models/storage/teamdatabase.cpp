// The team engine's side of Database: opening a PostgreSQL database that `team init` set up.
#include "database.h"
#include "engine.h"
#include "teamaddress.h"
#include "teamschema.h"

#include <QCoreApplication>

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace bridge {

Result<std::unique_ptr<Database>> Database::openTeam(const QString &uri)
{
    const auto address = parseTeamAddress(uri);
    if (!address)
        return address.error();
    std::unique_ptr<Database> database(new Database);
    database->m_engine = Engine::Team;
    database->m_path = uri;
    database->m_displayName = address->displayName();
    database->m_connectionName = newConnectionName();
    auto connected = connectTeamDatabase(*address, database->m_connectionName);
    if (!connected)
        return connected.error(); // the connection is removed again
    database->m_db = std::move(connected).value();
    // Ours and at this build's version, or refused untouched: a session never migrates a
    // server (team init does, with the rights to).
    if (auto schema = checkTeamSchema(database->m_db, *address); !schema)
        return schema.error();
    database->m_schemaVersion = latestTeamSchemaVersion();
    if (auto configured = database->configureTeam(); !configured)
        return configured.error();
    return database;
}

Done Database::configureTeam()
{
    QSqlQuery q(m_db);
    // The stores' SQL names tables without a schema, as on a file.
    const QString settings[] = {
        u"SET search_path TO bridge"_s,
        u"SET lock_timeout = %1"_s.arg(BusyTimeoutMs),
        // Times are integers of our own; nothing depends on the server's zone, but messages do.
        u"SET TIME ZONE 'UTC'"_s,
        // A client that died inside a transaction must not keep the write lock.
        u"SET idle_in_transaction_session_timeout = 60000"_s,
        // The client's reads are many and short, and waited on. Parallel workers' start-up
        // and the gathering of their rows cost more than they save: a search matching 91k
        // of a 100k incident took 55-75 ms on the server with two workers, 27-30 without.
        u"SET max_parallel_workers_per_gather = 0"_s,
    };
    for (const QString &sql : settings) {
        if (!q.exec(sql))
            return teamSqlError(q.lastError().databaseText(), q.lastError().nativeErrorCode(),
                                QT_TRANSLATE_NOOP("bridge::Storage", "set up the connection"));
    }
    return done();
}

bool teamConnectionBroken(const QSqlDriver *driver)
{
    if (!driver || !driver->isOpen())
        return true; // a reconnect that has not succeeded yet
    const QVariant handle = driver->handle();
    auto *connection
        = handle.isValid() ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    return !connection || PQstatus(connection) != CONNECTION_OK;
}

bool Database::connectionLost() const
{
    return isTeam() && (!m_db.isOpen() || teamConnectionBroken(m_db.driver()));
}

Done Database::reconnect()
{
    if (!isTeam())
        return done();
    m_db.close();
    if (!m_db.open()) {
        const QString text = m_db.lastError().databaseText().simplified();
        return Error::unreachable(QCoreApplication::translate("bridge::Database",
                                                              "The team database %1 is still "
                                                              "unreachable: %2")
                                      .arg(m_displayName, text));
    }
    return configureTeam();
}

} // namespace bridge
