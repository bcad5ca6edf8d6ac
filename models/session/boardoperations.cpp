// IncidentSession's board operations: roles, workstreams, handoffs and the roster.
// Same rules as the timeline: one write transaction per operation, signals after commit.
#include "domain/timeparse.h"
#include "incidentsession.h"
#include "storage/boardstore.h"
#include "storage/incidentstore.h"
#include "storage/timelinereader.h"
#include "storage/transaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
QString contextText(const HandoffContext &c)
{
    QStringList parts;
    const std::pair<const char *, QString> fields[] = {
        {QT_TRANSLATE_NOOP("bridge::IncidentSession", "Done so far"), c.doneSoFar},
        {QT_TRANSLATE_NOOP("bridge::IncidentSession", "In flight"), c.inFlight},
        {QT_TRANSLATE_NOOP("bridge::IncidentSession", "Next steps"), c.nextSteps},
        {QT_TRANSLATE_NOOP("bridge::IncidentSession", "Open assumptions"), c.openAssumptions},
        {QT_TRANSLATE_NOOP("bridge::IncidentSession", "Risks"), c.risks},
        {QT_TRANSLATE_NOOP("bridge::IncidentSession", "Note"), c.note},
    };
    for (const auto &[label, text] : fields) {
        if (!text.trimmed().isEmpty())
            parts << u"%1: %2"_s.arg(QCoreApplication::translate("bridge::IncidentSession", label),
                                     text.trimmed());
    }
    return parts.join(u"\n"_s);
}
} // namespace

Done IncidentSession::ensureOnBridge(qint64 incidentId, qint64 personId, qint64 atMs)
{
    auto known = m_board->hasStint(incidentId, personId);
    if (!known)
        return known.error();
    if (*known)
        return m_board->extendStintBack(incidentId, personId, atMs);
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
    return QTimeZone::systemTimeZone();
}

Result<ResponderStint> IncidentSession::join(qint64 incidentId, const QString &person,
                                             const QDateTime &at, const QDateTime &pagedAt,
                                             const QString &timeZone)
{
    if (!incident(incidentId))
        return Error::notFound(tr("There is no incident %1.").arg(incidentId));
    const QString name = person.simplified();
    if (name.isEmpty())
        return Error::invalid(tr("Say who joins: a person's name."));
    if (!timeZone.isEmpty() && !QTimeZone(timeZone.toUtf8()).isValid())
        return Error::invalid(tr("\"%1\" is not a time zone. Use an IANA name such as "
                                 "Europe/Berlin or America/New_York.")
                                  .arg(timeZone));
    const QDateTime when = at.isValid() ? at.toUTC() : now();

    WriteTransaction tx(m_database->connection());
    if (auto begun = tx.begin(); !begun)
        return begun.error();
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
        auto inserted
            = m_board->insertStint(incidentId, *personId, toMs(when),
                                   pagedAt.isValid() ? std::optional(toMs(pagedAt)) : std::nullopt);
        if (!inserted)
            return inserted.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    emit boardChanged(incidentId);
    return ResponderStint{incidentId, name, when, {}, pagedAt};
}

Done IncidentSession::leave(qint64 incidentId, const QString &person, const QDateTime &at)
{
    if (!incident(incidentId))
        return Error::notFound(tr("There is no incident %1.").arg(incidentId));
    const QDateTime when = at.isValid() ? at.toUTC() : now();
    WriteTransaction tx(m_database->connection());
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto personId = m_store->personId(person.simplified(), toMs(now()));
    if (!personId)
        return personId.error();
    auto open = m_board->openStint(incidentId, *personId);
    if (!open)
        return open.error();
    if (!open->has_value())
        return Error::invalid(
            tr("%1 is not on the bridge of incident %2.").arg(person.simplified()).arg(incidentId));
    if (auto closed = m_board->closeStint(**open, toMs(when)); !closed)
        return closed.error();
    // Leaving the bridge ends the roles held on it.
    if (auto ended = m_board->closeAssignmentsOf(incidentId, *personId, toMs(when)); !ended)
        return ended.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    emit boardChanged(incidentId);
    return done();
}

