#pragma once

#include "domain/entry.h"
#include "domain/result.h"

#include <QUndoCommand>

namespace bridge {

class IncidentSession;

// One undo step per scribe operation. Each holds the entry's id, never a pointer, and
// undoes by writing a new change: history is only ever added to.
class EntryCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    EntryCommand(IncidentSession *session, qint64 entryId, const QString &text);
    virtual Result<Entry> apply() = 0;
    virtual Result<Entry> revert() = 0;

    // The session's changes without a new undo step; only commands may make them.
    Result<Entry> editTo(const EntryDraft &draft);
    Result<Entry> pin(bool pinned);
    Result<Entry> retractWith(const QString &reason);
    Result<Entry> restore();

    IncidentSession *m_session;
    qint64 m_entryId;

private:
    // A step whose write failed did not happen: it leaves the stack (obsolete), so the menu
    // never claims it, and the session says why.
    void report(const Result<Entry> &result, bool undoing);
    bool m_alreadyApplied = true; // the session committed the change before pushing
};

class LogEntryCommand final : public EntryCommand
{
public:
    LogEntryCommand(IncidentSession *session, const Entry &logged);

private:
    Result<Entry> apply() override;
    Result<Entry> revert() override;
};

class EditEntryCommand final : public EntryCommand
{
public:
    EditEntryCommand(IncidentSession *session, const Entry &before, const Entry &after);

private:
    Result<Entry> apply() override;
    Result<Entry> revert() override;
    EntryDraft m_before;
    EntryDraft m_after;
};

class PinEntryCommand final : public EntryCommand
{
public:
    PinEntryCommand(IncidentSession *session, const Entry &after);

private:
    Result<Entry> apply() override;
    Result<Entry> revert() override;
    bool m_pinned;
};

class RetractEntryCommand final : public EntryCommand
{
public:
    RetractEntryCommand(IncidentSession *session, const Entry &after);

private:
    Result<Entry> apply() override;
    Result<Entry> revert() override;
    QString m_reason;
};

} // namespace bridge
