// IncidentSession's handoffs and closing. A handoff is an offer until the receiver
// acknowledges it: until then the giver still holds the role or workstream, so the record,
// the header and the report never give someone a role they have not accepted.
#include "domain/timeparse.h"
#include "incidentsession.h"
#include "storage/boardstore.h"
#include "storage/incidentstore.h"

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

bool sameSubject(const Handoff &h, const IncidentSession::HandoffSubject &s)
{
    return s.role ? h.role == s.role : (!h.role && h.workstreamId == s.workstreamId);
}
} // namespace

Result<Handoff> IncidentSession::handOff(qint64 incidentId, const HandoffSubject &subject,
                                         const QString &to, const HandoffContext &context,
                                         const QDateTime &at)
{
    if (Done known = requireIncident(incidentId); !known)
        return known.error();
    return write([&]() -> Result<Handoff> {
        auto handoff
            = writeHandoff(incidentId, subject, to, context, at.isValid() ? at.toUTC() : now());
        if (!handoff)
            return handoff.error();
        afterCommit([this, incidentId, entry = handoff->second] {
            emit entryAdded(entry);
            emit boardChanged(incidentId);
        });
        return handoff->first;
    });
}

Result<std::pair<Handoff, Entry>>
IncidentSession::writeHandoff(qint64 incidentId, const HandoffSubject &subject, const QString &to,
                              const HandoffContext &context, const QDateTime &when)
{
    const QString typed = to.simplified();
    if (typed.isEmpty())
        return Error::invalid(tr("Say who takes over: a person's name."));
    const qint64 nowMs = toMs(now());
    auto toId = m_store->personId(typed, nowMs);
    if (!toId)
        return toId.error();
    const QString receiver = m_store->personName(*toId);

    Handoff h;
    h.incidentId = incidentId;
    h.role = subject.role;
    h.workstreamId = subject.workstreamId;
    h.to = receiver;
    h.at = when;
    h.context = context;
    if (subject.role) {
        if (!isSingleHolder(*subject.role))
            return Error::invalid(tr("Any number of people can be %1; add them with the role "
                                     "command instead of a handoff.")
                                      .arg(roleDisplayName(*subject.role).toLower()));
        auto holders = m_board->currentHolders(incidentId, *subject.role);
        if (!holders)
            return holders.error();
        if (!holders->isEmpty())
            h.from = holders->first().person;
    } else {
        auto w = m_board->workstream(subject.workstreamId);
        if (!w || w->incidentId != incidentId)
            return Error::notFound(tr("There is no workstream %1 in incident %2.")
                                       .arg(subject.workstreamId)
                                       .arg(incidentId));
        h.workstreamTitle = w->title;
        h.from = w->owner;
    }
    if (foldName(h.from) == foldName(receiver))
        return Error::invalid(tr("%1 already has it.").arg(receiver));

    // One offer at a time per role or workstream: a new one replaces an offer still waiting.
    auto earlier = m_board->handoffs(incidentId);
    if (!earlier)
        return earlier.error();
    QStringList replaced;
    for (const Handoff &old : *earlier) {
        if (!old.isWaiting() || !sameSubject(old, subject))
            continue;
        if (old.to == receiver)
            return Error::invalid(tr("%1 has been offered this already and has not acknowledged "
                                     "yet (handoff %2).")
                                      .arg(receiver)
                                      .arg(old.id));
        auto withdrawn = m_board->withdraw(old.id, toMs(when));
        if (!withdrawn)
            return withdrawn.error();
        replaced << old.to;
    }

    std::optional<qint64> fromId;
    if (!h.from.isEmpty()) {
        auto id = m_store->findPerson(h.from);
        if (!id)
            return id.error();
        fromId = *id;
    }
    auto id = m_board->insertHandoff(h, fromId, *toId);
    if (!id)
        return id.error();
    h.id = *id;
    QString text = h.from.isEmpty() ? tr("Handoff: %1 offered to %2, waiting for acknowledgement.")
                                          .arg(h.subjectDisplayName(), receiver)
                                    : tr("Handoff: %1 from %2 offered to %3, waiting for "
                                         "acknowledgement; %2 keeps it until then.")
                                          .arg(h.subjectDisplayName(), h.from, receiver);
    if (!replaced.isEmpty())
        text += u' ' + tr("This replaces the offer to %1.").arg(replaced.join(u", "_s));
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

Result<Handoff> IncidentSession::acknowledgeHandoff(qint64 handoffId, const QDateTime &at,
                                                    const QString &by)
{
    const QDateTime when = at.isValid() ? at.toUTC() : now();
    const QString presser = by.simplified().isEmpty() ? m_scribe : by.simplified();
    return write([&]() -> Result<Handoff> {
        // Decided inside the transaction and checked again by the UPDATE: of two people
        // pressing Acknowledge at once, exactly one takes the handoff.
        auto h = m_board->handoff(handoffId);
        if (!h)
            return h.error();
        if (h->isAcknowledged())
            return Error::conflict(
                tr("Handoff %1 was already acknowledged for %2.").arg(handoffId).arg(h->to));
        if (h->isWithdrawn())
            return Error::conflict(
                tr("Handoff %1 to %2 was withdrawn; there is nothing to acknowledge.")
                    .arg(handoffId)
                    .arg(h->to));
        const qint64 nowMs = toMs(now());
        auto byId = m_store->personId(presser, nowMs);
        if (!byId)
            return byId.error();
        auto toId = m_store->findPerson(h->to);
        if (!toId)
            return toId.error();
        auto taken = m_board->acknowledge(handoffId, toMs(when), *byId);
        if (!taken)
            return taken.error();
        if (!*taken)
            return Error::conflict(
                tr("Handoff %1 was acknowledged a moment ago; nothing was changed.")
                    .arg(handoffId));
        // Only now does the receiver hold it.
        if (h->role) {
            auto holders = m_board->currentHolders(h->incidentId, *h->role);
            if (!holders)
                return holders.error();
            for (const RoleAssignment &a : *holders) {
                if (auto closed = m_board->closeAssignment(a.id, toMs(when)); !closed)
                    return closed.error();
            }
            auto opened = m_board->openAssignment(h->incidentId, *h->role, *toId, toMs(when));
            if (!opened)
                return opened.error();
        } else if (auto owner = m_board->setWorkstreamOwner(h->workstreamId, *toId, nowMs);
                   !owner) {
            return owner.error();
        }
        if (auto joined = ensureOnBridge(h->incidentId, *toId, toMs(when)); !joined)
            return joined.error();
        const QString byName = m_store->personName(*byId);
        const QString taking
            = h->role ? tr("%1 is now %2.").arg(h->to, roleDisplayName(*h->role).toLower())
                      : tr("%1 now owns workstream \"%2\".").arg(h->to, h->workstreamTitle);
        const QString line
            = *byId == *toId
                  ? tr("%1 acknowledged the handoff. %2").arg(h->to, taking)
                  : tr("Handoff acknowledged for %1 by %2. %3").arg(h->to, byName, taking);
        auto entry = writeSystemEntry(h->incidentId, line, when, EntryKind::Handoff, h->to);
        if (!entry)
            return entry.error();
        const qint64 incidentId = h->incidentId;
        afterCommit([this, incidentId, entry = *entry] {
            emit entryAdded(entry);
            emit boardChanged(incidentId);
        });
        return m_board->handoff(handoffId);
    });
}

Result<IncidentSession::OpenWorkCount> IncidentSession::openWork(qint64 incidentId)
{
    return read([&]() -> Result<OpenWorkCount> {
        OpenWorkCount count;
        auto streams = m_board->workstreams(incidentId);
        if (!streams)
            return streams.error();
        for (const Workstream &w : *streams)
            count.workstreams += w.state != WorkstreamState::Done;
        auto offers = m_board->handoffs(incidentId);
        if (!offers)
            return offers.error();
        for (const Handoff &h : *offers)
            count.handoffs += h.isWaiting();
        return count;
    });
}

Result<Incident> IncidentSession::closeIncident(qint64 incidentId, const QDateTime &when,
                                                OpenWork openWork)
{
    return write([&]() -> Result<Incident> {
        auto before = m_store->incident(incidentId);
        if (!before)
            return before.error();
        if (before->status == Status::Closed)
            return before;
        const QDateTime &time = when;
        auto streams = m_board->workstreams(incidentId);
        if (!streams)
            return streams.error();
        auto offers = m_board->handoffs(incidentId);
        if (!offers)
            return offers.error();
        QList<Workstream> open;
        for (const Workstream &w : *streams) {
            if (w.state != WorkstreamState::Done)
                open << w;
        }
        QList<Handoff> waiting;
        for (const Handoff &h : *offers) {
            if (h.isWaiting())
                waiting << h;
        }
        QStringList lines;
        if (!open.isEmpty() || !waiting.isEmpty()) {
            const QString what
                = (open.size() == 1 ? tr("1 open workstream")
                                    : tr("%1 open workstreams").arg(open.size()))
                  + tr(" and ")
                  + (waiting.size() == 1
                         ? tr("1 handoff waiting for acknowledgement")
                         : tr("%1 handoffs waiting for acknowledgement").arg(waiting.size()));
            switch (openWork) {
            case OpenWork::Refuse:
                return Error::decision(
                    tr("Incident %1 still has %2. Close them as they stand, or keep them "
                       "open; nothing was changed.")
                        .arg(incidentId)
                        .arg(what));
            case OpenWork::Close:
                for (const Workstream &w : std::as_const(open)) {
                    if (auto done
                        = m_board->setWorkstreamState(w.id, WorkstreamState::Done, toMs(time));
                        !done)
                        return done.error();
                }
                for (const Handoff &h : std::as_const(waiting)) {
                    if (auto withdrawn = m_board->withdraw(h.id, toMs(time)); !withdrawn)
                        return withdrawn.error();
                }
                lines << tr("Closed with %1: the workstreams were marked done and the "
                            "waiting handoffs withdrawn, as they stood.")
                             .arg(what);
                break;
            case OpenWork::Keep:
                lines << tr("Closed with %1, kept open as they stand.").arg(what);
                break;
            }
            afterCommit([this, incidentId] { emit boardChanged(incidentId); });
        }
        if (auto u = m_store->updateStatus(incidentId, Status::Closed, toMs(time)); !u)
            return u.error();
        lines.prepend(
            tr("Status: %1 → %2")
                .arg(statusDisplayName(before->status), statusDisplayName(Status::Closed)));
        return recordIncidentChange(incidentId, lines.join(u'\n'), time);
    });
}

} // namespace bridge
