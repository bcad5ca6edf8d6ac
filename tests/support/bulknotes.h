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