Result<std::optional<Handoff>> IncidentSession::assignRole(qint64 incidentId, Role role,
                                                           const QString &person,
                                                           const QDateTime &at)
{
    if (!incident(incidentId))
        return Error::notFound(tr("There is no incident %1.").arg(incidentId));
    const QString name = person.simplified();
    if (name.isEmpty())
        return Error::invalid(tr("Say who takes the role: a person's name."));
    auto holders = m_board->currentHolders(incidentId, role);
    if (!holders)
        return holders.error();
    for (const RoleAssignment &a : *holders) {
        if (a.person.compare(name, Qt::CaseInsensitive) == 0)
            return std::optional<Handoff>(); // already holds it
    }
    if (isSingleHolder(role) && !holders->isEmpty()) {
        auto handoff = handOff(incidentId, {role, 0}, name, {}, at);
        if (!handoff)
            return handoff.error();
        return std::optional<Handoff>(*handoff);
    }
    const QDateTime when = at.isValid() ? at.toUTC() : now();
    WriteTransaction tx(m_database->connection());
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto personId = m_store->personId(name, toMs(now()));
    if (!personId)
        return personId.error();
    if (auto opened = m_board->openAssignment(incidentId, role, *personId, toMs(when)); !opened)
        return opened.error();
    if (auto joined = ensureOnBridge(incidentId, *personId, toMs(when)); !joined)
        return joined.error();
    auto entry = writeSystemEntry(incidentId,
                                  tr("%1 is now %2.").arg(name, roleDisplayName(role).toLower()),
                                  when, EntryKind::Handoff, name);
    if (!entry)
        return entry.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    emit entryAdded(*entry);
    emit boardChanged(incidentId);
    return std::optional<Handoff>();
}

Result<Workstream> IncidentSession::createWorkstream(qint64 incidentId,
                                                     const WorkstreamDraft &draft)
{
    if (!incident(incidentId))
        return Error::notFound(tr("There is no incident %1.").arg(incidentId));
    WorkstreamDraft d = draft;
    d.title = d.title.simplified();
    if (d.title.isEmpty())
        return Error::invalid(
            tr("A workstream needs a title, such as \"Fail back the database\"."));
    const qint64 nowMs = toMs(now());
    WriteTransaction tx(m_database->connection());
    if (auto begun = tx.begin(); !begun)
        return begun.error();
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
    QList<qint64> helperIds;
    for (const QString &helper : std::as_const(d.helpers)) {
        auto hid = m_store->personId(helper.simplified(), nowMs);
        if (!hid)
            return hid.error();
        helperIds << *hid;
    }
    if (auto helpers = m_board->setHelpers(*id, helperIds); !helpers)
        return helpers.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    emit boardChanged(incidentId);
    return m_board->workstream(*id);
}

Result<Workstream> IncidentSession::updateWorkstream(qint64 workstreamId,
                                                     const WorkstreamDraft &draft)
{
    auto before = m_board->workstream(workstreamId);
    if (!before)
        return before.error();
    WorkstreamDraft d = draft;
    d.title = d.title.simplified();
    if (d.title.isEmpty())
        return Error::invalid(tr("A workstream needs a title."));
    const qint64 nowMs = toMs(now());
    WriteTransaction tx(m_database->connection());
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto updated = m_board->updateWorkstream(workstreamId, d, nowMs); !updated)
        return updated.error();
    QList<qint64> helperIds;
    for (const QString &helper : std::as_const(d.helpers)) {
        if (helper.simplified().isEmpty())
            continue;
        auto hid = m_store->personId(helper.simplified(), nowMs);
        if (!hid)
            return hid.error();
        helperIds << *hid;
    }
    if (auto helpers = m_board->setHelpers(workstreamId, helperIds); !helpers)
        return helpers.error();
    if (d.state != before->state) {
        auto entry = writeSystemEntry(before->incidentId,
                                      tr("Workstream \"%1\": %2 → %3")
                                          .arg(d.title, workstreamStateDisplayName(before->state),
                                               workstreamStateDisplayName(d.state)),
                                      now(), EntryKind::StatusChange);
        if (!entry)
            return entry.error();
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        emit entryAdded(*entry);
    } else if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    emit boardChanged(before->incidentId);
    return m_board->workstream(workstreamId);
}

