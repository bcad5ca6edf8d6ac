#include "backup.h"

#include "database.h"
#include "domain/timeparse.h"
#include "sqlerror.h"
#include "sqlitehandle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <sqlite3.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::Backup)
};

constexpr QStringView NamePattern = u"incidents-*.sqlite";

QString reasonTag(BackupReason reason)
{
    switch (reason) {
    case BackupReason::OnDemand:
        return {};
    case BackupReason::IncidentClosed:
        return u"-closed"_s;
    case BackupReason::BeforeRestore:
        return u"-before-restore"_s;
    }
    return {};
}

Done vacuumInto(sqlite3 *source, const QString &target, const char *doing)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray name = target.toUtf8();
    int rc = sqlite3_prepare_v2(source, "VACUUM INTO ?", -1, &stmt, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(stmt, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return sqliteError(source, doing);
    return done();
}

// VACUUM INTO does not sync what it wrote; a rename is only as safe as the data behind it.
bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

QString quickCheck(ReadOnlySqliteFile &file)
{
    const auto verdict = file.value("PRAGMA quick_check");
    return verdict ? *verdict : file.error();
}

// ".<name>.partial-<pid>": whose it is, so a later run can tell a crash's leftovers from
// a copy another process is still writing.
QString partialPathFor(const QString &finalPath)
{
    const QFileInfo target(finalPath);
    return target.absoluteDir().filePath(u"."_s + target.fileName() + u".partial-"_s
                                         + QString::number(::getpid()));
}

bool processIsRunning(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

// The backups folder as it is, or as we make it: a real folder, ours, writable.
Done checkBackupFolder(const QString &folder)
{
    struct stat info
    {};
    const QByteArray name = QFile::encodeName(folder);
    if (::lstat(name.constData(), &info) != 0) {
        if (errno != ENOENT)
            return Error::storage(Tr::tr("Cannot read the backup folder %1: %2.")
                                      .arg(folder, QString::fromLocal8Bit(strerror(errno))));
        // Ours from the start: owner-only, whatever the umask.
        if (!QDir().mkpath(QFileInfo(folder).absolutePath())
            || (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST))
            return Error::storage(Tr::tr("Cannot create the backup folder %1: %2.")
                                      .arg(folder, QString::fromLocal8Bit(strerror(errno))));
        if (::lstat(name.constData(), &info) != 0)
            return Error::storage(Tr::tr("Cannot create the backup folder %1.").arg(folder));
    }
    if (S_ISLNK(info.st_mode))
        return Error::storage(Tr::tr("The backup folder %1 is a symbolic link. Backups are only "
                                     "written to a real folder of your own: remove the link and "
                                     "back up again.")
                                  .arg(folder));
    if (!S_ISDIR(info.st_mode))
        return Error::storage(
            Tr::tr("%1 is not a folder, so no backup can go there. Move it away and back up "
                   "again.")
                .arg(folder));
    if (info.st_uid != ::getuid())
        return Error::storage(Tr::tr("The backup folder %1 belongs to another user. Backups are "
                                     "only written to a folder of your own.")
                                  .arg(folder));
    if (::access(name.constData(), W_OK | X_OK) != 0)
        return Error::storage(Tr::tr("The backup folder %1 is not writable, and its permissions "
                                     "are yours to change: nothing was written.")
                                  .arg(folder));
    return done();
}

// Writes a copy of source beside finalPath under a temporary name, synced and checked, and
// returns that name; nothing is called finalPath yet.
Result<QString> writeCheckedPartial(sqlite3 *source, const QString &finalPath, const char *doing)
{
    const QString partial = partialPathFor(finalPath);
    QFile::remove(partial); // left by a crash during an earlier attempt with this name
    if (auto written = vacuumInto(source, partial, doing); !written) {
        QFile::remove(partial);
        return written.error();
    }
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
    if (!syncPath(partial, O_RDONLY)) {
        QFile::remove(partial);
        return Error::storage(Tr::tr("Could not %1: the disk did not confirm the copy was written.")
                                  .arg(QCoreApplication::translate("bridge::Storage", doing)));
    }
    QString verdict;
    {
        ReadOnlySqliteFile copy(partial);
        verdict = quickCheck(copy);
    }
    if (verdict != u"ok"_s) {
        QFile::remove(partial);
        return Error::storage(Tr::tr("The copy failed its check (%1) and was removed; nothing else "
                                     "was changed.")
                                  .arg(verdict));
    }
    return partial;
}

// Gives a checked partial its final name (which must not exist), then syncs the folder.
Done renameIntoPlace(const QString &partial, const QString &finalPath)
{
    // link() refuses an existing name where rename() would silently replace it.
    if (::link(QFile::encodeName(partial).constData(), QFile::encodeName(finalPath).constData())
        != 0) {
        const QString why = QString::fromLocal8Bit(strerror(errno));
        QFile::remove(partial);
        return Error::storage(Tr::tr("Could not name the copy %1: %2.").arg(finalPath, why));
    }
    QFile::remove(partial);
    syncPath(QFileInfo(finalPath).absolutePath(), O_RDONLY | O_DIRECTORY);
    return done();
}

struct NameParts
{
    QDateTime takenAt;
    qint64 sequence = 0; // 0: a name from before sequences (local time, no number)
    BackupReason reason = BackupReason::OnDemand;
};

// "incidents-20261201T100054.123Z-000042-closed.sqlite", or the older local-time form
// "incidents-20261201-100054-123-closed.sqlite".
std::optional<NameParts> parseName(const QString &fileName)
{
    static const QRegularExpression pattern(
        u"^incidents-(?:(\\d{8}T\\d{6}\\.\\d{3})Z-(\\d{6,})|(\\d{8}-\\d{6}-\\d{3}))"
        "(-closed|-before-restore)?\\.sqlite$"_s);
    const auto match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    NameParts parts;
    if (!match.captured(1).isEmpty()) {
        parts.takenAt = QDateTime::fromString(match.captured(1), u"yyyyMMddTHHmmss.zzz"_s);
        parts.takenAt.setTimeZone(QTimeZone::utc());
        parts.sequence = match.captured(2).toLongLong();
    } else {
        parts.takenAt = QDateTime::fromString(match.captured(3), u"yyyyMMdd-HHmmss-zzz"_s);
    }
    const QString tag = match.captured(4);
    if (tag == reasonTag(BackupReason::IncidentClosed))
        parts.reason = BackupReason::IncidentClosed;
    else if (tag == reasonTag(BackupReason::BeforeRestore))
        parts.reason = BackupReason::BeforeRestore;
    return parts;
}

// The backups in folder, oldest first: by sequence, the older unnumbered names before all.
QList<std::pair<QString, NameParts>> backupsOldestFirst(const QString &folder)
{
    QList<std::pair<QString, NameParts>> found;
    for (const QString &name : QDir(folder).entryList({NamePattern.toString()}, QDir::Files)) {
        if (const auto parts = parseName(name))
            found.append({name, *parts});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        if (a.second.sequence != b.second.sequence)
            return a.second.sequence < b.second.sequence;
        if (a.second.takenAt != b.second.takenAt)
            return a.second.takenAt < b.second.takenAt;
        return a.first < b.first;
    });
    return found;
}

bool renameIfPresent(const QString &from, const QString &to)
{
    return !QFileInfo::exists(from)
           || ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}
} // namespace

