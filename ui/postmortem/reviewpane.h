#pragma once

#include "domain/review.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

namespace bridge {

class IncidentSession;

// The blameless review, filled in before or after closing and saved part-way: summary and
// impact, contributing factors with their chains (no root-cause field), the assumption map,
// each person's understanding, went well / hard / lucky, follow-ups. Wording suggestions
// run as the facilitator types; they never block saving or exporting.
class ReviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPane(IncidentSession *session, QWidget *parent = nullptr);

    void setIncident(qint64 incidentId);
    // Puts back what was typed and not saved after the review was reread (a restore changed
    // the file under it); it stays unsaved until saved.
    void putBackTyped(const Review &typed);
    Review review() const; // what the form holds now
    // Whether the form holds anything not yet saved: switching incidents, restoring a backup
    // or quitting would lose it, so the window asks first.
    bool hasUnsavedChanges() const;
    bool save();
    void exportReport();
    QStringList issueKinds() const;

signals:
    void message(const QString &text);

private:
    void fill(const Review &review);
    void runChecks();
    QPlainTextEdit *textBox(const QString &accessibleName, const QString &placeholder);
    QTableWidget *table(const QStringList &headers, const QString &accessibleName);

    IncidentSession *m_session;
    qint64 m_incidentId = 0;
    Review m_saved; // as loaded or last saved, as the form shows it
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_impact;
    QTableWidget *m_factors;
    QTableWidget *m_assumptions;
    QTableWidget *m_understanding;
    QPlainTextEdit *m_wentWell;
    QPlainTextEdit *m_wasHard;
    QPlainTextEdit *m_lucky;
    QTableWidget *m_followUps;
    QListWidget *m_issues;
    QLabel *m_error;
    QTimer *m_checkTimer;
};

} // namespace bridge