Result<Handoff> IncidentSession::handOff(qint64 incidentId, const HandoffSubject &subject,
                                         const QString &to, const HandoffContext &context,
                                         const QDateTime &at)
{
    if (!incident(incidentId))
        return Error::notFound(tr("There is no incident %1.").arg(incidentId));
    WriteTransaction tx(m_database->connection());
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto handoff
        = writeHandoff(incidentId, subject, to, context, at.isValid() ? at.toUTC() : now());
    if (!handoff)
        return handoff.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    emit entryAdded(handoff->second);
    emit boardChanged(incidentId);
    return handoff->first;
}

Result<std::pair<Handoff, Entry>>
IncidentSession::writeHandoff(qint64 incidentId, const HandoffSubject &subject, const QString &to,
                              const HandoffContext &context, const QDateTime &when)
{
    const QString receiver = to.simplified();
    if (receiver.isEmpty())
        return Error::invalid(tr("Say who takes over: a person's name."));
    const qint64 nowMs = toMs(now());
    auto toId = m_store->personId(receiver, nowMs);
    if (!toId)
        return toId.error();

    Handoff h;
    h.incidentId = incidentId;
    h.role = subject.role;
    h.workstreamId = subject.workstreamId;
    h.to = receiver;
    h.at = when;
    h.context = context;
    std::optional<qint64> fromId;
    std::optional<qint64> closing;
    if (subject.role) {
        if (!isSingleHolder(*subject.role))
            return Error::invalid(tr("Any number of people can be %1; add them with the role "
                                     "command instead of a handoff.")
                                      .arg(roleDisplayName(*subject.role).toLower()));
        auto holders = m_board->currentHolders(incidentId, *subject.role);
        if (!holders)
            return holders.error();
        if (!holders->isEmpty()) {
            h.from = holders->first().person;
            closing = holders->first().id;
        }
    } else {
        auto w = m_board->workstream(subject.workstreamId);
        if (!w || w->incidentId != incidentId)
            return Error::notFound(tr("There is no workstream %1 in incident %2.")
                                       .arg(subject.workstreamId)
                                       .arg(incidentId));
        h.workstreamTitle = w->title;
        h.from = w->owner;
    }
    if (h.from.compare(receiver, Qt::CaseInsensitive) == 0)
        return Error::invalid(tr("%1 already has it.").arg(receiver));
    if (!h.from.isEmpty()) {
        auto id = m_store->personId(h.from, nowMs);
        if (!id)
            return id.error();
        fromId = *id;
    }
    auto id = m_board->insertHandoff(h, fromId, *toId);
    if (!id)
        return id.error();
    h.id = *id;
    if (subject.role) {
        if (closing) {
            if (auto c = m_board->closeAssignment(*closing, toMs(when)); !c)
                return c.error();
        }
        if (auto o = m_board->openAssignment(incidentId, *subject.role, *toId, toMs(when)); !o)
            return o.error();
    } else if (auto o = m_board->setWorkstreamOwner(subject.workstreamId, *toId, nowMs); !o) {
        return o.error();
    }
    QString text = h.from.isEmpty() ? tr("Handoff: %1 to %2, waiting for acknowledgement.")
                                          .arg(h.subjectDisplayName(), receiver)
                                    : tr("Handoff: %1 from %2 to %3, waiting for acknowledgement.")
                                          .arg(h.subjectDisplayName(), h.from, receiver);
    if (const QString c = contextText(context); !c.isEmpty())
        text += u'\n' + c;
    auto entry = writeSystemEntry(incidentId, text, when, EntryKind::Handoff,
                                  h.from.isEmpty() ? receiver : h.from);
    if (!entry)
        return entry.error();
    if (auto joined = ensureOnBridge(incidentId, *toId, toMs(when)); !joined)
        return joined.error();
    return std::pair(h, *entry);
}

