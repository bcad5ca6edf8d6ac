#pragma once

#include "session/clock.h"
#include "session/incidentsession.h"

#include <QTemporaryDir>
#include <QTest>

// A step of a test's setup that must work: its value, or the test stops saying why.
template<typename T>
T must(bridge::Result<T> result, const char *what = "setup")
{
    if (!result)
        qFatal("%s failed: %s", what, qPrintable(result.error().message));
    return std::move(result).value();
}

// A fresh database in a temporary folder, with a session on a manual clock.
struct TestBridge
{
    QTemporaryDir dir;
    bridge::ManualClock clock{QDateTime(QDate(2026, 3, 28), QTime(21, 0), Qt::UTC)};
    std::unique_ptr<bridge::IncidentSession> session;

    QString path() const { return dir.filePath(QStringLiteral("bridge.sqlite")); }

    explicit TestBridge(const QString &scribe = QStringLiteral("Dana"))
    {
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
