#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QTimer;

namespace bridge {

class EntryBar;
class FilterBar;
class IncidentSession;
class TimelineDelegate;
class NoticeBar;
class TimelineModel;
class WaitingLines;

// The live timeline of one incident: filters above, the table, the scribe's entry bar below.
class TimelinePane : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePane(IncidentSession *session, QWidget *parent = nullptr);

    void setIncident(qint64 incidentId);
    void setShowUtc(bool utc);

    TimelineModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    EntryBar *entryBar() const { return m_entryBar; }
    WaitingLines *waitingLines() const { return m_waiting; }
    FilterBar *filterBar() const { return m_filterBar; }
    qint64 currentEntryId() const;
    // What Ctrl+P pins: the line just logged, until the scribe picks a row in the table.
    qint64 pinTarget() const;
    // The warning under the table ("your new line is hidden by the filter"), empty if none.
    QString noticeText() const;
    // What the line under the table says of the rows shown ("12 entries match the filter").
    QString countText() const;

    // The operations on the selected entry; the window puts them in its menus.
    QAction *editAction() const { return m_edit; }
    QAction *pinAction() const { return m_pin; }
    QAction *retractAction() const { return m_retract; }
    QAction *searchAction() const { return m_search; }
    QAction *goToTimelineAction() const { return m_goTo; }

signals:
    void currentEntryChanged(qint64 entryId);
    // The scribe asked to turn an entry into a workstream.
    void workstreamFromEntryRequested(qint64 entryId, const QString &text);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void landed(qint64 entryId);
    void backToEntryBar();
    void editCurrent();
    void togglePinCurrent();
    void retractCurrent();
    void updateActions();
    void updateCount();

    IncidentSession *m_session;
    TimelineModel *m_model;
    FilterBar *m_filterBar;
    QTableView *m_view;
    QLabel *m_count;
    NoticeBar *m_notice;
    EntryBar *m_entryBar;
    WaitingLines *m_waiting = nullptr;
    TimelineDelegate *m_delegate;
    QTimer *m_landedTimer;
    qint64 m_justLogged = 0;
    QAction *m_edit;
    QAction *m_pin;
    QAction *m_retract;
    QAction *m_search;
    QAction *m_toWorkstream;
    QAction *m_goTo;
    bool m_followTail = true;
};

} // namespace bridge
