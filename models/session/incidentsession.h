#pragma once

#include "domain/access.h"
#include "domain/board.h"
#include "domain/cadence.h"
#include "domain/entry.h"
#include "domain/fatigue.h"
#include "domain/incident.h"
#include "domain/incidentrecord.h"
#include "domain/localzone.h"
#include "domain/names.h"
#include "domain/result.h"
#include "domain/statusview.h"
#include "report/updatedraft.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/transaction.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QTimer;
class QUndoStack;

namespace bridge {

class AccessStore;
class BoardStore;
class ChangeFeed;
class EntryCommand;
class ReviewStore;
class UpdateStore;
class TeamLineWriter;
class Clock;
class IncidentStore;
class TimelineReader;

// The one place that changes an incident. Every operation runs through write(): one write
// transaction holding the operation's checks and its writes; signals and caches change only
// after the commit, so anything that shows them shows saved data, and a rollback leaves
// nothing changed. Writes by other processes come back through the same signals, read from
// the commit-ordered change feed.
class IncidentSession : public QObject
{
    Q_OBJECT
public:
    // Opens the database and a session over it. clock may be null (system clock). scribe is
    // the person using this copy of the app; empty: resolveIdentityName() (identity.h).
    static Result<std::unique_ptr<IncidentSession>> open(const QString &path,
                                                         Database::Location location,
                                                         const Clock *clock = nullptr,
                                                         const QString &scribe = {});
    IncidentSession(std::unique_ptr<Database> database, const Clock *clock, const QString &scribe,
                    QObject *parent = nullptr);
    ~IncidentSession() override;

