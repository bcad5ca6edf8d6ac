#include "entrycommands.h"

#include "incidentsession.h"

#include <QCoreApplication>

namespace bridge {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(bridge::EntryCommand)
};

EntryDraft draftOf(const Entry &e)
{
    EntryDraft d;
    d.kind = e.kind;
    d.actor = e.actor;
    d.occurredAt = e.occurredAt;
    d.text = e.text;
    d.pinned = e.pinned;
    return d;
}

QString shortText(const QString &text)
{
    return text.size() > 40 ? text.left(39) + QChar(0x2026) : text;
}
} // namespace

EntryCommand::EntryCommand(IncidentSession *session, qint64 entryId, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_entryId(entryId)
{}

void EntryCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    report(apply(), false);
}

void EntryCommand::undo()
{
    report(revert(), true);
}

void EntryCommand::report(const Result<Entry> &result, bool undoing)
{
    if (result)
        return;
    setObsolete(true);
    emit m_session->operationFailed(
        (undoing ? Tr::tr("Could not undo %1: %2 Nothing was changed; the step was taken off "
                          "the undo list.")
                 : Tr::tr("Could not redo %1: %2 Nothing was changed; the step was taken off "
                          "the redo list."))
            .arg(text(), result.error().message));
}

Result<Entry> EntryCommand::editTo(const EntryDraft &draft)
{
    return m_session->applyEdit(m_entryId, draft);
}

Result<Entry> EntryCommand::pin(bool pinned)
{
    return m_session->applyPinned(m_entryId, pinned);
}

Result<Entry> EntryCommand::retractWith(const QString &reason)
{
    return m_session->applyRetract(m_entryId, reason);
}

Result<Entry> EntryCommand::restore()
{
    return m_session->applyRestore(m_entryId);
}

LogEntryCommand::LogEntryCommand(IncidentSession *session, const Entry &logged)
    : EntryCommand(session, logged.id, Tr::tr("log \"%1\"").arg(shortText(logged.text)))
{}

Result<Entry> LogEntryCommand::apply()
{
    return restore();
}

Result<Entry> LogEntryCommand::revert()
{
    return retractWith(Tr::tr("Undone by %1").arg(m_session->scribe()));
}

EditEntryCommand::EditEntryCommand(IncidentSession *session, const Entry &before,
                                   const Entry &after)
    : EntryCommand(session, after.id, Tr::tr("edit \"%1\"").arg(shortText(after.text)))
    , m_before(draftOf(before))
    , m_after(draftOf(after))
{}

Result<Entry> EditEntryCommand::apply()
{
    return editTo(m_after);
}

Result<Entry> EditEntryCommand::revert()
{
    return editTo(m_before);
}

PinEntryCommand::PinEntryCommand(IncidentSession *session, const Entry &after)
    : EntryCommand(session, after.id,
                   after.pinned ? Tr::tr("pin \"%1\"").arg(shortText(after.text))
                                : Tr::tr("unpin \"%1\"").arg(shortText(after.text)))
    , m_pinned(after.pinned)
{}

Result<Entry> PinEntryCommand::apply()
{
    return pin(m_pinned);
}

Result<Entry> PinEntryCommand::revert()
{
    return pin(!m_pinned);
}

RetractEntryCommand::RetractEntryCommand(IncidentSession *session, const Entry &after)
    : EntryCommand(session, after.id, Tr::tr("retract \"%1\"").arg(shortText(after.text)))
    , m_reason(after.retractReason)
{}

Result<Entry> RetractEntryCommand::apply()
{
    return retractWith(m_reason);
}

Result<Entry> RetractEntryCommand::revert()
{
    return restore();
}

} // namespace bridge