QString backupReasonText(BackupReason reason)
{
    switch (reason) {
    case BackupReason::OnDemand:
        return Tr::tr("Backed up on request");
    case BackupReason::IncidentClosed:
        return Tr::tr("An incident was closed");
    case BackupReason::BeforeRestore:
        return Tr::tr("Taken just before a restore");
    }
    return {};
}

QString defaultBackupFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + u"/backups"_s;
}

Result<QString> backUpDatabase(const QSqlDatabase &db, const BackupRequest &request)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return Error::storage(Tr::tr("The SQLite driver gave no native handle."));
    return backUpHandle(handle, request);
}

void removeStalePartials(const QString &folder, const QString &prefix)
{
    static const QRegularExpression partial(u"\\.partial(?:-(\\d+))?(?:-journal)?$"_s);
    const QStringList names = QDir(folder).entryList({u"."_s + prefix + u"*.partial*"_s},
                                                     QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const auto match = partial.match(name);
        if (!match.hasMatch())
            continue;
        // Without a writer's number it was left by an older version: nobody is writing it.
        if (!match.captured(1).isEmpty() && processIsRunning(match.captured(1).toLongLong()))
            continue;
        QFile::remove(QDir(folder).filePath(name));
    }
}

Result<QString> backUpHandle(sqlite3 *handle, const BackupRequest &request)
{
    const QString &folder = request.folder;
    if (auto usable = checkBackupFolder(folder); !usable)
        return usable.error();
    removeStalePartials(folder, u"incidents-"_s);
    const auto existing = backupsOldestFirst(folder);
    const qint64 sequence = existing.isEmpty() ? 1 : existing.last().second.sequence + 1;
    const QDateTime at
        = (request.takenAt.isValid() ? request.takenAt : QDateTime::currentDateTimeUtc()).toUTC();
    const QString path = QDir(folder).filePath(
        u"incidents-%1Z-%2%3.sqlite"_s.arg(at.toString(u"yyyyMMddTHHmmss.zzz"_s))
            .arg(sequence, 6, 10, QChar(u'0'))
            .arg(reasonTag(request.reason)));
    const auto partial = writeCheckedPartial(
        handle, path, QT_TRANSLATE_NOOP("bridge::Storage", "write the backup"));
    if (!partial)
        return partial.error();
    if (auto named = renameIntoPlace(*partial, path); !named)
        return named.error();
    // Rotate the copies taken on request and at closing; never this one, never one taken
    // before a restore, never the one about to be restored.
    const QString fresh = QFileInfo(path).fileName();
    const QString spared = QFileInfo(request.spareFromRotation).fileName();
    QStringList rotatable;
    for (const auto &[name, parts] : backupsOldestFirst(folder)) {
        if (parts.reason != BackupReason::BeforeRestore && name != spared)
            rotatable << name;
    }
    for (qsizetype extra = rotatable.size() - std::max(request.keep, 1); extra > 0; --extra) {
        const QString oldest = rotatable.takeFirst();
        if (oldest != fresh)
            QFile::remove(QDir(folder).filePath(oldest));
    }
    if (!QFileInfo::exists(path))
        return Error::storage(Tr::tr("The backup %1 was written but is gone: another program "
                                     "removed it. Back up again.")
                                  .arg(path));
    return path;
}

