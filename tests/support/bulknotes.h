#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

// Inserts `count` notes straight into the entry table in one transaction, as person 1 (the
// scribe who opened the incident): for tests that need a sizeable file fast, not for testing
// the session. textFor(i) gives each note's text. Returns false if SQLite refused.
template<typename TextFor>
bool insertNotes(const QSqlDatabase &db, qint64 incidentId, int count, TextFor textFor)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN")))
        return false;
    q.prepare(QStringLiteral("INSERT INTO entry (incident_id, kind, actor_id, scribe_id, "
                             "occurred_at, logged_at, text) VALUES (?, 'note', 1, 1, ?, ?, ?)"));
    for (int i = 0; i < count; ++i) {
        const qint64 at = qint64(1774731600000) + i; // 2026-03-28T21:00Z onwards, 1 ms apart
        q.addBindValue(incidentId);
        q.addBindValue(at);
        q.addBindValue(at);
        q.addBindValue(textFor(i));
        if (!q.exec())
            return false;
    }
    return q.exec(QStringLiteral("COMMIT"));
}

#include "session/incidentsession.h"

#include <QTest>

// A database file holding one SEV1 incident with `count` notes, closed cleanly afterwards
// (the WAL checkpointed into the file): what the file-fault tests damage, cut and restore.
inline void makeIncidentFile(const QString &path, int count)
{
    using namespace bridge;
    auto session
        = IncidentSession::open(path, Database::Location::Given, nullptr, QStringLiteral("Dana"));
    QVERIFY(session);
    const auto created
        = session.value()->createIncident({QStringLiteral("Checkout 503s"), Severity::Sev1, {}});
    QVERIFY(created);
    QVERIFY(insertNotes(session.value()->database().connection(), created->id, count, [](int i) {
        return QStringLiteral("Entry %1: replica lag on orders-db while draining traffic").arg(i);
    }));
}
