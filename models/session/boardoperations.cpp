// IncidentSession's board operations: roles, workstreams and the roster (handoffs are in
// handoffoperations.cpp). Same rules as the timeline: every operation runs through write().
#include "domain/timeparse.h"
#include "incidentsession.h"
#include "storage/boardstore.h"
#include "storage/incidentstore.h"
#include "storage/timelinereader.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace bridge {

Done IncidentSession::ensureOnBridge(qint64 incidentId, qint64 personId, qint64 atMs)
{
    // Read first: on nearly every line the actor is already on, and nothing is written.
    auto first = m_board->firstStint(incidentId, personId);
    if (!first)
        return first.error();
    if (*first)
        return (*first)->joinedMs > atMs ? m_board->moveStintStart((*first)->id, atMs) : done();
    auto inserted = m_board->insertStint(incidentId, personId, atMs, std::nullopt);
    if (!inserted)
        return inserted.error();
    return done();
}

QTimeZone IncidentSession::zoneOf(qint64 personId)
{
    const auto name = m_board->personTimeZone(personId);
    if (name && !name->isEmpty()) {
        const QTimeZone zone(name->toUtf8());
        if (zone.isValid())
            return zone;
    }
    return localZone();
}

Result<ResponderStint> IncidentSession::join(qint64 incidentId, const QString &person,
                                             const QDateTime &at, const QDateTime &pagedAt,
                                             const QString &timeZone)
{
    if (Done known = requireIncident(incidentId); !known)
        return known.error();
    const QString name = person.simplified();
    if (name.isEmpty())
        return Error::invalid(tr("Say who joins: a person's name."));
    if (!timeZone.isEmpty() && !QTimeZone(timeZone.toUtf8()).isValid())
        return Error::invalid(tr("\"%1\" is not a time zone. Use an IANA name such as "
                                 "Europe/Berlin or America/New_York.")
                                  .arg(timeZone));
    const QDateTime when = at.isValid() ? at.toUTC() : now();

    return write([&]() -> Result<ResponderStint> {
        auto personId = m_store->personId(name, toMs(now()));
        if (!personId)
            return personId.error();
        if (!timeZone.isEmpty()) {
            if (auto set = m_board->setPersonTimeZone(*personId, timeZone); !set)
                return set.error();
        }
        auto open = m_board->openStint(incidentId, *personId);
        if (!open)
            return open.error();
        if (!open->has_value()) {
            auto inserted = m_board->insertStint(incidentId, *personId, toMs(when),
                                                 pagedAt.isValid() ? std::optional(toMs(pagedAt))
                                                                   : std::nullopt);
            if (!inserted)
                return inserted.error();
        }
        afterCommit([this, incidentId] { emit boardChanged(incidentId); });
        return ResponderStint{incidentId, m_store->personName(*personId), when, {}, pagedAt};
    });
}

Done IncidentSession::leave(qint64 incidentId, const QString &person, const QDateTime &at)
{
    if (Done known = requireIncident(incidentId); !known)
        return known.error();
    const QDateTime when = at.isValid() ? at.toUTC() : now();
    return write([&]() -> Done {
        auto personId = m_store->findPerson(person.simplified());
        if (!personId)
            return personId.error();
        auto open = *personId ? m_board->openStint(incidentId, *personId)
                              : Result<std::optional<qint64>>(std::optional<qint64>());
        if (!open)
            return open.error();
        if (!open->has_value())
            return Error::invalid(tr("%1 is not on the bridge of incident %2.")
                                      .arg(person.simplified())
                                      .arg(incidentId));
        if (auto closed = m_board->closeStint(**open, toMs(when)); !closed)
            return closed.error();
        // Leaving the bridge ends the roles held on it.
        if (auto ended = m_board->closeAssignmentsOf(incidentId, *personId, toMs(when)); !ended)
            return ended.error();
        afterCommit([this, incidentId] { emit boardChanged(incidentId); });
        return done();
    });
}