BackupInfo inspectBackup(const QString &path, bool checkPages)
{
    BackupInfo info;
    const QFileInfo file(path);
    info.path = file.absoluteFilePath();
    info.bytes = file.size();
    const auto parts = parseName(file.fileName());
    info.takenAt = parts && parts->takenAt.isValid() ? parts->takenAt : file.lastModified();
    if (parts)
        info.reason = parts->reason;
    if (!file.isFile() || !file.isReadable()) {
        info.problem
            = Tr::tr("%1 cannot be read. Check that it exists and that you may read it.").arg(path);
        return info;
    }

    ReadOnlySqliteFile copy(path);
    const auto appId = copy.value("PRAGMA application_id");
    if (!appId) {
        info.problem = Tr::tr("%1 cannot be read as a database (%2). Choose another backup.")
                           .arg(path, copy.error());
        return info;
    }
    if (appId->toLongLong() != Database::ApplicationId) {
        info.problem
            = Tr::tr("%1 is not an Incident Bridge backup. Choose another file.").arg(path);
        return info;
    }
    info.schemaVersion = copy.value("PRAGMA user_version").value_or(QString()).toInt();
    if (info.schemaVersion > Database::latestSchemaVersion()) {
        info.problem = Tr::tr("%1 was written by a newer Incident Bridge (schema %2; this one "
                              "knows up to %3). Restore it with that version.")
                           .arg(path)
                           .arg(info.schemaVersion)
                           .arg(Database::latestSchemaVersion());
        return info;
    }
    if (info.schemaVersion < 1) {
        info.problem = Tr::tr("%1 holds no incidents: it was never set up.").arg(path);
        return info;
    }
    const auto incidents = copy.value("SELECT count(*) FROM incident");
    const auto entries = copy.value("SELECT count(*) FROM entry");
    const auto newest = copy.value("SELECT max(occurred_at) FROM entry");
    if (!incidents || !entries || !newest) {
        info.problem = Tr::tr("%1 is damaged (%2). Choose another backup.").arg(path, copy.error());
        return info;
    }
    info.incidents = incidents->toLongLong();
    info.entries = entries->toLongLong();
    if (!newest->isEmpty())
        info.lastEntryAt = fromMs(newest->toLongLong());
    if (checkPages) {
        if (const QString verdict = quickCheck(copy); verdict != u"ok"_s)
            info.problem = Tr::tr("%1 is damaged (%2). Choose another backup.").arg(path, verdict);
    }
    return info;
}

