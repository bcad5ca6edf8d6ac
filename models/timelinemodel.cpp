#include "timelinemodel.h"
#include "tooltip.h"

#include "domain/timeparse.h"
#include "session/incidentsession.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>

#include <utility>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
constexpr int DisplayLimit = 400; // characters shown in a row; the details pane has the rest
constexpr qint64 QuarterHourMs = 15 * 60 * 1000;
constexpr qint64 DayMs = 24 * 60 * 60 * 1000;
constexpr qint64 UnixEpochJulianDay = 2440588;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

constexpr int FetchBehind = 32; // rows read around the one asked for: a screenful and more
constexpr int FetchAhead = 96;
constexpr int CachedEntries = 4096;
// A search checks the newest rows first, which tells roughly how many matches the whole
// answer holds. Past searchSplit() of them, those newest rows are shown at once and the
// rest once they are painted.
constexpr int NewestChecked = 64;

// Posted by a search shown newest first; a later filter makes it stale.
class CompleteSearchEvent : public QEvent
{
public:
    explicit CompleteSearchEvent(quint64 search)
        : QEvent(eventType())
        , search(search)
    {}
    static Type eventType()
    {
        static const auto type = static_cast<Type>(registerEventType());
        return type;
    }
    const quint64 search;
};

EntryKey keyOf(const Entry &e)
{
    return {e.id, toMs(e.occurredAt)};
}

