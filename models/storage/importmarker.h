#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QString>

#include <optional>

namespace bridge {

// A long import holds the database's only write lock until it commits. This file beside the
// database says so, so a writer that cannot get the lock says at once what holds it and until
// about when, instead of waiting its full timeout and blaming "another program".
class ImportMarker
{
public:
    struct Running
    {
        qint64 pid = 0;
        qint64 entries = 0;
        qint64 done = 0;
        QDateTime started;
        QDateTime expectedEnd; // invalid until some entries are in
    };

    // Writes the marker for an import of `entries` entries into databasePath (empty: an
    // in-memory database, nothing is written). Removed again by the destructor.
    ImportMarker(const QString &databasePath, qint64 entries);
    ~ImportMarker();
    ImportMarker(const ImportMarker &) = delete;
    ImportMarker &operator=(const ImportMarker &) = delete;

    // Called per entry; rewrites the file at most once a second, as the import's heartbeat.
    void progress(qint64 done);

    static QString pathFor(const QString &databasePath);
    // The import running now on databasePath in another live process, if any. A marker whose
    // process is gone or whose heartbeat stopped long ago is stale and ignored.
    static std::optional<Running> running(const QString &databasePath);
    // "An import of 1,000,000 entries (process 4242) has held …": for a writer that gave up.
    static QString describe(const Running &import);

private:
    void write();
    QString m_path;
    Running m_state;
    QElapsedTimer m_sinceWrite;
};

} // namespace bridge
