#include "incidentsession.h"

#include "clock.h"
#include "domain/timeparse.h"
#include "entrycommands.h"
#include "storage/backup.h"
#include "storage/boardstore.h"
#include "storage/incidentstore.h"
#include "storage/reviewstore.h"
#include "storage/timelinereader.h"
#include "storage/transaction.h"
#include "storage/updatestore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace bridge {

Result<std::unique_ptr<IncidentSession>> IncidentSession::open(const QString &path,
                                                               Database::Location location,
                                                               const Clock *clock,
                                                               const QString &scribe)
{
    auto database = Database::open(path, location);
    if (!database)
        return database.error();
    return std::make_unique<IncidentSession>(std::move(database).value(), clock, scribe);
}

IncidentSession::IncidentSession(std::unique_ptr<Database> database, const Clock *clock,
                                 const QString &scribe, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_store(std::make_unique<IncidentStore>(m_database->connection()))
    , m_reader(std::make_unique<TimelineReader>(m_database->connection(), *m_store))
    , m_board(std::make_unique<BoardStore>(m_database->connection(), *m_store))
    , m_updates(std::make_unique<UpdateStore>(m_database->connection(), *m_store))
    , m_reviews(std::make_unique<ReviewStore>(m_database->connection(), *m_store))
    , m_clock(clock)
    , m_scribe(scribe.simplified().isEmpty() ? osUserName() : scribe.simplified())
    , m_undoStack(new QUndoStack(this))
{
    if (!m_clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
    readState();
}

// What the session keeps in memory about the file: the incidents and how far it has seen.
void IncidentSession::readState()
{
    m_incidents.clear();
    if (auto list = m_store->incidents()) {
        for (const Incident &i : list.value())
            m_incidents.insert(i.id, i);
    }
    m_dataVersion = m_database->dataVersion();
    m_schemaCookie = m_database->schemaCookie();
    m_lastEntryId = m_store->maxEntryId().ok() ? m_store->maxEntryId().value() : 0;
    m_lastRevisionId = m_store->maxRevisionId().ok() ? m_store->maxRevisionId().value() : 0;
}

void IncidentSession::reloadAfterReplace()
{
    m_undoStack->clear();
    m_ownEntryIds.clear();
    readState();
    emit databaseReplaced();
}

IncidentSession::~IncidentSession() = default;

QString IncidentSession::osUserName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).simplified();
        if (!name.isEmpty())
            return name;
    }
    return tr("scribe");
}

QDateTime IncidentSession::now() const
{
    return m_clock->now();
}

QList<Incident> IncidentSession::incidents() const
{
    QList<Incident> list = m_incidents.values();
    std::sort(list.begin(), list.end(),
              [](const Incident &a, const Incident &b) { return a.id < b.id; });
    return list;
}

std::optional<Incident> IncidentSession::incident(qint64 id) const
{
    if (auto it = m_incidents.constFind(id); it != m_incidents.constEnd())
        return *it;
    return std::nullopt;
}

Result<Incident> IncidentSession::createIncident(const NewIncident &request)
{
    NewIncident incident = request;
    incident.title = incident.title.simplified();
    if (incident.title.isEmpty())
        return Error::invalid(tr("An incident needs a title: say what is broken, for example "
                                 "\"Checkout returns 503 in eu-west\"."));
    if (!incident.startedAt.isValid())
        incident.startedAt = now();

    WriteTransaction tx(m_database->connection());
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    const qint64 nowMs = toMs(now());
    auto me = m_store->personId(m_scribe, nowMs);
    if (!me)
        return me.error();
    auto id = m_store->insertIncident(incident, *me, nowMs);
    if (!id)
        return id.error();
    const QString opened = tr("Incident opened as %1, investigating: %2")
                               .arg(severityKey(incident.severity), incident.title);
    auto entry = writeSystemEntry(*id, opened, incident.startedAt);
    if (!entry)
        return entry.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();

    auto created = m_store->incident(*id);
    if (!created)
        return created.error();
    m_incidents.insert(created->id, *created);
    emit incidentAdded(*created);
    emit entryAdded(*entry);
    return created;
}

template<typename Update>
Result<Incident> IncidentSession::changeIncident(qint64 incidentId, const QDateTime &at,
                                                 Update &&update)
{
    const auto current = incident(incidentId);
    if (!current)
        return Error::notFound(tr("There is no incident %1.").arg(incidentId));
    const QDateTime when = at.isValid() ? at.toUTC() : now();

    WriteTransaction tx(m_database->connection());
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    // The update writes its row and returns the line for the timeline.
    auto line = update(*current, when);
    if (!line)
        return line.error();
    auto entry = writeSystemEntry(incidentId, *line, when);
    if (!entry)
        return entry.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    emit entryAdded(*entry);
    auto changed = m_store->incident(incidentId);
    if (!changed)
        return changed.error();
    m_incidents.insert(incidentId, *changed);
    emit incidentChanged(*changed);
    return changed;
}