int indexOfId(const QList<EntryKey> &keys, qint64 id)
{
    // New and changed entries are nearly always recent: search from the end.
    for (auto i = keys.size() - 1; i >= 0; --i) {
        if (keys.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

void insertKey(QList<EntryKey> &keys, const EntryKey &key)
{
    keys.insert(std::upper_bound(keys.cbegin(), keys.cend(), key), key);
}

// The keys whose ids are among found (ascending), in the keys' own order. The matches come
// in id order, the rows in time order: a bitmap over the matched id span joins them.
QList<EntryKey> keysFound(const QList<EntryKey> &keys, const QList<qint64> &found)
{
    QList<EntryKey> kept;
    if (found.isEmpty())
        return kept;
    const qint64 first = found.first();
    const qint64 last = found.last();
    std::vector<bool> matched(size_t(last - first + 1));
    for (qint64 id : found)
        matched[size_t(id - first)] = true;
    for (const EntryKey &key : keys) {
        if (key.id >= first && key.id <= last && matched[size_t(key.id - first)])
            kept.append(key);
    }
    return kept;
}

// The filter without its text: what the key query answers.
TimelineFilter untexted(TimelineFilter filter)
{
    filter.text.clear();
    return filter;
}
} // namespace

TimelineModel::TimelineModel(IncidentSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_searchSplit(session->searchSplit())
    , m_cache(CachedEntries)
{
    // A restore (here or by another process) replaces every row: read them again.
    connect(session, &IncidentSession::databaseReplaced, this, [this] {
        if (m_incidentId > 0)
            reload(true);
    });
    connect(session, &IncidentSession::entryAdded, this, &TimelineModel::onEntryAdded);
    connect(session, &IncidentSession::entryChanged, this, &TimelineModel::onEntryChanged);
}

void TimelineModel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    m_cache.clear();
    reload(true);
}

void TimelineModel::setFilter(const TimelineFilter &filter)
{
    if (filter == m_filter)
        return;
    // Typing into the search field changes only the text: the keys stay as they are.
    const bool keysToo = untexted(filter) != untexted(m_filter);
    if (!keysToo && textFiltered())
        m_rows = m_untexted;
    m_filter = filter;
    reload(keysToo);
}

void TimelineModel::setShowUtc(bool utc)
{
    if (utc == m_showUtc)
        return;
    m_showUtc = utc;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
    emit headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
}

// keysToo false: m_rows already holds the keys the untexted filter lets through.
void TimelineModel::reload(bool keysToo)
{
    beginResetModel();
    m_lastError.clear();
    if (m_incidentId <= 0) {
        m_rows.clear();
    } else if (keysToo) {
        auto keys = m_session->entryKeys(m_incidentId, untexted(m_filter));
        if (keys) {
            m_rows = std::move(keys).value();
        } else {
            m_rows.clear();
            m_lastError = keys.error().message;
        }
    }
    m_untexted.clear();
    m_searchPending = false;
    ++m_search;
    if (textFiltered() && !m_rows.isEmpty()) {
        m_untexted = std::exchange(m_rows, {});
        if (!showNewestMatchesFirst()) {
            auto ids = m_session->textMatches(m_incidentId, m_filter.text);
            if (ids)
                m_rows = keysFound(m_untexted, ids.value());
            else
                m_lastError = ids.error().message;
        }
    }
    endResetModel();
    if (m_searchPending) {
        // The reset has just asked the view for a paint, at low priority: this comes after.
        QCoreApplication::postEvent(this, new CompleteSearchEvent(m_search), Qt::LowEventPriority);
    }
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
}

// Inside reload: the matches among the newest rows, when they are enough to show first.
// The rest is asked for once they are painted (customEvent).
bool TimelineModel::showNewestMatchesFirst()
{
    // Too few rows to ever hold searchSplit() matches (a file's never do), or to make the
    // check cheaper than the whole answer: not worth the extra read.
    if (m_untexted.size() < m_searchSplit || m_untexted.size() <= 2 * NewestChecked)
        return false;
    const QList<EntryKey> newest = m_untexted.mid(m_untexted.size() - NewestChecked);
    QList<qint64> ids;
    ids.reserve(newest.size());
    for (const EntryKey &key : newest)
        ids << key.id;
    std::sort(ids.begin(), ids.end());
    auto found = m_session->textMatchesAmong(m_incidentId, m_filter.text, ids);
    if (!found || found->isEmpty()
        || found->size() * m_untexted.size() / NewestChecked < m_searchSplit)
        return false;
    m_rows = keysFound(newest, found.value());
    m_searchedFrom = newest.first();
    m_searchPending = true;
    return true;
}

void TimelineModel::customEvent(QEvent *event)
{
    if (event->type() == CompleteSearchEvent::eventType()) {
        if (static_cast<CompleteSearchEvent *>(event)->search == m_search)
            completeSearch();
    } else {
        QAbstractTableModel::customEvent(event);
    }
}

void TimelineModel::completeSearch()
{
    if (!m_searchPending)
        return; // done already, or a newer filter replaced that search
    m_searchPending = false;
    auto ids = m_session->textMatches(m_incidentId, m_filter.text);
    if (!ids) {
        m_lastError = ids.error().message; // the newest matches stay on screen
        emit loadFailed(m_lastError);
        emit searchCompleted();
        return;
    }
    const QList<EntryKey> all = keysFound(m_untexted, ids.value());
    const auto older = std::lower_bound(all.cbegin(), all.cend(), m_searchedFrom);
    const auto olderCount = static_cast<int>(older - all.cbegin());
    if (std::equal(older, all.cend(), m_rows.cbegin(), m_rows.cend())) {
        // The usual case: the rows shown stay as they are, with the selection and the
        // scroll position; the older matches go above them.
        if (olderCount > 0) {
            beginInsertRows({}, 0, olderCount - 1);
            m_rows = all.mid(0, olderCount) + m_rows;
            endInsertRows();
            emit dataChanged(index(olderCount, 0), index(olderCount, ColumnCount - 1),
                             {NewDayRole, DayLabelRole});
        }
    } else {
        // A line backdated in between, say: the whole answer replaces the part.
        beginResetModel();
        m_rows = all;
        endResetModel();
    }
    emit searchCompleted();
}

int TimelineModel::rowOfEntry(qint64 entryId) const
{
    return indexOfId(m_rows, entryId);
}

Entry TimelineModel::entryAt(int row) const
{
    const Entry *e = cachedEntry(row);
    return e ? *e : Entry{};
}

// The entry on this row, reading it and its neighbours if they are not cached. Null when
// the read failed; lastError says why.
const Entry *TimelineModel::cachedEntry(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    const qint64 id = m_rows.at(row).id;
    if (const Entry *e = m_cache.object(id))
        return e;
    QList<qint64> wanted;
    const int last = std::min(static_cast<int>(m_rows.size()), row + FetchAhead);
    for (int r = std::max(0, row - FetchBehind); r < last; ++r) {
        if (!m_cache.contains(m_rows.at(r).id))
            wanted << m_rows.at(r).id;
    }
    auto read = m_session->entriesByIds(wanted);
    if (!read) {
        m_lastError = read.error().message;
        return nullptr;
    }
    for (Entry &e : read.value()) {
        const qint64 readId = e.id;
        m_cache.insert(readId, new Entry(std::move(e)));
    }
    return m_cache.object(id);
}

void TimelineModel::insertRow(const EntryKey &key)
{
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), key);
    const int row = static_cast<int>(it - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, key);
    endInsertRows();
    // The row after may no longer be the first of its day: only its day roles change.
    if (row + 1 < rowCount())
        emit dataChanged(index(row + 1, 0), index(row + 1, columnCount() - 1),
                         {NewDayRole, DayLabelRole});
}

void TimelineModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    if (row < rowCount())
        emit dataChanged(index(row, 0), index(row, columnCount() - 1), {NewDayRole, DayLabelRole});
}

void TimelineModel::onEntryAdded(const Entry &entry)
{
    if (entry.incidentId != m_incidentId || rowOfEntry(entry.id) >= 0)
        return;
    m_cache.insert(entry.id, new Entry(entry));
    if (textFiltered()) {
        if (!m_session->matches(entry, untexted(m_filter)))
            return;
        insertKey(m_untexted, keyOf(entry));
    }
    if (m_session->matches(entry, m_filter))
        insertRow(keyOf(entry));
}

void TimelineModel::onEntryChanged(const Entry &entry)
{
    if (entry.incidentId != m_incidentId)
        return;
    m_cache.insert(entry.id, new Entry(entry));
    if (textFiltered()) {
        const int at = indexOfId(m_untexted, entry.id);
        if (at >= 0)
            m_untexted.removeAt(at);
        if (m_session->matches(entry, untexted(m_filter)))
            insertKey(m_untexted, keyOf(entry));
    }
    const int row = rowOfEntry(entry.id);
    const bool wanted = m_session->matches(entry, m_filter);
    if (row < 0) {
        if (wanted)
            insertRow(keyOf(entry));
        return;
    }
    if (!wanted) {
        removeRow(row);
        return;
    }
    if (m_rows.at(row) != keyOf(entry)) {
        removeRow(row);
        insertRow(keyOf(entry));
        return;
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 TimelineModel::shownMs(qint64 ms) const
{
    if (m_showUtc)
        return ms;
    const qint64 bucket = floorDiv(ms, QuarterHourMs);
    auto it = m_offsetByQuarterHour.constFind(bucket);
    if (it == m_offsetByQuarterHour.constEnd())
        it = m_offsetByQuarterHour.insert(bucket, fromMs(ms).toLocalTime().offsetFromUtc());
    return ms + qint64(*it) * 1000;
}

qint64 TimelineModel::shownDay(int row) const
{
    return floorDiv(shownMs(m_rows.at(row).occurredMs), DayMs);
}

bool TimelineModel::startsNewDay(int row) const
{
    return row == 0 || shownDay(row) != shownDay(row - 1);
}

QString TimelineModel::timeText(int row) const
{
    const qint64 ms = shownMs(m_rows.at(row).occurredMs);
    const qint64 day = floorDiv(ms, DayMs);
    return QTime::fromMSecsSinceStartOfDay(int(ms - day * DayMs)).toString(u"HH:mm:ss"_s);
}

QString TimelineModel::dayLabel(int row) const
{
    if (!startsNewDay(row))
        return {};
    // A change of day is spelled out, never left to be inferred from the clock going back.
    const qint64 day = floorDiv(shownMs(m_rows.at(row).occurredMs), DayMs);
    return QLocale().toString(QDate::fromJulianDay(day + UnixEpochJulianDay), u"ddd d MMM"_s);
}

QString TimelineModel::toolTip(const Entry &e) const
{
    const QLocale locale;
    const QDateTime local = e.occurredAt.toLocalTime();
    QString tip
        = tr("Happened %1 %2 (%3 UTC)")
              .arg(locale.toString(local, u"ddd d MMM yyyy HH:mm:ss"_s),
                   local.timeZoneAbbreviation(), e.occurredAt.toUTC().toString(u"HH:mm:ss"_s));
    tip += u'\n'
           + tr("Logged %1 by %2")
                 .arg(locale.toString(e.loggedAt.toLocalTime(), u"ddd d MMM HH:mm:ss"_s), e.scribe);
    if (e.edits > 0)
        tip += u'\n' + tr("Edited %n time(s); the history is kept.", nullptr, e.edits);
    if (e.isRetracted())
        tip += u'\n' + tr("Retracted by %1: %2").arg(e.retractedBy, e.retractReason);
    return tip;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    // Roles a key answers need no read: the view can place and date every row for free.
    switch (role) {
    case EntryIdRole:
        return m_rows.at(row).id;
    case NewDayRole:
        return startsNewDay(row);
    case DayLabelRole:
        return dayLabel(row);
    case SortKeyRole:
        return m_rows.at(row).occurredMs;
    case OccurredAtRole:
        return fromMs(m_rows.at(row).occurredMs);
    case Qt::DisplayRole:
        if (index.column() == TimeColumn)
            return timeText(row);
        break;
    }
    const Entry *read = cachedEntry(row);
    if (!read) {
        if (role == Qt::DisplayRole && index.column() == TextColumn)
            return tr("Could not read this entry: %1").arg(m_lastError);
        return {};
    }
    const Entry &e = *read;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return e.isRetracted() ? tr("%1 (retracted)").arg(kindDisplayName(e.kind))
                                   : kindDisplayName(e.kind);
        case ActorColumn:
            return e.actor;
        case TextColumn: {
            QString text = e.text.left(DisplayLimit);
            if (e.kind == EntryKind::Update) {
                // "Executive update sent:" says little: show the update's own first line too.
                const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
                if (lines.size() > 1)
                    text = lines.at(0) + u' ' + lines.at(1).trimmed()
                           + (lines.size() > 2 ? u"\n"_s : QString());
            }
            const qsizetype newline = text.indexOf(u'\n');
            if (newline >= 0 || e.text.size() > DisplayLimit)
                text = text.left(newline >= 0 ? newline : DisplayLimit) + QChar(0x2026);
            if (e.pinned)
                text.prepend(QChar(0x2605) + u" "_s); // a star: pinned, readable without colour
            if (e.edits > 0)
                text += u" "_s + tr("(edited)");
            return text;
        }
        }
        return {};
    case Qt::ToolTipRole:
        return plainToolTip(toolTip(e));
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3: %4")
            .arg(timeText(index.row()), kindDisplayName(e.kind), e.actor, e.text.left(200));
    case KindRole:
        return static_cast<int>(e.kind);
    case KindKeyRole:
        return kindKey(e.kind);
    case SystemRole:
        return isSystemKind(e.kind);
    case PinnedRole:
        return e.pinned;
    case RetractedRole:
        return e.isRetracted();
    case EditedRole:
        return e.edits > 0;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return m_showUtc ? tr("When (UTC)") : tr("When (local)");
    case KindColumn:
        return tr("Kind");
    case ActorColumn:
        return tr("Who");
    case TextColumn:
        return tr("What happened");
    }
    return {};
}

} // namespace bridge