Result<std::optional<Handoff>> IncidentSession::assignRole(qint64 incidentId, Role role,
                                                           const QString &person,
                                                           const QDateTime &at)
{
    if (Done known = requireIncident(incidentId); !known)
        return known.error();
    const QString name = person.simplified();
    if (name.isEmpty())
        return Error::invalid(tr("Say who takes the role: a person's name."));
    const QDateTime when = at.isValid() ? at.toUTC() : now();
    return write([&]() -> Result<std::optional<Handoff>> {
        // Who holds it is decided inside this transaction, and checked again by the INSERT.
        auto holders = m_board->currentHolders(incidentId, role);
        if (!holders)
            return holders.error();
        const QString key = foldName(name);
        for (const RoleAssignment &a : *holders) {
            if (foldName(a.person) == key)
                return std::optional<Handoff>(); // already holds it
        }
        if (isSingleHolder(role) && !holders->isEmpty()) {
            auto handoff = handOff(incidentId, {role, 0}, name, {}, when);
            if (!handoff)
                return handoff.error();
            return std::optional<Handoff>(*handoff);
        }
        auto personId = m_store->personId(name, toMs(now()));
        if (!personId)
            return personId.error();
        auto opened = m_board->openAssignment(incidentId, role, *personId, toMs(when));
        if (!opened)
            return opened.error();
        if (*opened == 0)
            return Error::conflict(tr("Someone else became %1 a moment ago; nothing was changed.")
                                       .arg(roleDisplayName(role).toLower()));
        if (auto joined = ensureOnBridge(incidentId, *personId, toMs(when)); !joined)
            return joined.error();
        const QString holder = m_store->personName(*personId);
        auto entry = writeSystemEntry(
            incidentId, tr("%1 is now %2.").arg(holder, roleDisplayName(role).toLower()), when,
            EntryKind::Handoff, holder);
        if (!entry)
            return entry.error();
        afterCommit([this, incidentId, entry = *entry] {
            emit entryAdded(entry);
            emit boardChanged(incidentId);
        });
        return std::optional<Handoff>();
    });
}

Done IncidentSession::saveHelpers(qint64 workstreamId, const QStringList &names, qint64 nowMs)
{
    QList<qint64> ids;
    for (const QString &helper : names) {
        if (helper.simplified().isEmpty())
            continue;
        auto id = m_store->personId(helper.simplified(), nowMs);
        if (!id)
            return id.error();
        ids << *id;
    }
    return m_board->setHelpers(workstreamId, ids);
}

Result<Workstream> IncidentSession::createWorkstream(qint64 incidentId,
                                                     const WorkstreamDraft &draft)
{
    if (Done known = requireIncident(incidentId); !known)
        return known.error();
    WorkstreamDraft d = draft;
    d.title = d.title.simplified();
    if (d.title.isEmpty())
        return Error::invalid(
            tr("A workstream needs a title, such as \"Fail back the database\"."));
    const qint64 nowMs = toMs(now());
    return write([&]() -> Result<Workstream> {
        std::optional<qint64> ownerId;
        if (!d.owner.simplified().isEmpty()) {
            auto id = m_store->personId(d.owner.simplified(), nowMs);
            if (!id)
                return id.error();
            ownerId = *id;
            if (auto joined = ensureOnBridge(incidentId, *id, nowMs); !joined)
                return joined.error();
        }
        auto id = m_board->insertWorkstream(incidentId, d, ownerId, nowMs);
        if (!id)
            return id.error();
        if (auto helpers = saveHelpers(*id, d.helpers, nowMs); !helpers)
            return helpers.error();
        afterCommit([this, incidentId] { emit boardChanged(incidentId); });
        return m_board->workstream(*id);
    });
}