Result<QString> IncidentSession::backUp(BackupReason reason, const QString &spareFromRotation)
{
    BackupRequest request;
    request.folder = defaultBackupFolder(m_database->path());
    request.stamp = now().toLocalTime().toString(u"yyyyMMdd-HHmmss-zzz"_s);
    request.reason = reason;
    request.spareFromRotation = spareFromRotation;
    return backUpDatabase(m_database->connection(), request);
}

Result<QString> IncidentSession::restoreBackup(const QString &backupPath)
{
    const QFileInfo chosen(backupPath);
    if (chosen.canonicalFilePath() == QFileInfo(m_database->path()).canonicalFilePath())
        return Error::invalid(tr("%1 is the database itself, not a backup of it. Choose a copy "
                                 "from the backups folder.")
                                  .arg(backupPath));
    const BackupInfo backup = inspectBackup(backupPath, true);
    if (!backup.restorable())
        return Error::invalid(backup.problem);
    auto safety = backUp(BackupReason::BeforeRestore, chosen.absoluteFilePath());
    if (!safety)
        return Error::storage(tr("Nothing was restored: the database as it is now could not be "
                                 "backed up first. %1")
                                  .arg(safety.error().message));
    if (auto replaced = m_database->replaceWith(backupPath); !replaced) {
        // A failed copy changed nothing; a failed upgrade after it left the backup's contents,
        // which the reload below shows as they are.
        reloadAfterReplace();
        return Error{
            replaced.error().code,
            tr("%1 The database as it was is kept in %2.").arg(replaced.error().message, *safety)};
    }
    reloadAfterReplace();
    return safety;
}

Result<Incident> IncidentSession::setStatus(qint64 incidentId, Status status, const QDateTime &at)
{
    if (const auto current = incident(incidentId); current && current->status == status)
        return *current;
    auto changed = changeIncident(
        incidentId, at, [&](const Incident &before, const QDateTime &when) -> Result<QString> {
            if (auto u = m_store->updateStatus(incidentId, status, toMs(when)); !u)
                return u.error();
            return tr("Status: %1 → %2")
                .arg(statusDisplayName(before.status), statusDisplayName(status));
        });
    // Closing is the moment the record is final: keep a checked copy. A failed backup never
    // undoes the close; it is reported.
    if (changed && status == Status::Closed) {
        if (auto copy = backUp(BackupReason::IncidentClosed); !copy)
            emit operationFailed(copy.error().message);
    }
    return changed;
}

Result<Incident> IncidentSession::setSeverity(qint64 incidentId, Severity severity,
                                              const QDateTime &at)
{
    if (const auto current = incident(incidentId); current && current->severity == severity)
        return *current;
    return changeIncident(
        incidentId, at, [&](const Incident &before, const QDateTime &) -> Result<QString> {
            if (auto u = m_store->updateSeverity(incidentId, severity); !u)
                return u.error();
            return tr("Severity: %1 → %2").arg(severityKey(before.severity), severityKey(severity));
        });
}

Result<Incident> IncidentSession::setMilestone(qint64 incidentId, Milestone milestone,
                                               const QDateTime &at)
{
    const QString column
        = milestone == Milestone::Detected ? u"detected_at"_s : u"acknowledged_at"_s;
    auto changed = changeIncident(
        incidentId, at, [&](const Incident &, const QDateTime &when) -> Result<QString> {
            if (auto u = m_store->updateMilestone(incidentId, column, toMs(when)); !u)
                return u.error();
            return milestone == Milestone::Detected ? tr("Detected: the alert fired.")
                                                    : tr("Acknowledged: a responder is on it.");
        });
    if (changed)
        emit updatesChanged(incidentId);
    return changed;
}

Result<Entry> IncidentSession::insertEntry(qint64 incidentId, const EntryDraft &draft)
{
    const qint64 nowMs = toMs(now());
    const QString actorName
        = draft.actor.simplified().isEmpty() ? m_scribe : draft.actor.simplified();
    auto actor = m_store->personId(actorName, nowMs);
    if (!actor)
        return actor.error();
    auto scribe = m_store->personId(m_scribe, nowMs);
    if (!scribe)
        return scribe.error();
    const qint64 occurred = draft.occurredAt.isValid() ? toMs(draft.occurredAt) : nowMs;
    // Whoever appears as the actor of a logged entry is on the bridge from that entry on.
    if (!isSystemKind(draft.kind)) {
        if (auto joined = ensureOnBridge(incidentId, *actor, occurred); !joined)
            return joined.error();
    }
    auto id = m_store->insertEntry(
        {incidentId, draft.kind, *actor, *scribe, occurred, nowMs, draft.text, draft.pinned});
    if (!id)
        return id.error();
    m_ownEntryIds.insert(*id);
    return m_store->entry(*id);
}

