#pragma once

#include "domain/entry.h"
#include "domain/result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace bridge {

class IncidentSession;
class PersonField;

// Edits an entry's kind, person, time and text. Saving writes a new revision; the dialog
// stays open with the reason if the save fails, so nothing typed is lost.
class EntryEditDialog : public QDialog
{
    Q_OBJECT
public:
    EntryEditDialog(IncidentSession *session, const Entry &entry, QWidget *parent = nullptr);

    // What the form holds, or why the time cannot be read.
    Result<EntryDraft> draft() const;
    void accept() override;

private:
    IncidentSession *m_session;
    Entry m_entry;
    QComboBox *m_kind;
    PersonField *m_actor;
    QLineEdit *m_when;   // typed as in the entry bar: "-5m", "14:02", an ISO time
    QString m_shownWhen; // the time as first shown: left alone, the original is kept
    QPlainTextEdit *m_text;
    QLabel *m_error;
};

} // namespace bridge
