#pragma once

#include "domain/entry.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
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

    EntryDraft draft() const;
    void accept() override;

private:
    IncidentSession *m_session;
    Entry m_entry;
    QComboBox *m_kind;
    PersonField *m_actor;
    QDateTimeEdit *m_when;
    QPlainTextEdit *m_text;
    QLabel *m_error;
};

} // namespace bridge
