#include "timelinemodel.h"

#include "domain/timeparse.h"
#include "session/incidentsession.h"

#include <QLocale>

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

bool before(const Entry &a, const Entry &b)
{
    if (a.occurredAt != b.occurredAt)
        return a.occurredAt < b.occurredAt;
    return a.id < b.id;
}
} // namespace

TimelineModel::TimelineModel(IncidentSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &IncidentSession::entryAdded, this, &TimelineModel::onEntryAdded);
    connect(session, &IncidentSession::entryChanged, this, &TimelineModel::onEntryChanged);
}

void TimelineModel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    reload();
}

void TimelineModel::setFilter(const TimelineFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void TimelineModel::setShowUtc(bool utc)
{
    if (utc == m_showUtc)
        return;
    m_showUtc = utc;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
    emit headerDataChanged(Qt::Horizontal, TimeColumn, TimeColumn);
}

void TimelineModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_lastError.clear();
    if (m_incidentId > 0) {
        auto loaded = m_session->entries(m_incidentId, m_filter);
        if (loaded)
            m_entries = std::move(loaded).value();
        else
            m_lastError = loaded.error().message;
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
}

int TimelineModel::rowOfEntry(qint64 entryId) const
{
    for (int row = static_cast<int>(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries.at(row).id == entryId)
            return row;
    }
    return -1;
}

void TimelineModel::insertSorted(const Entry &entry)
{
    const auto it = std::upper_bound(m_entries.cbegin(), m_entries.cend(), entry, before);
    const int row = static_cast<int>(it - m_entries.cbegin());
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    endInsertRows();
    // The row after may no longer be the first of its day.
    if (row + 1 < rowCount())
        emit dataChanged(index(row + 1, TimeColumn), index(row + 1, TimeColumn));
}

void TimelineModel::removeAt(int row)
{
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    if (row < rowCount())
        emit dataChanged(index(row, TimeColumn), index(row, TimeColumn));
}

void TimelineModel::onEntryAdded(const Entry &entry)
{
    if (entry.incidentId != m_incidentId || rowOfEntry(entry.id) >= 0)
        return;
    if (m_filter.isEmpty() && m_filter.includeRetracted) {
        insertSorted(entry);
    } else if (m_session->matches(entry, m_filter)) {
        insertSorted(entry);
    }
}

void TimelineModel::onEntryChanged(const Entry &entry)
{
    if (entry.incidentId != m_incidentId)
        return;
    const int row = rowOfEntry(entry.id);
    const bool wanted = m_session->matches(entry, m_filter);
    if (row < 0) {
        if (wanted)
            insertSorted(entry);
        return;
    }
    if (!wanted) {
        removeAt(row);
        return;
    }
    if (m_entries.at(row).occurredAt != entry.occurredAt) {
        removeAt(row);
        insertSorted(entry);
        return;
    }
    m_entries[row] = entry;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 TimelineModel::shownMs(const QDateTime &utc) const
{
    const qint64 ms = utc.toMSecsSinceEpoch();
    if (m_showUtc)
        return ms;
    const qint64 bucket = floorDiv(ms, QuarterHourMs);
    auto it = m_offsetByQuarterHour.constFind(bucket);
    if (it == m_offsetByQuarterHour.constEnd())
        it = m_offsetByQuarterHour.insert(bucket, utc.toLocalTime().offsetFromUtc());
    return ms + qint64(*it) * 1000;
}

qint64 TimelineModel::shownDay(int row) const
{
    return floorDiv(shownMs(m_entries.at(row).occurredAt), DayMs);
}

bool TimelineModel::startsNewDay(int row) const
{
    return row == 0 || shownDay(row) != shownDay(row - 1);
}

QString TimelineModel::timeText(int row) const
{
    const qint64 ms = shownMs(m_entries.at(row).occurredAt);
    const qint64 day = floorDiv(ms, DayMs);
    const QString time
        = QTime::fromMSecsSinceStartOfDay(int(ms - day * DayMs)).toString(u"HH:mm:ss"_s);
    if (!startsNewDay(row))
        return time;
    // A change of day is spelled out, never left to be inferred from the clock going back.
    const QDate date = QDate::fromJulianDay(day + UnixEpochJulianDay);
    return u"%1  %2"_s.arg(QLocale().toString(date, u"ddd d MMM"_s), time);
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
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(index.row());
        case KindColumn:
            return e.isRetracted() ? tr("%1 (retracted)").arg(kindDisplayName(e.kind))
                                   : kindDisplayName(e.kind);
        case ActorColumn:
            return e.actor;
        case TextColumn: {
            QString text = e.text.left(DisplayLimit);
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
        return toolTip(e);
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3: %4")
            .arg(timeText(index.row()), kindDisplayName(e.kind), e.actor, e.text.left(200));
    case EntryIdRole:
        return e.id;
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
    case OccurredAtRole:
        return e.occurredAt;
    case NewDayRole:
        return startsNewDay(index.row());
    case SortKeyRole:
        return toMs(e.occurredAt);
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
