#pragma once

#include "domain/entry.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace bridge {

class IncidentSession;

// The selected entry in full: both times, who logged it, retraction, and every earlier revision.
class EntryDetails : public QWidget
{
    Q_OBJECT
public:
    explicit EntryDetails(IncidentSession *session, QWidget *parent = nullptr);

    void showEntry(qint64 entryId);
    qint64 entryId() const { return m_entryId; }

private:
    void refresh();

    IncidentSession *m_session;
    qint64 m_entryId = 0;
    QLabel *m_summary;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_history;
};

} // namespace bridge
