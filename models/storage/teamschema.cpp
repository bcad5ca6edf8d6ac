#include "teamschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::TeamDatabase)
};

QStringList migrationFiles()
{
    return QDir(u":/sql/postgresql"_s).entryList({u"0*.sql"_s}, QDir::Files, QDir::Name);
}

// A script is many statements in one string: the driver reports only the first one's
// outcome on exec(), so every later result is read too, and the first failure counts (the
// server has stopped there, and the transaction will not commit).
bool runScript(QSqlQuery &q, const QString &sql)
{
    if (!q.exec(sql))
        return false;
    while (q.nextResult()) {
    }
    return q.lastError().type() == QSqlError::NoError;
}

QString script(const QString &name)
{
    QFile file(u":/sql/postgresql/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("team schema script %s is missing from the build", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

Error failed(const QSqlQuery &q, const char *doing)
{
    // Reading the schema is the first thing a session does: a missing right here is a role
    // that was never let in, not one that may only read.
    if (q.lastError().nativeErrorCode() == u"42501"_s)
        return Error::storage(Tr::tr("Your database role may not read this team database. Ask "
                                     "whoever runs the team server to make your role a member "
                                     "of incident_bridge (or of incident_bridge_reader, to read "
                                     "only)."));
    return teamSqlError(q.lastError().databaseText(), q.lastError().nativeErrorCode(), doing);
}

// One value from a query without parameters; an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return failed(q, "read the team database");
    return q.next() ? q.value(0) : QVariant();
}

// Rolls back unless committed: a failed init leaves the database as it was.
class InitTransaction
{
public:
    explicit InitTransaction(const QSqlDatabase &db)
        : m_db(db)
    {}
    ~InitTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool begin() { return m_open = m_db.transaction(); }
    bool commit()
    {
        m_open = !m_db.commit();
        return !m_open;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
} // namespace

int latestTeamSchemaVersion()
{
    return static_cast<int>(migrationFiles().size());
}

Result<TeamSchemaState> inspectTeamSchema(const QSqlDatabase &db)
{
    auto info = scalar(db, u"SELECT to_regclass('bridge.schema_info') IS NOT NULL"_s);
    if (!info)
        return info.error();
    if (info->toBool()) {
        auto version = scalar(db, u"SELECT max(version) FROM bridge.schema_info "
                                  "WHERE application = 'incident-bridge'"_s);
        if (!version)
            return version.error();
        const int v = version->toInt();
        if (v <= 0)
            return TeamSchemaState{TeamSchemaState::Kind::NotOurs, 0,
                                   Tr::tr("a schema \"bridge\" without a version")};
        return TeamSchemaState{v > latestTeamSchemaVersion() ? TeamSchemaState::Kind::Newer
                                                             : TeamSchemaState::Kind::Ours,
                               v,
                               {}};
    }
    auto schema = scalar(db, u"SELECT count(*) FROM pg_namespace WHERE nspname = 'bridge'"_s);
    if (!schema)
        return schema.error();
    if (schema->toInt() > 0)
        return TeamSchemaState{
            TeamSchemaState::Kind::NotOurs, 0,
            Tr::tr("a schema named \"bridge\" that Incident Bridge did not make")};
    auto tables = scalar(db, u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON "
                             "n.oid = c.relnamespace WHERE c.relkind IN ('r', 'v', 'm', 'p') AND "
                             "n.nspname NOT IN ('pg_catalog', 'information_schema') AND "
                             "n.nspname NOT LIKE 'pg_toast%'"_s);
    if (!tables)
        return tables.error();
    if (tables->toInt() > 0)
        return TeamSchemaState{
            TeamSchemaState::Kind::NotOurs, 0,
            Tr::tr("%n table(s) of another application", nullptr, tables->toInt())};
    return TeamSchemaState{};
}

Done checkTeamSchema(const QSqlDatabase &db, const TeamAddress &address)
{
    const auto state = inspectTeamSchema(db);
    if (!state)
        return state.error();
    switch (state->kind) {
    case TeamSchemaState::Kind::Ours:
        if (state->version == latestTeamSchemaVersion())
            return done();
        return Error::storage(Tr::tr("The team database %1 is at schema %2; this Incident Bridge "
                                     "needs %3. Whoever runs the server upgrades it with "
                                     "`incident-bridge team init %4`. Nothing was changed.")
                                  .arg(address.displayName())
                                  .arg(state->version)
                                  .arg(latestTeamSchemaVersion())
                                  .arg(address.uri));
    case TeamSchemaState::Kind::Newer:
        return Error::storage(Tr::tr("The team database %1 was set up by a newer Incident Bridge "
                                     "(schema %2; this one knows up to %3). Install the newer "
                                     "version. Nothing was changed.")
                                  .arg(address.displayName())
                                  .arg(state->version)
                                  .arg(latestTeamSchemaVersion()));
    case TeamSchemaState::Kind::NotOurs:
        return Error::storage(Tr::tr("%1 is not an Incident Bridge team database: it holds %2. "
                                     "Nothing was changed. Give the team a database of its own.")
                                  .arg(address.displayName(), state->detail));
    case TeamSchemaState::Kind::Empty:
        break;
    }
    return Error::storage(Tr::tr("The database %1 is not set up for a team yet. Whoever runs the "
                                 "server sets it up with `incident-bridge team init %2`.")
                              .arg(address.displayName(), address.uri));
}

Result<TeamInitReport> initTeamDatabase(const TeamAddress &address)
{
    const QString name = u"team-init-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    TeamInitReport report;
    {
        auto connected = connectTeamDatabase(address, name);
        if (!connected)
            return connected.error();
        const QSqlDatabase &db = *connected;
        InitTransaction transaction(db);
        if (!transaction.begin())
            return teamSqlError(db.lastError().databaseText(), db.lastError().nativeErrorCode(),
                                "begin setting up the team database");
        QSqlQuery q(db);
        // Two inits at once: the second waits, then finds the schema in place.
        if (!q.exec(u"SELECT pg_advisory_xact_lock(hashtext('incident-bridge team init'))"_s))
            return failed(q, "set up the team database");
        const auto state = inspectTeamSchema(db);
        if (!state)
            return state.error();
        if (state->kind == TeamSchemaState::Kind::NotOurs
            || state->kind == TeamSchemaState::Kind::Newer)
            return checkTeamSchema(db, address).error();
        report.fromVersion = state->kind == TeamSchemaState::Kind::Ours ? state->version : 0;
        const QStringList files = migrationFiles();
        for (int i = report.fromVersion; i < files.size(); ++i) {
            if (!runScript(q, script(files.at(i))))
                return failed(q, "set up the team database");
        }
        if (report.fromVersion > 0
            && !q.exec(u"UPDATE bridge.schema_info SET version = %1"_s.arg(files.size())))
            return failed(q, "record the team schema's version");
        if (!runScript(q, script(u"rights.sql"_s)))
            return failed(q, "give the team's roles their rights");
        q.finish();
        if (!transaction.commit())
            return teamSqlError(db.lastError().databaseText(), db.lastError().nativeErrorCode(),
                                "set up the team database");
        report.toVersion = static_cast<int>(files.size());
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

} // namespace bridge