QList<BackupInfo> listBackups(const QString &folder)
{
    QList<BackupInfo> list;
    const auto found = backupsOldestFirst(folder);
    for (auto it = found.crbegin(); it != found.crend(); ++it)
        list << inspectBackup(QDir(folder).filePath(it->first), false);
    return list;
}

Result<QString> replaceDamagedFile(const QString &databasePath, const QString &backupPath,
                                   const QString &stamp)
{
    const BackupInfo backup = inspectBackup(backupPath, true);
    if (!backup.restorable())
        return Error::invalid(backup.problem);
    ReadOnlySqliteFile source(backupPath);
    if (!source.handle())
        return Error::storage(Tr::tr("Cannot read %1: %2.").arg(backupPath, source.error()));

    const QString aside = databasePath + u".damaged-"_s + stamp;
    if (QFileInfo::exists(aside))
        return Error::invalid(Tr::tr("%1 already exists; nothing was changed.").arg(aside));
    // The checked copy first, under a temporary name: a kill before the renames below
    // leaves the damaged file where it was.
    const auto partial
        = writeCheckedPartial(source.handle(), databasePath,
                              QT_TRANSLATE_NOOP("bridge::Storage", "write the restored database"));
    if (!partial)
        return partial.error();
    const QStringList suffixes{QString(), u"-wal"_s, u"-shm"_s};
    auto putBack = [&](qsizetype moved) {
        for (qsizetype i = 0; i < moved; ++i)
            renameIfPresent(aside + suffixes.at(i), databasePath + suffixes.at(i));
    };
    for (qsizetype i = 0; i < suffixes.size(); ++i) {
        if (!renameIfPresent(databasePath + suffixes.at(i), aside + suffixes.at(i))) {
            const QString why = QString::fromLocal8Bit(strerror(errno));
            putBack(i);
            QFile::remove(*partial);
            return Error::storage(Tr::tr("Could not move the damaged %1 aside (%2); nothing was "
                                         "changed. Check the folder's permissions.")
                                      .arg(databasePath, why));
        }
    }
    if (auto named = renameIntoPlace(*partial, databasePath); !named) {
        putBack(suffixes.size());
        return named.error();
    }
    return aside;
}

bool isDamaged(const QString &databasePath)
{
    ReadOnlySqliteFile file(databasePath);
    return quickCheck(file) != u"ok"_s;
}

QString damagedStamp(const QDateTime &at)
{
    return at.toUTC().toString(u"yyyyMMddTHHmmss.zzz"_s) + u'Z';
}

} // namespace bridge