    QString scribe() const { return m_scribe; }
    // The person using this copy changed their name or zone (Preferences): what they log from
    // now on is theirs; their zone is kept on their person for the workload figures.
    Done setScribe(const QString &name, const QString &timeZone = {});
    QDateTime now() const;
    Database &database() { return *m_database; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QList<Incident> incidents() const;
    std::optional<Incident> incident(qint64 id) const;
    Result<Incident> createIncident(const NewIncident &request);
    // What closing does with workstreams still open and handoffs still waiting.
    enum class OpenWork {
        Refuse, // Close only when nothing is open; else Error::Code::Decision names what is
        Close,  // open workstreams become done and waiting handoffs are withdrawn
        Keep,   // left as they stand; nothing on a closed incident is overdue
    };
    Result<Incident> setStatus(qint64 incidentId, Status status, const QDateTime &at = {},
                               OpenWork openWork = OpenWork::Refuse);
    // What is still open on an incident: workstreams not done, handoffs not acknowledged.
    struct OpenWorkCount
    {
        int workstreams = 0;
        int handoffs = 0;
        bool isEmpty() const { return workstreams == 0 && handoffs == 0; }
    };
    Result<OpenWorkCount> openWork(qint64 incidentId);
    Result<Incident> setSeverity(qint64 incidentId, Severity severity, const QDateTime &at = {});

    // The scribe's operations; each can be undone through undoStack(). Text is stored as typed
    // (markup, control characters and all) apart from white space around it; names and
    // titles also fold runs of white space into one space.
    Result<Entry> log(qint64 incidentId, const EntryDraft &draft);
    Result<Entry> edit(qint64 entryId, const EntryDraft &draft);
    Result<Entry> setPinned(qint64 entryId, bool pinned);
    Result<Entry> retract(qint64 entryId, const QString &reason);

    Result<QList<Entry>> entries(qint64 incidentId, const TimelineFilter &filter = {});
    // A big timeline read in two steps: the keys of what the filter's kinds, actor and
    // retraction let through, the ids its text matches, then rows a screenful at a time.
    Result<QList<EntryKey>> entryKeys(qint64 incidentId, const TimelineFilter &filter);
    Result<QList<qint64>> textMatches(qint64 incidentId, const QString &text);
    // The same search over a few given entries (ids ascending): a broad word's newest rows.
    Result<QList<qint64>> textMatchesAmong(qint64 incidentId, const QString &text,
                                           const QList<qint64> &ids);
    // How many matches make the timeline show a search's newest first (TimelineReader).
    qsizetype searchSplit() const;
    Result<QList<Entry>> entriesByIds(const QList<qint64> &ids);
    // The whole incident as it stands now.
    Result<IncidentRecord> record(qint64 incidentId);
    Result<Entry> entry(qint64 entryId);
    // The person a typed name means, among the people on this incident (or everyone when
    // incidentId is 0): see matchName().
    NameMatch matchPerson(qint64 incidentId, const QString &typed);
    Result<QList<EntryRevision>> revisions(qint64 entryId);
    QStringList actors(qint64 incidentId);
    // Whether an entry that just arrived belongs in a filtered timeline.
    bool matches(const Entry &entry, const TimelineFilter &filter);

    // The board: roles, workstreams, handoffs and responders (boardoperations.cpp).
    // Joining twice is harmless; a time zone is an IANA name such as Europe/Berlin.
    Result<ResponderStint> join(qint64 incidentId, const QString &person, const QDateTime &at = {},
                                const QDateTime &pagedAt = {}, const QString &timeZone = {});
    Done leave(qint64 incidentId, const QString &person, const QDateTime &at = {});
    // Giving a single-holder role that someone else holds (or has been offered) is a handoff,
    // returned here; the holder keeps it until the receiver acknowledges.
    Result<std::optional<Handoff>> assignRole(qint64 incidentId, Role role, const QString &person,
                                              const QDateTime &at = {});
    Result<Workstream> createWorkstream(qint64 incidentId, const WorkstreamDraft &draft);
    Result<Workstream> updateWorkstream(qint64 workstreamId, const WorkstreamDraft &draft);
    struct HandoffSubject
    {
        std::optional<Role> role;
        qint64 workstreamId = 0;
    };
    Result<Handoff> handOff(qint64 incidentId, const HandoffSubject &subject, const QString &to,
                            const HandoffContext &context, const QDateTime &at = {});
    // The receiver takes over now. by: who pressed Acknowledge (default: this app's person);
    // when that is not the receiver, the record says so.
    Result<Handoff> acknowledgeHandoff(qint64 handoffId, const QDateTime &at = {},
                                       const QString &by = {});

    Result<QList<RoleAssignment>> roles(qint64 incidentId);
    QString currentHolder(qint64 incidentId, Role role);
    Result<QList<Workstream>> workstreams(qint64 incidentId);
    Result<QList<Handoff>> handoffs(qint64 incidentId);
    Result<QList<ResponderFigures>> responders(qint64 incidentId);
    // Everyone who is or was on this bridge or appears on its timeline, for completers.
    QStringList people(qint64 incidentId);
    SleepWindow sleepWindow();
    Done setSleepWindow(const SleepWindow &window);

    // Updates and SLA (updateoperations.cpp).
    enum class Milestone { Detected, Acknowledged };
    Result<Incident> setMilestone(qint64 incidentId, Milestone milestone, const QDateTime &at = {});
    Result<UpdatePolicy> policy(Severity severity);
    Result<QList<UpdatePolicy>> policies();
    Done setPolicy(const UpdatePolicy &policy);
    Result<QList<StatusUpdate>> updates(qint64 incidentId);
    // Records an update as sent, writes it on the timeline and restarts the cadence.
    Result<StatusUpdate> markSent(qint64 incidentId, Audience audience, const QString &text,
                                  const QDateTime &at = {});
    Result<SlaFigures> sla(qint64 incidentId);
    // A prefilled draft for one audience, times shown in zone.
    Result<DraftedUpdate> draftUpdate(qint64 incidentId, Audience audience,
                                      const QTimeZone &zone = localZone());

    // A checked copy of the whole database in the backups folder beside it; also taken
    // automatically when an incident is closed. Returns the copy's path.
    Result<QString> backUp(BackupReason reason = BackupReason::OnDemand,
                           const QString &spareFromRotation = {});
    // Replaces everything with a backup's contents, after taking a copy of the database as it
    // is now (returned, so the user can come back to it). Undo history is cleared: it speaks
    // of entries the restored copy may not have.
    Result<QString> restoreBackup(const QString &backupPath);

    // What `serve` needs (accessoperations.cpp). A token is printed once, when made: only its
    // digest is kept. Names are unique among live tokens.
    Result<QString> createToken(const QString &name, TokenScope scope);
    Result<QList<AccessToken>> tokens();
    Done revokeToken(const QString &name);
    // The live token this secret is, if any.
    Result<std::optional<AccessToken>> tokenFor(const QString &secret);
    // One alert delivery: opens an incident (a firing alert no open incident carries), or
    // attaches to the open one that carries its group key or a fingerprint, and logs it as an
    // observation by its source. A delivery taken before writes nothing; a resolved alert
    // never closes anything. All in one write.
    Result<AlertOutcome> receiveAlert(const AlertNotice &notice);
    // Leaders' view (statusoperations.cpp): one incident, or every open one and those ended
    // since closedSince, each from one read transaction.
    Result<IncidentStatus> incidentStatus(qint64 incidentId);
    Result<QList<IncidentStatus>> statusBoard(const QDateTime &closedSince);
    // Alert labels' words for severity ("critical") → severity; words not in it are SEV3.
    Result<QHash<QString, Severity>> alertSeverityMap();
    Done setAlertSeverity(const QString &label, Severity severity);

    // Reads an export back as a new incident, all or nothing (importoperations.cpp).
    Result<qint64> importIncident(const QByteArray &json);

    // The blameless review (reviewoperations.cpp). Saving replaces it as a whole.
    Result<Review> review(qint64 incidentId);
    Done saveReview(qint64 incidentId, const Review &review);

    // Shows what another process or another person wrote (externalchanges.cpp): on a file by
    // polling PRAGMA data_version, on a team server when it announces a commit. Tests call
    // pollExternalChanges() directly instead of waiting on the timer.
    void watchForExternalChanges(int intervalMs = 500);
    void pollExternalChanges();

    // A team server that dropped the connection (teamconnection.cpp): every operation fails,
    // saying so, and the session connects again on its own, backing off, then catches up
    // from the change feed. Always reachable on a file.
    bool reachable() const { return !m_unreachableSince.isValid(); }
    QDateTime unreachableSince() const { return m_unreachableSince; }
    // Tries at once instead of at the next backoff step (the window's "Try Now").
    void reconnectNow();
    // Timeline lines typed while the team server was away wait in this machine's outbox
    // (outboxoperations.cpp); they are sent, in order and once each, when it is back (and
    // when a session opens). Returns how many were sent.
    Result<int> sendWaiting();
    Result<QList<QueuedLine>> waitingLines();
    // A timeline line for a team database that could not be reached at all (`log --queue`):
    // straight into this machine's outbox, sent by the next session that reaches it. Nothing
    // about the incident can be checked now; a line the server refuses is kept, with why.
    static Result<QueuedLine> keepForLater(const QString &database, qint64 incidentId,
                                           const EntryDraft &draft, const QString &scribe);

    // Who has Incident Bridge connected to the team database now: each database role, with
    // how many windows and commands it has open. Empty on a file.
    Result<QList<QPair<QString, int>>> connectedNow();

signals:
    void incidentAdded(const bridge::Incident &incident);
    void incidentChanged(const bridge::Incident &incident);
    void entryAdded(const bridge::Entry &entry);
    void entryChanged(const bridge::Entry &entry);
    // Roles, workstreams, handoffs or responders of an incident changed.
    void boardChanged(qint64 incidentId);
    // An update was sent, or the policy or SLA milestones changed.
    void updatesChanged(qint64 incidentId);
    void reviewChanged(qint64 incidentId);
    // Every incident may have changed at once: a backup was restored, here or by another
    // process. Views reload whatever they show.
    void databaseReplaced();
    // An undo or redo could not be saved; the message says why.
    void operationFailed(const QString &message);
    // The person using this copy of the app is now someone else (Preferences).
    void scribeChanged(const QString &name);
    // The team server went away, or is back (see reachable()).
    void reachabilityChanged(bool reachable);
    // Lines kept in the outbox for this team database: how many wait now.
    void outboxChanged(int waiting);

private:
    friend class EntryCommand; // undo and redo apply changes without a new undo step
    Result<Entry> applyEdit(qint64 entryId, const EntryDraft &draft);
    Result<Entry> applyPinned(qint64 entryId, bool pinned);
    Result<Entry> applyRetract(qint64 entryId, const QString &reason);
    Result<Entry> applyRestore(qint64 entryId);

    // Runs one operation in one write transaction: begin, the operation's checks and writes,
    // commit, then whatever afterCommit() queued. On failure everything rolls back and no
    // queued signal or cache change runs. Nested calls join the outer transaction.
    template<typename Operation>
    auto write(Operation &&operation) -> decltype(operation());
    Done beginWrite();
    Done finishWrite(bool succeeded);
    void afterCommit(std::function<void()> publish);
    // Reads of several tables that must agree run inside one of these (see ReadTransaction).
    template<typename Reads>
    auto read(Reads &&reads) -> decltype(reads());
    // That the record holds this incident. The cache knows every incident this session has
    // heard of; one another responder opened a moment ago may not have reached it through the
    // feed yet, so a miss asks the database.
    Done requireIncident(qint64 id);
    // Into the cache, announced as new or as changed by whether this session knew it.
    void rememberIncident(const Incident &incident);

    BackupRequest backupRequest(const QString &databasePath, BackupReason reason,
                                const QString &spareFromRotation) const;
    Result<Incident> closeIncident(qint64 incidentId, const QDateTime &when, OpenWork openWork);
    // Writes an incident change's timeline line and publishes both after the commit.
    Result<Incident> recordIncidentChange(qint64 incidentId, const QString &line,
                                          const QDateTime &when);
    // clientUid: a team line's own id (see Outbox); scribeName: who typed it, when not now.
    // A machine's line (an alert's) does not put its actor on the bridge as a responder.
    enum class Actor { Person, Machine };
    Result<Entry> insertEntry(qint64 incidentId, const EntryDraft &draft,
                              const QString &clientUid = {}, const QString &scribeName = {},
                              Actor actorKind = Actor::Person);
    Result<Entry> logOnTeam(qint64 incidentId, const EntryDraft &draft);
    // One logged line in its own write, announced and undoable once committed.
    Result<Entry> writeLoggedLine(qint64 incidentId, const EntryDraft &draft,
                                  const QString &clientUid = {});
    // Its one-round-trip form on a team server, when both people are settled; else nullopt.
    std::optional<Result<Entry>> writeSettledTeamLine(qint64 incidentId, const EntryDraft &draft,
                                                      const QString &clientUid);
    // The feed numbers a commit of ours made, so the feed does not announce them again.
    void noteOwnChanges(qint64 feedBefore, qint64 feedAfter);
    Result<Entry> writeSystemEntry(qint64 incidentId, const QString &text, const QDateTime &at,
                                   EntryKind kind = EntryKind::StatusChange,
                                   const QString &actor = {});
    Done ensureOnBridge(qint64 incidentId, qint64 personId, qint64 atMs);
    // Resolves the helpers' names (creating people as needed) and replaces the workstream's.
    Done saveHelpers(qint64 workstreamId, const QStringList &names, qint64 nowMs);
    Result<std::pair<Handoff, Entry>> writeHandoff(qint64 incidentId, const HandoffSubject &subject,
                                                   const QString &to, const HandoffContext &context,
                                                   const QDateTime &when);
    QTimeZone zoneOf(qint64 personId);
    void readState();
    void reloadAfterReplace();
    void schedulePoll();
    void attachStores();
    // Called after any failure: a lost team connection is announced and retried.
    void noticeLostConnection();
    void tryReconnect();
    Result<IncidentRecord> readRecord(const Incident &incident);
    Result<QList<ResponderFigures>> readResponders(const Incident &incident);
    Result<IncidentStatus> readStatus(const Incident &incident);
    template<typename Change>
    Result<Entry> changeEntry(qint64 entryId, const QString &revisionKind, Change &&change);
    template<typename Update>
    Result<Incident> changeIncident(qint64 incidentId, const QDateTime &at, Update &&update);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<IncidentStore> m_store;
    std::unique_ptr<TimelineReader> m_reader;
    std::unique_ptr<BoardStore> m_board;
    std::unique_ptr<UpdateStore> m_updates;
    std::unique_ptr<ReviewStore> m_reviews;
    std::unique_ptr<AccessStore> m_access;
    std::unique_ptr<TeamLineWriter> m_lineWriter; // team only
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    QString m_scribe;
    QUndoStack *m_undoStack;
    QTimer *m_watchTimer = nullptr;
    bool m_listening = false;          // subscribed to the team server's change notifications
    bool m_pollQueued = false;         // a poll is queued for the event loop
    bool m_pollWhenWritten = false;    // a notification came during our write
    bool m_hearsNotifications = false; // connected to the driver's notification signal
    int m_watchIntervalMs = 0;
    QTimer *m_connectionCheck = nullptr; // libpq's own view of the socket, no traffic
    QTimer *m_reconnectTimer = nullptr;
    int m_reconnectDelayMs = 0;
    QDateTime m_unreachableSince;
    std::unique_ptr<Outbox> m_outbox; // on a team database

    QHash<qint64, Incident> m_incidents;
    qint64 m_dataVersion = 0;
    qint64 m_schemaCookie = 0;
    // The change feed: everything up to m_feedSeen has been announced; the ranges are our own
    // commits above it, announced when they were made.
    qint64 m_feedSeen = 0;
    QList<std::pair<qint64, qint64>> m_ownChanges; // (first, last] seq of a commit of ours

    // The write under way: its transaction, the feed position at its start, what to publish.
    std::unique_ptr<WriteTransaction> m_write;
    qint64 m_writeFeedStart = 0;
    QList<std::function<void()>> m_afterCommit;
};

template<typename Operation>
auto IncidentSession::write(Operation &&operation) -> decltype(operation())
{
    if (m_write)
        return operation();
    if (auto begun = beginWrite(); !begun)
        return begun.error();
    auto result = operation();
    if (auto finished = finishWrite(result.ok()); !finished)
        return finished.error();
    return result;
}

template<typename Reads>
auto IncidentSession::read(Reads &&reads) -> decltype(reads())
{
    ReadTransaction snapshot(m_database->connection());
    if (auto begun = snapshot.begin(); !begun) {
        noticeLostConnection();
        return begun.error();
    }
    auto result = reads();
    if (!result.ok())
        noticeLostConnection();
    return result;
}

} // namespace bridge