Result<Entry> IncidentSession::writeSystemEntry(qint64 incidentId, const QString &text,
                                                const QDateTime &at, EntryKind kind,
                                                const QString &actor)
{
    EntryDraft draft;
    draft.kind = kind;
    draft.actor = actor;
    draft.occurredAt = at;
    draft.text = text;
    return insertEntry(incidentId, draft);
}

Result<Entry> IncidentSession::log(qint64 incidentId, const EntryDraft &draft)
{
    if (!incident(incidentId))
        return Error::notFound(tr("There is no incident %1.").arg(incidentId));
    if (isSystemKind(draft.kind))
        return Error::invalid(tr("\"%1\" entries are written by the application; log an action, "
                                 "observation, expectation, assumption, decision or note.")
                                  .arg(kindKey(draft.kind)));
    EntryDraft cleaned = draft;
    cleaned.text = draft.text.trimmed();
    if (cleaned.text.isEmpty())
        return Error::invalid(tr("Type what happened first: an empty entry is not logged."));

    WriteTransaction tx(m_database->connection());
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto entry = insertEntry(incidentId, cleaned);
    if (!entry)
        return entry.error();
    if (auto committed = tx.commit(); !committed) {
        m_ownEntryIds.remove(entry->id);
        return committed.error();
    }
    emit entryAdded(*entry);
    m_undoStack->push(new LogEntryCommand(this, *entry));
    return entry;
}

template<typename Change>
Result<Entry> IncidentSession::changeEntry(qint64 entryId, const QString &revisionKind,
                                           Change &&change)
{
    WriteTransaction tx(m_database->connection());
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto before = m_store->entry(entryId);
    if (!before)
        return before.error();
    const qint64 nowMs = toMs(now());
    auto me = m_store->personId(m_scribe, nowMs);
    if (!me)
        return me.error();
    if (auto kept = m_store->keepRevision(*before, revisionKind, *me, nowMs); !kept)
        return kept.error();
    if (Done changed = change(*before, *me, nowMs); !changed)
        return changed.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    auto after = m_store->entry(entryId);
    if (after)
        emit entryChanged(*after);
    return after;
}

Result<Entry> IncidentSession::applyEdit(qint64 entryId, const EntryDraft &draft)
{
    const QString text = draft.text.trimmed();
    if (text.isEmpty())
        return Error::invalid(tr("An entry cannot be edited to nothing. To take it back, "
                                 "retract it with a reason."));
    if (isSystemKind(draft.kind))
        return Error::invalid(tr("An entry cannot be turned into a system entry."));
    return changeEntry(entryId, u"edit"_s, [&](const Entry &before, qint64, qint64 nowMs) -> Done {
        if (isSystemKind(before.kind))
            return Error::invalid(tr("Entries written by the application cannot be edited."));
        const QString actorName
            = draft.actor.simplified().isEmpty() ? before.actor : draft.actor.simplified();
        auto actor = m_store->personId(actorName, nowMs);
        if (!actor)
            return actor.error();
        const qint64 occurred
            = draft.occurredAt.isValid() ? toMs(draft.occurredAt) : toMs(before.occurredAt);
        return m_store->updateContent(entryId, draft.kind, *actor, occurred, text);
    });
}

Result<Entry> IncidentSession::applyPinned(qint64 entryId, bool pinned)
{
    return changeEntry(entryId, pinned ? u"pin"_s : u"unpin"_s,
                       [&](const Entry &, qint64, qint64) -> Done {
                           return m_store->updatePinned(entryId, pinned);
                       });
}

Result<Entry> IncidentSession::applyRetract(qint64 entryId, const QString &reason)
{
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error::invalid(tr("Say why the entry is retracted; the reason stays on the "
                                 "timeline for the review."));
    return changeEntry(entryId, u"retract"_s,
                       [&](const Entry &before, qint64 me, qint64 nowMs) -> Done {
                           if (isSystemKind(before.kind))
                               return Error::invalid(
                                   tr("Entries written by the application cannot be retracted."));
                           if (before.isRetracted())
                               return Error::invalid(tr("The entry is already retracted."));
                           return m_store->updateRetraction(entryId, nowMs, me, why);
                       });
}

Result<Entry> IncidentSession::applyRestore(qint64 entryId)
{
    return changeEntry(entryId, u"restore"_s, [&](const Entry &before, qint64 me, qint64) -> Done {
        if (!before.isRetracted())
            return Error::invalid(tr("The entry is not retracted."));
        return m_store->updateRetraction(entryId, std::nullopt, me, {});
    });
}

