#pragma once

#include "domain/entry.h"
#include "domain/result.h"

#include <QSqlDatabase>

#include <memory>

namespace bridge {

// A timeline line typed while the team server was away, kept on this machine until it is
// sent. Its client-made id goes with it to the server, whose unique index makes a resend
// after a lost acknowledgement harmless: a line is in the record once, whatever happens.
struct QueuedLine
{
    qint64 seq = 0;   // the order it was typed in
    QString uid;      // made here, before the first attempt to send
    QString database; // the team database's address it is for
    qint64 incidentId = 0;
    EntryKind kind = EntryKind::Note;
    QString actor; // empty: the scribe
    QString scribe;
    QDateTime occurredAt; // resolved when typed: "now" means then, not when sent
    QString text;
    bool pinned = false;
    QDateTime queuedAt;
    QString lastError; // why the last attempt to send it was refused, if it was
};

// The outbox: one SQLite file per user on this machine (owner-only, WAL, synchronous=FULL),
// so a line is on disk before the window says it is kept.
class Outbox
{
public:
    // The user's outbox (AppLocalDataLocation/outbox.sqlite), created when missing.
    static Result<std::unique_ptr<Outbox>> open(const QString &path = {});
    static QString defaultPath();
    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    // Keeps the line (a uid is made when it has none) and returns it as kept.
    Result<QueuedLine> add(QueuedLine line);
    // What waits for the database at address, oldest first (every address when empty).
    Result<QList<QueuedLine>> waiting(const QString &database = {});
    // The line reached the server (or was already there): it is no longer kept here.
    Done sent(const QString &uid);
    // The server refused the line for what it says (not for being away): kept, with why.
    Done refused(const QString &uid, const QString &why);

private:
    Outbox() = default;
    QSqlDatabase m_db;
    QString m_connectionName;
};

} // namespace bridge
