#pragma once

#include "domain/entry.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>

namespace bridge {

class IncidentSession;

// The timeline of one incident, ordered by occurred_at then id. It holds every row's key
// (id and time: enough to count, order and date the rows) and reads the rows themselves a
// screenful at a time, so a 100k-entry timeline opens as fast as a small one. Filtering
// runs in SQL when the filter changes (FTS5 for text); entries arriving afterwards are
// checked one by one. A word found in most entries is shown newest first: the matches among
// the newest rows at once, the older ones added above them a moment later (searchComplete).
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, KindColumn, ActorColumn, TextColumn, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        KindRole,    // EntryKind as int
        KindKeyRole, // "action", "status", ...
        SystemRole,  // written by the application
        PinnedRole,
        RetractedRole,
        EditedRole,
        OccurredAtRole, // QDateTime, UTC
        NewDayRole,     // the first row of a calendar day in the shown time zone
        SortKeyRole,    // occurred_at in ms, for sorting apart from the display text
        DayLabelRole,   // "Sun 29 Mar" on the first row of a day, else empty; the delegate
                        // draws it before the time, so no row's text depends on its neighbour
    };
    Q_ENUM(Role)

    explicit TimelineModel(IncidentSession *session, QObject *parent = nullptr);

    void setIncident(qint64 incidentId);
    qint64 incidentId() const { return m_incidentId; }
    void setFilter(const TimelineFilter &filter);
    const TimelineFilter &filter() const { return m_filter; }
    void setShowUtc(bool utc);
    bool showUtc() const { return m_showUtc; }

    // False while a broad search shows only its newest matches; searchCompleted says when
    // the older ones are in. completeSearch() finds them now instead of after the next paint.
    bool searchComplete() const { return !m_searchPending; }
    void completeSearch();
    // How many matches a search is expected to hold before its newest are shown first: the
    // engine's own figure (IncidentSession::searchSplit). Tests lower it to see the split
    // on a small incident.
    qsizetype searchSplit() const { return m_searchSplit; }
    void setSearchSplit(qsizetype matches) { m_searchSplit = matches; }

    Entry entryAt(int row) const;
    int rowOfEntry(qint64 entryId) const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);
    void searchCompleted();

protected:
    void customEvent(QEvent *event) override;

private:
    void reload(bool keysToo);
    bool showNewestMatchesFirst();
    void onEntryAdded(const Entry &entry);
    void onEntryChanged(const Entry &entry);
    void insertRow(const EntryKey &key);
    void removeRow(int row);
    const Entry *cachedEntry(int row) const;
    bool textFiltered() const { return !m_filter.text.trimmed().isEmpty(); }
    qint64 shownMs(qint64 utcMs) const;
    qint64 shownDay(int row) const;
    bool startsNewDay(int row) const;
    QString timeText(int row) const;
    QString dayLabel(int row) const;
    QString toolTip(const Entry &entry) const;

    IncidentSession *m_session;
    qint64 m_incidentId = 0;
    TimelineFilter m_filter;
    bool m_showUtc = false;
    QList<EntryKey> m_rows;     // what is shown
    QList<EntryKey> m_untexted; // with a text filter: what the rest of the filter lets through
    qsizetype m_searchSplit;
    quint64 m_search = 0;         // counts reloads: a search's rest is for that one alone
    bool m_searchPending = false; // m_rows holds the matches from m_searchedFrom on only
    EntryKey m_searchedFrom;
    mutable QCache<qint64, Entry> m_cache; // by id; refreshed by every change the session reports
    mutable QString m_lastError;
    // UTC offset of the local zone per 15-minute bucket: zone transitions fall on quarter
    // hours, and QDateTime::toLocalTime() is too slow to call for every painted cell.
    mutable QHash<qint64, int> m_offsetByQuarterHour;
};

} // namespace bridge
