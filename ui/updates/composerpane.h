#pragma once

#include "domain/cadence.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace bridge {

class IncidentSession;
class UpdateListModel;

// The leadership-update composer: pick an audience, draft from the live state, edit, read
// the suggestions, mark it sent. Each audience keeps its own draft, so switching loses
// nothing; a failed save keeps the text.
class ComposerPane : public QWidget
{
    Q_OBJECT
public:
    explicit ComposerPane(IncidentSession *session, QWidget *parent = nullptr);

    void setIncident(qint64 incidentId);
    void setAudience(Audience audience);
    Audience audience() const;
    QPlainTextEdit *editor() const { return m_editor; }
    QStringList issueKinds() const; // the kinds of suggestion shown now, for tests
    // Which timeline entries the current draft was made from, as shown under the text.
    QString sourcesText() const;
    UpdateListModel *sentModel() const { return m_sent; }
    // The audience's item as listed, with its clock ("Customer-facing — OVERDUE by 2h 10m").
    QString audienceText(Audience audience) const;

    void draftFromLiveState();
    bool markSent();

signals:
    void message(const QString &text);

public slots:
    // Brings every audience's clock up to now; its timer calls it every 15 seconds.
    void tick() { updateDueLabel(); }

private:
    void switchAudience();
    void runChecks();
    void updateDueLabel();
    void updatePreview();
    void showSources();
    void copy(int format);

    IncidentSession *m_session;
    qint64 m_incidentId = 0;
    Audience m_current = Audience::Executive;
    // Unsent text per incident and audience: switching incidents keeps each one's drafts.
    QHash<qint64, QHash<int, QString>> m_drafts;
    // What each draft was made from, kept beside it for the same reason.
    QHash<qint64, QHash<int, QString>> m_sourceNotes;
    QComboBox *m_audience;
    QLabel *m_due;
    QPushButton *m_draft;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_editor;
    QTextBrowser *m_preview;
    QLabel *m_sources;
    QListWidget *m_issues;
    QLabel *m_error;
    QPushButton *m_send;
    UpdateListModel *m_sent;
    QListView *m_sentView;
    QTimer *m_checkTimer;
};

} // namespace bridge