Result<Workstream> IncidentSession::updateWorkstream(qint64 workstreamId,
                                                     const WorkstreamDraft &draft)
{
    WorkstreamDraft d = draft;
    d.title = d.title.simplified();
    if (d.title.isEmpty())
        return Error::invalid(tr("A workstream needs a title."));
    const qint64 nowMs = toMs(now());
    return write([&]() -> Result<Workstream> {
        // The state the change is compared with is the one inside this transaction.
        auto before = m_board->workstream(workstreamId);
        if (!before)
            return before.error();
        if (auto updated = m_board->updateWorkstream(workstreamId, d, nowMs); !updated)
            return updated.error();
        if (auto helpers = saveHelpers(workstreamId, d.helpers, nowMs); !helpers)
            return helpers.error();
        const qint64 incidentId = before->incidentId;
        if (d.state != before->state) {
            auto entry
                = writeSystemEntry(incidentId,
                                   tr("Workstream \"%1\": %2 → %3")
                                       .arg(d.title, workstreamStateDisplayName(before->state),
                                            workstreamStateDisplayName(d.state)),
                                   now(), EntryKind::StatusChange);
            if (!entry)
                return entry.error();
            afterCommit([this, entry = *entry] { emit entryAdded(entry); });
        }
        afterCommit([this, incidentId] { emit boardChanged(incidentId); });
        return m_board->workstream(workstreamId);
    });
}

Result<QList<RoleAssignment>> IncidentSession::roles(qint64 incidentId)
{
    return m_board->roles(incidentId);
}

QString IncidentSession::currentHolder(qint64 incidentId, Role role)
{
    auto holders = m_board->currentHolders(incidentId, role);
    return holders && !holders->isEmpty() ? holders->first().person : QString();
}

Result<QList<Workstream>> IncidentSession::workstreams(qint64 incidentId)
{
    return m_board->workstreams(incidentId);
}

Result<QList<Handoff>> IncidentSession::handoffs(qint64 incidentId)
{
    return m_board->handoffs(incidentId);
}

Result<QList<ResponderFigures>> IncidentSession::responders(qint64 incidentId)
{
    return read([&]() -> Result<QList<ResponderFigures>> {
        auto found = m_store->incident(incidentId);
        if (!found)
            return found.error();
        return readResponders(*found);
    });
}

Result<QList<ResponderFigures>> IncidentSession::readResponders(const Incident &incident)
{
    auto here = m_board->stints(incident.id);
    if (!here)
        return here.error();
    QStringList names;
    for (const ResponderStint &s : *here) {
        if (!names.contains(s.person))
            names << s.person;
    }
    const SleepWindow window = sleepWindow();
    // Once resolved, time on the bridge and fatigue stop at the resolution.
    const QDateTime moment = incident.liveAt(now());
    QList<ResponderFigures> figures;
    for (const QString &name : std::as_const(names)) {
        auto id = m_store->findPerson(name);
        if (!id)
            return id.error();
        auto all = m_board->stintsOf(*id);
        if (!all)
            return all.error();
        figures << responderFigures(name, incident.id, *all, zoneOf(*id), window, moment);
    }
    return figures;
}

QStringList IncidentSession::people(qint64 incidentId)
{
    QStringList names = actors(incidentId);
    if (auto here = m_board->stints(incidentId)) {
        for (const ResponderStint &s : *here) {
            if (!names.contains(s.person, Qt::CaseInsensitive))
                names << s.person;
        }
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

SleepWindow IncidentSession::sleepWindow()
{
    SleepWindow w;
    const QTime start = QTime::fromString(m_board->setting(u"sleep_start"_s, {}), u"HH:mm"_s);
    const QTime end = QTime::fromString(m_board->setting(u"sleep_end"_s, {}), u"HH:mm"_s);
    if (start.isValid())
        w.start = start;
    if (end.isValid())
        w.end = end;
    return w;
}

Done IncidentSession::setSleepWindow(const SleepWindow &window)
{
    if (!window.start.isValid() || !window.end.isValid() || window.start == window.end)
        return Error::invalid(
            tr("Sleeping hours need a start and an end, such as 23:00 to 08:00."));
    return write([&]() -> Done {
        if (auto s = m_board->setSetting(u"sleep_start"_s, window.start.toString(u"HH:mm"_s)); !s)
            return s.error();
        if (auto e = m_board->setSetting(u"sleep_end"_s, window.end.toString(u"HH:mm"_s)); !e)
            return e.error();
        afterCommit([this] {
            for (qint64 id : m_incidents.keys())
                emit boardChanged(id);
        });
        return done();
    });
}

} // namespace bridge
