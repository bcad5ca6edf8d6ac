#include "teamaddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::TeamDatabase)
};

// The libpq parameters a team URI may carry; host, port, user and dbname come from the URI
// itself, and a password never does.
const QStringList &allowedParameters()
{
    static const QStringList names{u"sslmode"_s,
                                   u"sslrootcert"_s,
                                   u"sslcert"_s,
                                   u"sslkey"_s,
                                   u"sslcrl"_s,
                                   u"sslcompression"_s,
                                   u"connect_timeout"_s,
                                   u"application_name"_s,
                                   u"target_session_attrs"_s,
                                   u"service"_s,
                                   u"keepalives"_s,
                                   u"keepalives_idle"_s,
                                   u"keepalives_interval"_s,
                                   u"keepalives_count"_s,
                                   u"tcp_user_timeout"_s,
                                   u"gssencmode"_s,
                                   u"requiressl"_s,
                                   u"channel_binding"_s,
                                   u"passfile"_s};
    return names;
}
} // namespace

QString TeamAddress::displayName() const
{
    QString text = user.isEmpty() ? QString() : user + u'@';
    text += host.isEmpty() ? Tr::tr("local socket") : host;
    if (port > 0)
        text += u':' + QString::number(port);
    return text + u'/' + (dbname.isEmpty() ? Tr::tr("(default database)") : dbname);
}

bool isTeamDatabaseUri(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
           || text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

QString teamBackupMessage()
{
    return Tr::tr("A team database is backed up and restored on its server by whoever runs it, "
                  "with pg_dump and pg_restore (or the server's own backups); Incident Bridge's "
                  "file backups are for a database file.");
}

Result<TeamAddress> parseTeamAddress(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!isTeamDatabaseUri(uri) || !url.isValid())
        return Error::invalid(Tr::tr("\"%1\" is not a team database address. Write it as "
                                     "postgresql://user@host:port/dbname, for example "
                                     "postgresql://maya@db.example.com/bridge?sslmode=verify-full.")
                                  .arg(uri));
    if (!url.password().isEmpty())
        return Error::invalid(
            Tr::tr("The address holds a password, where every process on this machine can "
                   "read it. Take it out of the address and put it in ~/.pgpass (a line "
                   "host:port:dbname:user:password, mode 0600) or in PGPASSWORD."));
    TeamAddress address;
    address.uri = uri;
    address.user = url.userName();
    address.host = url.host();
    address.port = url.port(-1);
    address.dbname = url.path().mid(1);
    if (address.dbname.contains(u'/'))
        return Error::invalid(Tr::tr("\"%1\" is not a database name: after the host comes one "
                                     "name, as in postgresql://host/bridge.")
                                  .arg(address.dbname));
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == u"password"_s)
            return Error::invalid(
                Tr::tr("The address holds a password. Put it in ~/.pgpass or PGPASSWORD instead."));
        if (name == u"host"_s) { // a socket folder, as libpq allows: ?host=/run/postgresql
            address.host = value;
            continue;
        }
        if (!allowedParameters().contains(name))
            return Error::invalid(Tr::tr("The address has a parameter \"%1\" that a team "
                                         "database does not take. These can be given: %2.")
                                      .arg(name, allowedParameters().join(u", "_s)));
        if (value.contains(u';'))
            return Error::invalid(
                Tr::tr("The value of \"%1\" may not hold a semicolon.").arg(name));
        options << name + u'=' + value;
    }
    address.options = options.join(u';');
    return address;
}

Error teamSqlError(const QString &driverText, const QString &sqlState, const char *doing)
{
    const QString what = QString::fromUtf8(doing);
    // SQLSTATE classes: 42501 a missing right, 08 a lost connection, 57P a server going down.
    if (sqlState == u"42501"_s)
        return Error::storage(Tr::tr("Could not %1: your database role may read but not write "
                                     "this. Ask whoever runs the team server to make your role a "
                                     "member of incident_bridge. Nothing was written.")
                                  .arg(what));
    if (sqlState.startsWith(u"08"_s) || sqlState.startsWith(u"57P"_s))
        return Error::unreachable(Tr::tr("Could not %1: the team database is unreachable (%2). "
                                         "Nothing was written.")
                                      .arg(what, driverText.trimmed()));
    return Error::storage(
        Tr::tr("Could not %1: the team database said: %2").arg(what, driverText.trimmed()));
}

Result<QSqlDatabase> connectTeamDatabase(const TeamAddress &address, const QString &connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return Error::storage(Tr::tr("This installation cannot reach a team database: Qt's "
                                     "PostgreSQL driver is missing. On Debian install it with "
                                     "`apt-get install libqt6sql6-psql`."));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    if (!address.host.isEmpty())
        db.setHostName(address.host);
    if (address.port > 0)
        db.setPort(address.port);
    if (!address.user.isEmpty())
        db.setUserName(address.user);
    if (!address.dbname.isEmpty())
        db.setDatabaseName(address.dbname);
    // Who is connected is shown to the team; a hung network must not hang the window.
    QString options = u"application_name=incident-bridge"_s;
    if (!address.options.contains(u"connect_timeout="_s))
        options += u";connect_timeout=10"_s;
    if (!address.options.isEmpty())
        options += u';' + address.options;
    db.setConnectOptions(options);
    if (db.open())
        return db;
    // libpq's text spans lines ("…failed: Connection refused\n\tIs the server running…").
    const QString text = (db.lastError().databaseText().isEmpty() ? db.lastError().text()
                                                                  : db.lastError().databaseText())
                             .simplified();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName);
    QString why;
    if (text.contains(u"password authentication failed"_s)
        || text.contains(u"no password supplied"_s))
        why = Tr::tr("the server refused the password. libpq looks for it in ~/.pgpass (mode "
                     "0600), PGPASSFILE, PGPASSWORD or a service file; check the line for "
                     "this host, port, database and role.");
    else if (text.contains(u"database \""_s) && text.contains(u"does not exist"_s))
        why = Tr::tr("the server has no database \"%1\". Create it first (createdb %1), then "
                     "set it up with `incident-bridge team init`.")
                  .arg(address.dbname);
    else if (text.contains(u"role \""_s) && text.contains(u"does not exist"_s))
        why = Tr::tr("the server has no role \"%1\". Whoever runs the server creates one for "
                     "each responder (see README, Team server).")
                  .arg(address.user);
    // Down, starting, stopping or out of the network's reach: worth trying again later.
    const bool away
        = why.isEmpty()
          && (text.contains(u"Connection refused"_s) || text.contains(u"could not connect"_s)
              || text.contains(u"timeout"_s, Qt::CaseInsensitive)
              || text.contains(u"could not translate host name"_s)
              || text.contains(u"the database system is"_s)
              || text.contains(u"server closed the connection"_s));
    if (away)
        return Error::unreachable(
            Tr::tr("Cannot open the team database %1: the server cannot be reached (%2).")
                .arg(address.displayName(), text));
    return Error::storage(Tr::tr("Cannot open the team database %1: %2")
                              .arg(address.displayName(), why.isEmpty() ? text : why));
}

} // namespace bridge