Result<Handoff> IncidentSession::acknowledgeHandoff(qint64 handoffId, const QDateTime &at)
{
    auto h = m_board->handoff(handoffId);
    if (!h)
        return h.error();
    if (h->isAcknowledged())
        return Error::invalid(
            tr("Handoff %1 was already acknowledged by %2.").arg(handoffId).arg(h->to));
    const QDateTime when = at.isValid() ? at.toUTC() : now();
    WriteTransaction tx(m_database->connection());
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto acked = m_board->acknowledge(handoffId, toMs(when)); !acked)
        return acked.error();
    const QString line = h->role ? tr("%1 acknowledged the handoff and is now %2.")
                                       .arg(h->to, roleDisplayName(*h->role).toLower())
                                 : tr("%1 acknowledged the handoff and now owns workstream \"%2\".")
                                       .arg(h->to, h->workstreamTitle);
    auto entry = writeSystemEntry(h->incidentId, line, when, EntryKind::Handoff, h->to);
    if (!entry)
        return entry.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    emit entryAdded(*entry);
    emit boardChanged(h->incidentId);
    return m_board->handoff(handoffId);
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
    auto here = m_board->stints(incidentId);
    if (!here)
        return here.error();
    QStringList names;
    for (const ResponderStint &s : *here) {
        if (!names.contains(s.person))
            names << s.person;
    }
    const SleepWindow window = sleepWindow();
    const QDateTime moment = now();
    QList<ResponderFigures> figures;
    for (const QString &name : std::as_const(names)) {
        auto id = m_store->personId(name, toMs(moment));
        if (!id)
            return id.error();
        auto all = m_board->stintsOf(*id);
        if (!all)
            return all.error();
        figures << responderFigures(name, incidentId, *all, zoneOf(*id), window, moment);
    }
    return figures;
}

Result<IncidentRecord> IncidentSession::record(qint64 incidentId)
{
    const auto found = incident(incidentId);
    if (!found)
        return Error::notFound(tr("There is no incident %1.").arg(incidentId));
    IncidentRecord r;
    r.incident = *found;
    auto entries = m_reader->entries(incidentId, {});
    if (!entries)
        return entries.error();
    r.entries = std::move(entries).value();
    auto roleList = roles(incidentId);
    if (!roleList)
        return roleList.error();
    r.roles = *roleList;
    auto streams = workstreams(incidentId);
    if (!streams)
        return streams.error();
    r.workstreams = *streams;
    auto handoffList = handoffs(incidentId);
    if (!handoffList)
        return handoffList.error();
    r.handoffs = *handoffList;
    auto people = responders(incidentId);
    if (!people)
        return people.error();
    r.responders = *people;
    auto stints = m_board->stints(incidentId);
    if (!stints)
        return stints.error();
    r.stints = *stints;
    auto sent = updates(incidentId);
    if (!sent)
        return sent.error();
    r.updates = *sent;
    auto figures = sla(incidentId);
    if (!figures)
        return figures.error();
    r.sla = *figures;
    auto written = review(incidentId);
    if (!written)
        return written.error();
    r.review = *written;
    auto history = m_store->revisionsOfIncident(incidentId);
    if (!history)
        return history.error();
    for (const EntryRevision &rev : *history)
        r.revisions[rev.entryId] << rev;
    return r;
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
    WriteTransaction tx(m_database->connection());
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    if (auto s = m_board->setSetting(u"sleep_start"_s, window.start.toString(u"HH:mm"_s)); !s)
        return s.error();
    if (auto e = m_board->setSetting(u"sleep_end"_s, window.end.toString(u"HH:mm"_s)); !e)
        return e.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    for (qint64 id : m_incidents.keys())
        emit boardChanged(id);
    return done();
}

} // namespace bridge
