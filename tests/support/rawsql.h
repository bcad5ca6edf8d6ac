#pragma once

#include "storage/incidentwords.h"
#include "storage/sqlitehandle.h"
#include "storage/teamaddress.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

// A connection of the test's own to what --db names (a file or a team database), outside
// any session: "another program" writing the same record, or a reader checking it.
class RawSql
{
public:
    explicit RawSql(const QString &path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        if (bridge::isTeamDatabaseUri(path)) {
            auto db = bridge::connectTeamDatabase(*bridge::parseTeamAddress(path), m_name);
            if (!db)
                qFatal("raw connection: %s", qPrintable(db.error().message));
            m_db = *db;
            exec(QStringLiteral("SET search_path TO bridge"));
        } else {
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            m_db.setDatabaseName(path);
            if (!m_db.open())
                qFatal("raw connection: %s", qPrintable(m_db.lastError().text()));
            exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
            // The search triggers run the app's tokenizer; every app connection registers it.
            bridge::registerIncidentWords(bridge::sqliteHandle(m_db));
        }
    }
    ~RawSql()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawSql(const RawSql &) = delete;
    RawSql &operator=(const RawSql &) = delete;

    bool isTeam() const { return m_db.driverName() == QLatin1StringView("QPSQL"); }

    // Runs one or more statements (QSQLITE takes one at a time: they are split at ';', so
    // no literal may hold one); a failure is reported in the database's words.
    bool exec(const QString &sql)
    {
        const QStringList statements
            = isTeam() ? QStringList{sql} : sql.split(u';', Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery q(m_db);
            if (!q.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
                return false;
            }
        }
        return true;
    }
    // The first column of the first row as a number, or -1.
    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};
