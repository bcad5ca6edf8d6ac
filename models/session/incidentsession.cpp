#include "incidentsession.h"

#include "clock.h"
#include "domain/timeparse.h"
#include "entrycommands.h"
#include "identity.h"
#include "storage/accessstore.h"
#include "storage/backup.h"
#include "storage/boardstore.h"
#include "storage/changefeed.h"
#include "storage/importmarker.h"
#include "storage/incidentstore.h"
#include "storage/reviewstore.h"
#include "storage/teamlinewriter.h"
#include "storage/timelinereader.h"
#include "storage/transaction.h"
#include "storage/updatestore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
// How long a writer waits for the lock when a long import is known to hold it.
constexpr int ImportWaitMs = 250;
} // namespace

Result<std::unique_ptr<IncidentSession>> IncidentSession::open(const QString &path,
                                                               Database::Location location,
                                                               const Clock *clock,
                                                               const QString &scribe)
{
    const QString me = scribe.simplified().isEmpty() ? resolveIdentityName({}) : scribe;
    if (me.simplified().isEmpty())
        return Error::invalid(tr("Nobody is named as the person using Incident Bridge. Set your "
                                 "name in Preferences, or pass --as NAME (or set "
                                 "INCIDENT_BRIDGE_USER) on the command line."));
    auto database = Database::open(path, location);
    if (!database)
        return database.error();
    // Half-written copies left by a killed backup or restore: gone at the next start.
    if (!database.value()->isTeam()) {
        const QFileInfo file(database.value()->path());
        removeStalePartials(defaultBackupFolder(file.absoluteFilePath()), u"incidents-"_s);
        removeStalePartials(file.absolutePath(), file.fileName());
    }
    auto session = std::make_unique<IncidentSession>(std::move(database).value(), clock, me);
    if (session->m_database->isTeam()) {
        // Lines typed here while the server was away go first, whoever opens it next.
        if (auto outbox = Outbox::open())
            session->m_outbox = std::move(outbox).value();
        (void)session->sendWaiting();
    }
    return session;
}

