#pragma once

#include "storage/teamaddress.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

// A database of its own on the real PostgreSQL server .ci/test starts (INCIDENT_BRIDGE_TEST_PG,
// an administrator's URI, with its password in PGPASSFILE), dropped again at the end. Login
// roles made here are the test's, with their passwords in a pgpass file of the test's own.
class TestTeamServer
{
public:
    // Skips outside CI when no server was started; in CI a missing server fails.
    static bool available()
    {
        if (!qEnvironmentVariableIsEmpty("INCIDENT_BRIDGE_TEST_PG"))
            return true;
        if (qEnvironmentVariable("CI") == QLatin1StringView("true"))
            qFatal("CI must start the team server: .ci/test runs .ci/pg-server start");
        return false;
    }

    // templateDb: a database to copy (CREATE DATABASE … TEMPLATE), else an empty one.
    explicit TestTeamServer(const QString &templateDb = {})
    {
        const QUrl admin(qEnvironmentVariable("INCIDENT_BRIDGE_TEST_PG"));
        m_host = admin.host();
        m_port = admin.port();
        m_admin = admin.userName();
        m_dbname
            = QStringLiteral("bridge_t_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        // Our own password file: the administrator's line, then the test's roles.
        QFile original(administratorsPgpass());
        if (!original.open(QIODevice::ReadOnly))
            qFatal("PGPASSFILE is not readable");
        m_pgpass = m_dir.filePath(QStringLiteral("pgpass"));
        QFile own(m_pgpass);
        if (!own.open(QIODevice::WriteOnly))
            qFatal("cannot write a pgpass file");
        own.write(original.readAll());
        own.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        own.close();
        qputenv("PGPASSFILE", m_pgpass.toLocal8Bit());
        adminExec(QStringLiteral("CREATE DATABASE %1%2")
                      .arg(m_dbname, templateDb.isEmpty()
                                         ? QString()
                                         : QStringLiteral(" TEMPLATE ") + templateDb),
                  QStringLiteral("postgres"));
    }

    ~TestTeamServer()
    {
        // The test's connections, so the next test can reuse their names; not another live
        // server's (a test may hold a template and a copy at once).
        for (const QString &name : QSqlDatabase::connectionNames()) {
            const QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.driverName() == QLatin1StringView("QPSQL") && db.databaseName() == m_dbname)
                QSqlDatabase::removeDatabase(name);
        }
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_dbname),
                  QStringLiteral("postgres"));
        qputenv("PGPASSFILE", administratorsPgpass().toLocal8Bit());
        for (const QString &role : std::as_const(m_roles))
            adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role),
                      QStringLiteral("postgres"));
    }

    QString dbname() const { return m_dbname; }
    // The address of this test's database as user (default: the administrator).
    QString uri(const QString &user = {}) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(user.isEmpty() ? m_admin : user, m_host)
            .arg(m_port)
            .arg(m_dbname);
    }

    // A login role with a password the test's pgpass file knows, a member of group. Roles
    // belong to the whole server, so the name carries this test's suffix; it is returned.
    QString createLogin(const QString &base, const QString &group)
    {
        const QString role = base + m_dbname.mid(8); // "maya_" + the database's id
        m_roles << role;
        const QString secret = QStringLiteral("pw-") + role;
        adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'%3")
                      .arg(role, secret,
                           group.isEmpty() ? QString() : QStringLiteral(" IN ROLE ") + group),
                  QStringLiteral("postgres"));
        QFile own(m_pgpass);
        if (!own.open(QIODevice::Append))
            qFatal("cannot extend the pgpass file");
        own.write(QStringLiteral("%1:%2:*:%3:pw-%3\n").arg(m_host).arg(m_port).arg(role).toUtf8());
        return role;
    }

    // Runs sql as the administrator, on this test's database unless another is named.
    void adminExec(const QString &sql, const QString &database = {}) const
    {
        const QString name = QStringLiteral("test-admin");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_host);
            db.setPort(m_port);
            db.setUserName(m_admin);
            db.setDatabaseName(database.isEmpty() ? m_dbname : database);
            if (!db.open())
                qFatal("cannot reach the test server: %s", qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            // Every statement's result, not only the first's (a script holds several).
            bool ok = q.exec(sql);
            while (ok && q.nextResult()) {
            }
            if (!ok || q.lastError().type() != QSqlError::NoError)
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(name);
    }

private:
    // As .ci/test gave it, before any test pointed PGPASSFILE at a file of its own.
    static QString administratorsPgpass()
    {
        static const QString given = qEnvironmentVariable("PGPASSFILE");
        return given;
    }

    QTemporaryDir m_dir;
    QString m_host;
    int m_port = 5432;
    QString m_admin;
    QString m_dbname;
    QString m_pgpass;
    QStringList m_roles;
};
