#pragma once

#include "domain/entry.h"
#include "domain/review.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

namespace bridge {

class FoldingSection;
class IncidentSession;

// The blameless review, filled in before or after closing and saved part-way: summary and
// impact, contributing factors with their chains (no root-cause field), the assumption map,
// each person's understanding, went well / hard / lucky, follow-ups. Wording suggestions
// run as the facilitator types; they never block saving or exporting. The assumption map
// and the people follow the timeline live: what is logged while the review is open appears
// (new assumptions unrated), and nothing the facilitator typed is touched.
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

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill(const Review &review);
    // Brings the assumption map and the people up to the timeline as it stands now, keeping
    // ratings and understanding already typed (reviewtimeline.cpp).
    void followTimeline();
    void insertAssumptionRow(int row, const Entry &entry);
    void insertPersonRow(const QString &person);
    void markRated(int row, int column);
    void showSectionSummaries();
    void runChecks();
    QPlainTextEdit *textBox(const QString &accessibleName, const QString &placeholder);
    QTableWidget *table(const QStringList &headers, const QString &accessibleName);

    IncidentSession *m_session;
    qint64 m_incidentId = 0;
    Review m_saved; // as loaded or last saved, as the form shows it
    // Ratings and understanding loaded or typed whose rows are not shown now (an assumption
    // retracted while the review is open): kept, so a restored assumption gets them back.
    QHash<qint64, AssumptionRating> m_heldRatings;
    QHash<QString, QString> m_heldUnderstanding;
    QTimer *m_followTimer;
    bool m_behindTimeline = false; // entries changed while the pane was hidden
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_impact;
    QDateEdit *m_reviewDate;
    FoldingSection *m_factorsSection = nullptr;
    FoldingSection *m_assumptionsSection = nullptr;
    FoldingSection *m_peopleSection = nullptr;
    FoldingSection *m_followUpsSection = nullptr;
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