IncidentSession::IncidentSession(std::unique_ptr<Database> database, const Clock *clock,
                                 const QString &scribe, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_clock(clock)
    , m_scribe(scribe.simplified().isEmpty() ? resolveIdentityName({}) : scribe.simplified())
    , m_undoStack(new QUndoStack(this))
{

    if (!m_clock) {
        m_ownClock = std::make_unique<SystemClock>();
        m_clock = m_ownClock.get();
    }
    attachStores();
    readState();
}

// The stores prepare their statements on the connection: made again after a reconnect.
void IncidentSession::attachStores()
{
    const QSqlDatabase db = m_database->connection();
    m_feed.reset();
    m_access.reset();
    m_lineWriter.reset();
    m_reviews.reset();
    m_updates.reset();
    m_board.reset();
    m_reader.reset();
    m_store = std::make_unique<IncidentStore>(db);
    if (m_database->isTeam())
        m_lineWriter = std::make_unique<TeamLineWriter>(db);
    m_reader = TimelineReader::create(db, *m_store);
    m_board = std::make_unique<BoardStore>(db, *m_store);
    m_updates = std::make_unique<UpdateStore>(db, *m_store);
    m_reviews = std::make_unique<ReviewStore>(db, *m_store);
    m_feed = std::make_unique<ChangeFeed>(db);
    m_access = std::make_unique<AccessStore>(db);
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
    m_feedSeen = m_feed->last().ok() ? m_feed->last().value() : 0;
    m_ownChanges.clear();
}

void IncidentSession::reloadAfterReplace()
{
    m_undoStack->clear();
    // Every id may mean someone or something else now.
    m_store->forgetPeople();
    m_store->forgetSettledPeople();
    readState();
    emit databaseReplaced();
}

Done IncidentSession::beginWrite()
{
    auto tx = std::make_unique<WriteTransaction>(m_database->connection());
    // A long import elsewhere holds the lock for its whole length: try briefly and say so,
    // rather than freeze the window for the full timeout and blame "another program".
    const auto import
        = m_database->isTeam() ? std::nullopt : ImportMarker::running(m_database->path());
    if (import)
        m_database->setBusyTimeout(ImportWaitMs);
    auto begun = tx->begin();
    if (import)
        m_database->setBusyTimeout(Database::BusyTimeoutMs);
    if (!begun && import)
        return Error::storage(tr("Could not write: %1. Nothing was written; try again when it "
                                 "has ended.")
                                  .arg(ImportMarker::describe(*import)));
    if (!begun) {
        noticeLostConnection();
        return begun.error();
    }
    // No cached id outlives a transaction: names are read again inside this one.
    m_store->forgetPeople();
    auto start = m_feed->last();
    if (!start)
        return start.error();
    m_writeFeedStart = *start;
    m_afterCommit.clear();
    m_write = std::move(tx);
    return done();
}

Done IncidentSession::finishWrite(bool succeeded)
{
    const std::unique_ptr<WriteTransaction> tx = std::move(m_write);
    Done outcome = done();
    qint64 feedEnd = m_writeFeedStart;
    if (succeeded) {
        if (auto end = m_feed->last())
            feedEnd = *end;
        else
            outcome = end.error();
    }
    if (succeeded && outcome)
        outcome = tx->commit();
    if (!succeeded || !outcome) {
        tx->rollback();
        // Whatever the operation cached (people it created) is gone with the rollback.
        m_store->forgetPeople();
        noticeLostConnection();
        m_afterCommit.clear();
        return outcome;
    }
    m_store->settlePeople();
    noteOwnChanges(m_writeFeedStart, feedEnd);
    const auto publish = std::exchange(m_afterCommit, {});
    for (const auto &p : publish)
        p();
    if (std::exchange(m_pollWhenWritten, false))
        schedulePoll();
    return done();
}

// Our own changes were announced by the operation; the feed must not announce them again.
void IncidentSession::noteOwnChanges(qint64 feedBefore, qint64 feedAfter)
{
    if (feedAfter <= feedBefore)
        return;
    if (feedBefore == m_feedSeen)
        m_feedSeen = feedAfter;
    else
        m_ownChanges.append({feedBefore, feedAfter});
}

void IncidentSession::afterCommit(std::function<void()> publish)
{
    Q_ASSERT(m_write);
    m_afterCommit.append(std::move(publish));
}

IncidentSession::~IncidentSession() = default;

Done IncidentSession::setScribe(const QString &name, const QString &timeZone)
{
    const QString me = name.simplified();
    if (me.isEmpty())
        return Error::invalid(tr("Type your name: it is written beside everything you log."));
    if (!timeZone.isEmpty() && !QTimeZone(timeZone.toUtf8()).isValid())
        return Error::invalid(tr("\"%1\" is not a time zone. Use an IANA name such as "
                                 "Europe/Berlin.")
                                  .arg(timeZone));
    if (!timeZone.isEmpty()) {
        auto saved = write([&]() -> Done {
            auto id = m_store->personId(me, toMs(now()));
            if (!id)
                return id.error();
            return m_board->setPersonTimeZone(*id, timeZone);
        });
        if (!saved)
            return saved;
    }
    const bool changed = m_scribe != me;
    m_scribe = me;
    if (changed)
        emit scribeChanged(me);
    return done();
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

void IncidentSession::rememberIncident(const Incident &incident)
{
    const bool heardOf = m_incidents.contains(incident.id);
    m_incidents.insert(incident.id, incident);
    if (heardOf)
        emit incidentChanged(incident);
    else
        emit incidentAdded(incident);
}

Done IncidentSession::requireIncident(qint64 id)
{
    if (m_incidents.contains(id))
        return done();
    if (auto held = m_store->incident(id); !held) {
        noticeLostConnection();
        return held.error();
    }
    return done();
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

    return write([&]() -> Result<Incident> {
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
        auto created = m_store->incident(*id);
        if (!created)
            return created.error();
        afterCommit([this, created = *created, entry = *entry] {
            m_incidents.insert(created.id, created);
            emit incidentAdded(created);
            emit entryAdded(entry);
        });
        return created;
    });
}

template<typename Update>
Result<Incident> IncidentSession::changeIncident(qint64 incidentId, const QDateTime &at,
                                                 Update &&update)
{
    const QDateTime when = at.isValid() ? at.toUTC() : now();
    return write([&]() -> Result<Incident> {
        // The state the change is decided on is the one inside this transaction.
        auto current = m_store->incident(incidentId);
        if (!current)
            return current.error();
        // The update writes its row and returns the line for the timeline (none: no change).
        auto line = update(*current, when);
        if (!line)
            return line.error();
        if (line->isEmpty())
            return current;
        return recordIncidentChange(incidentId, *line, when);
    });
}

Result<Incident> IncidentSession::recordIncidentChange(qint64 incidentId, const QString &line,
                                                       const QDateTime &when)
{
    auto entry = writeSystemEntry(incidentId, line, when);
    if (!entry)
        return entry.error();
    auto changed = m_store->incident(incidentId);
    if (!changed)
        return changed.error();
    afterCommit([this, changed = *changed, entry = *entry] {
        rememberIncident(changed);
        emit entryAdded(entry);
    });
    return changed;
}

Result<Incident> IncidentSession::setStatus(qint64 incidentId, Status status, const QDateTime &at,
                                            OpenWork openWork)
{
    if (Done known = requireIncident(incidentId); !known)
        return known.error();
    const QDateTime when = at.isValid() ? at.toUTC() : now();
    auto changed
        = status == Status::Closed
              ? closeIncident(incidentId, when, openWork)
              : changeIncident(
                  incidentId, when,
                  [&](const Incident &before, const QDateTime &time) -> Result<QString> {
                      if (before.status == status)
                          return QString();
                      if (auto u = m_store->updateStatus(incidentId, status, toMs(time)); !u)
                          return u.error();
                      return tr("Status: %1 → %2")
                          .arg(statusDisplayName(before.status), statusDisplayName(status));
                  });
    // Closing is the moment the record is final: keep a checked copy. A failed backup never
    // undoes the close; it is reported.
    if (changed && status == Status::Closed && !m_database->isTeam()) {
        if (auto copy = backUp(BackupReason::IncidentClosed); !copy)
            emit operationFailed(copy.error().message);
    }
    return changed;
}

Result<Incident> IncidentSession::setSeverity(qint64 incidentId, Severity severity,
                                              const QDateTime &at)
{
    if (Done known = requireIncident(incidentId); !known)
        return known.error();
    return changeIncident(
        incidentId, at, [&](const Incident &before, const QDateTime &) -> Result<QString> {
            if (before.severity == severity)
                return QString();
            if (auto u = m_store->updateSeverity(incidentId, severity); !u)
                return u.error();
            return tr("Severity: %1 → %2").arg(severityKey(before.severity), severityKey(severity));
        });
}

Result<Incident> IncidentSession::setMilestone(qint64 incidentId, Milestone milestone,
                                               const QDateTime &at)
{
    if (Done known = requireIncident(incidentId); !known)
        return known.error();
    const QString column
        = milestone == Milestone::Detected ? u"detected_at"_s : u"acknowledged_at"_s;
    return changeIncident(
        incidentId, at, [&](const Incident &, const QDateTime &when) -> Result<QString> {
            if (auto u = m_store->updateMilestone(incidentId, column, toMs(when)); !u)
                return u.error();
            afterCommit([this, incidentId] { emit updatesChanged(incidentId); });
            return milestone == Milestone::Detected ? tr("Detected: the alert fired.")
                                                    : tr("Acknowledged: a responder is on it.");
        });
}

Result<Entry> IncidentSession::insertEntry(qint64 incidentId, const EntryDraft &draft,
                                           const QString &clientUid, const QString &scribeName,
                                           Actor actorKind)
{
    const qint64 nowMs = toMs(now());
    const QString actorName
        = draft.actor.simplified().isEmpty() ? m_scribe : draft.actor.simplified();
    auto actor = m_store->personId(actorName, nowMs);
    if (!actor)
        return actor.error();
    auto scribe = m_store->personId(scribeName.isEmpty() ? m_scribe : scribeName, nowMs);
    if (!scribe)
        return scribe.error();
    const qint64 occurred = draft.occurredAt.isValid() ? toMs(draft.occurredAt) : nowMs;
    // Whoever appears as the actor of a logged entry is on the bridge from that entry on.
    if (!isSystemKind(draft.kind) && actorKind == Actor::Person) {
        if (auto joined = ensureOnBridge(incidentId, *actor, occurred); !joined)
            return joined.error();
    }
    auto id = m_store->insertEntry({incidentId, draft.kind, *actor, *scribe, occurred, nowMs,
                                    draft.text, draft.pinned, clientUid});
    if (!id)
        return id.error();
    // A server stamps the row (its writer, and text it could not hold as given): read back.
    if (m_database->isTeam())
        return m_store->entry(*id);
    // The row as written, without reading it back: the names were read in this transaction.
    Entry written;
    written.id = *id;
    written.incidentId = incidentId;
    written.kind = draft.kind;
    written.actor = m_store->personName(*actor);
    written.scribe = m_store->personName(*scribe);
    written.occurredAt = fromMs(occurred);
    written.loggedAt = fromMs(nowMs);
    written.text = draft.text;
    written.pinned = draft.pinned;
    return written;
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
    if (Done known = requireIncident(incidentId); !known)
        return known.error();
    if (isSystemKind(draft.kind))
        return Error::invalid(tr("\"%1\" entries are written by the application; log an action, "
                                 "observation, expectation, assumption, decision or note.")
                                  .arg(kindKey(draft.kind)));
    EntryDraft cleaned = draft;
    cleaned.text = draft.text.trimmed();
    if (cleaned.text.isEmpty())
        return Error::invalid(tr("Type what happened first: an empty entry is not logged."));
    if (m_database->isTeam())
        return logOnTeam(incidentId, cleaned);

    return writeLoggedLine(incidentId, cleaned);
}

Result<Entry> IncidentSession::writeLoggedLine(qint64 incidentId, const EntryDraft &draft,
                                               const QString &clientUid)
{
    if (auto fast = writeSettledTeamLine(incidentId, draft, clientUid))
        return *fast;
    return write([&]() -> Result<Entry> {
        auto entry = insertEntry(incidentId, draft, clientUid);
        if (!entry)
            return entry.error();
        afterCommit([this, entry = *entry] {
            emit entryAdded(entry);
            m_undoStack->push(new LogEntryCommand(this, entry));
        });
        return entry;
    });
}

// A team line by people this session has already seen committed: one round trip
// (TeamLineWriter). Anyone new goes the ordinary road once, which settles them.
std::optional<Result<Entry>> IncidentSession::writeSettledTeamLine(qint64 incidentId,
                                                                   const EntryDraft &draft,
                                                                   const QString &clientUid)
{
    if (!m_lineWriter || m_write)
        return std::nullopt;
    const QString actorName
        = draft.actor.simplified().isEmpty() ? m_scribe : draft.actor.simplified();
    const auto actor = m_store->settledPerson(actorName);
    const auto scribe = m_store->settledPerson(m_scribe);
    if (!actor || !scribe)
        return std::nullopt;
    const qint64 nowMs = toMs(now());
    const IncidentStore::NewEntry line{incidentId,
                                       draft.kind,
                                       actor->id,
                                       scribe->id,
                                       draft.occurredAt.isValid() ? toMs(draft.occurredAt) : nowMs,
                                       nowMs,
                                       draft.text,
                                       draft.pinned,
                                       clientUid};
    auto written = m_lineWriter->write(line);
    if (!written) {
        noticeLostConnection();
        return Result<Entry>(written.error());
    }
    noteOwnChanges(written->feedBefore, written->feedAfter);
    Entry entry;
    entry.id = written->id;
    entry.incidentId = incidentId;
    entry.kind = draft.kind;
    entry.actor = actor->name;
    entry.scribe = scribe->name;
    entry.occurredAt = fromMs(line.occurredAtMs);
    entry.loggedAt = fromMs(nowMs);
    entry.text = written->text;
    entry.pinned = draft.pinned;
    entry.writtenBy = written->writtenBy;
    emit entryAdded(entry);
    m_undoStack->push(new LogEntryCommand(this, entry));
    if (std::exchange(m_pollWhenWritten, false))
        schedulePoll();
    return Result<Entry>(entry);
}

template<typename Change>
Result<Entry> IncidentSession::changeEntry(qint64 entryId, const QString &revisionKind,
                                           Change &&change)
{
    return write([&]() -> Result<Entry> {
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
        auto after = m_store->entry(entryId);
        if (!after)
            return after.error();
        afterCommit([this, after = *after] { emit entryChanged(after); });
        return after;
    });
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
    std::optional<Entry> before;
    auto after = write([&]() -> Result<Entry> {
        auto found = m_store->entry(entryId);
        if (!found)
            return found.error();
        before = *found;
        return applyEdit(entryId, draft);
    });
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

Result<QList<qint64>> IncidentSession::textMatchesAmong(qint64 incidentId, const QString &text,
                                                        const QList<qint64> &ids)
{
    return m_reader->textMatchesAmong(incidentId, text, ids);
}

qsizetype IncidentSession::searchSplit() const
{
    return m_reader->searchSplit();
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

NameMatch IncidentSession::matchPerson(qint64 incidentId, const QString &typed)
{
    if (typed.trimmed().isEmpty())
        return matchName({}, {}); // nobody typed: the scribe, with nothing to read
    QStringList known = incidentId > 0 ? people(incidentId) : QStringList();
    // Beyond this incident's people, an exact match with anyone in the file is still them.
    if (auto everyone = m_store->personNames()) {
        const QString key = foldName(typed);
        for (const QString &name : *everyone) {
            if (foldName(name) == key && !known.contains(name))
                known << name;
        }
        if (incidentId == 0)
            known = *everyone;
    }
    return matchName(typed, known);
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
    auto found = m_reader->matches(entry, filter.text);
    return found && found.value();
}

} // namespace bridge