Result<Entry> IncidentSession::edit(qint64 entryId, const EntryDraft &draft)
{
    auto before = m_store->entry(entryId);
    if (!before)
        return before.error();
    auto after = applyEdit(entryId, draft);
    if (after)
        m_undoStack->push(new EditEntryCommand(this, *before, *after));
    return after;
}

Result<Entry> IncidentSession::setPinned(qint64 entryId, bool pinned)
{
    auto after = applyPinned(entryId, pinned);
    if (after)
        m_undoStack->push(new PinEntryCommand(this, *after));
    return after;
}

Result<Entry> IncidentSession::retract(qint64 entryId, const QString &reason)
{
    auto after = applyRetract(entryId, reason);
    if (after)
        m_undoStack->push(new RetractEntryCommand(this, *after));
    return after;
}

Result<QList<Entry>> IncidentSession::entries(qint64 incidentId, const TimelineFilter &filter)
{
    return m_reader->entries(incidentId, filter);
}

Result<QList<EntryKey>> IncidentSession::entryKeys(qint64 incidentId, const TimelineFilter &filter)
{
    return m_reader->keys(incidentId, filter);
}

Result<QList<qint64>> IncidentSession::textMatches(qint64 incidentId, const QString &text)
{
    return m_reader->textMatches(incidentId, text);
}

Result<QList<Entry>> IncidentSession::entriesByIds(const QList<qint64> &ids)
{
    return m_reader->entriesByIds(ids);
}

Result<Entry> IncidentSession::entry(qint64 entryId)
{
    return m_store->entry(entryId);
}

Result<QList<EntryRevision>> IncidentSession::revisions(qint64 entryId)
{
    return m_store->revisions(entryId);
}

QStringList IncidentSession::actors(qint64 incidentId)
{
    auto names = m_store->actors(incidentId);
    return names ? names.value() : QStringList();
}

bool IncidentSession::matches(const Entry &entry, const TimelineFilter &filter)
{
    if (!filter.kinds.isEmpty() && !filter.kinds.contains(entry.kind))
        return false;
    if (!filter.actor.isEmpty() && entry.actor.compare(filter.actor, Qt::CaseInsensitive) != 0)
        return false;
    if (!filter.includeRetracted && entry.isRetracted())
        return false;
    if (filter.text.trimmed().isEmpty())
        return true;
    auto found = m_store->matchesText(entry.id, filter.text);
    return found && found.value();
}

void IncidentSession::watchForExternalChanges(int intervalMs)
{
    if (!m_watchTimer) {
        m_watchTimer = new QTimer(this);
        connect(m_watchTimer, &QTimer::timeout, this, &IncidentSession::pollExternalChanges);
    }
    m_watchTimer->start(intervalMs);
}

void IncidentSession::pollExternalChanges()
{
    const qint64 version = m_database->dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    // Another process restored a backup (or upgraded the schema): ids may have gone
    // backwards, so announcing what is new since the last poll would be wrong.
    if (m_database->schemaCookie() != m_schemaCookie)
        return reloadAfterReplace();

    if (auto list = m_store->incidents()) {
        for (const Incident &fresh : list.value()) {
            const auto known = m_incidents.constFind(fresh.id);
            const bool isNew = known == m_incidents.constEnd();
            const bool changed
                = !isNew
                  && (known->title != fresh.title || known->severity != fresh.severity
                      || known->status != fresh.status || known->reached != fresh.reached
                      || known->detectedAt != fresh.detectedAt
                      || known->acknowledgedAt != fresh.acknowledgedAt);
            m_incidents.insert(fresh.id, fresh);
            if (isNew)
                emit incidentAdded(fresh);
            else if (changed)
                emit incidentChanged(fresh);
        }
    }
    if (auto added = m_store->entriesAfter(m_lastEntryId)) {
        for (const Entry &e : added.value()) {
            m_lastEntryId = std::max(m_lastEntryId, e.id);
            if (!m_ownEntryIds.remove(e.id))
                emit entryAdded(e);
        }
    }
    // Board tables are small: let their views reload rather than diffing them here.
    for (qint64 id : m_incidents.keys()) {
        emit boardChanged(id);
        emit updatesChanged(id);
    }
    qint64 maxRevision = m_lastRevisionId;
    if (auto revised = m_store->entriesRevisedAfter(m_lastRevisionId, &maxRevision)) {
        m_lastRevisionId = maxRevision;
        // Our own changes were announced already; announcing again only repaints the row.
        for (qint64 id : revised.value()) {
            if (auto e = m_store->entry(id))
                emit entryChanged(*e);
        }
    }
}

} // namespace bridge
