#include "workstreammodel.h"
#include "tooltip.h"

#include "domain/timeparse.h"
#include "session/incidentsession.h"

using namespace Qt::StringLiterals;

namespace bridge {

WorkstreamModel::WorkstreamModel(IncidentSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    // A restore (here or by another process) replaces every row: read them again.
    connect(session, &IncidentSession::databaseReplaced, this, [this] {
        if (m_incidentId > 0)
            reload();
    });
    connect(session, &IncidentSession::boardChanged, this, [this](qint64 incidentId) {
        if (incidentId == m_incidentId)
            reload();
    });
}

void WorkstreamModel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    reload();
}

QDateTime WorkstreamModel::liveNow() const
{
    const auto incident = m_session->incident(m_incidentId);
    return incident ? incident->liveAt(m_session->now()) : m_session->now();
}

bool WorkstreamModel::isOverdue(const Workstream &w) const
{
    // Nothing on a closed incident is overdue; a resolved one is judged at its resolution.
    const auto incident = m_session->incident(m_incidentId);
    if (incident && incident->isClosed())
        return false;
    return w.isCheckInOverdue(liveNow());
}

int WorkstreamModel::urgency(const Row &row) const
{
    const Workstream &w = row.workstream;
    if (w.state == WorkstreamState::Done)
        return 5;
    if (w.state == WorkstreamState::Blocked)
        return 0;
    if (isOverdue(w))
        return 1;
    if (row.pendingHandoffId > 0)
        return 2;
    return w.state == WorkstreamState::Active ? 3 : 4;
}

void WorkstreamModel::reload()
{
    QList<Row> rows;
    if (m_incidentId > 0) {
        auto streams = m_session->workstreams(m_incidentId);
        auto handoffs = m_session->handoffs(m_incidentId);
        if (streams) {
            for (const Workstream &w : *streams) {
                Row row{w, 0, {}, {}};
                if (handoffs) {
                    for (const Handoff &h : *handoffs) {
                        if (!h.role && h.workstreamId == w.id && h.isWaiting()) {
                            row.pendingHandoffId = h.id;
                            row.pendingTo = h.to;
                            row.pendingSince = h.at;
                        }
                    }
                }
                rows << row;
            }
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [this](const Row &a, const Row &b) { return urgency(a) < urgency(b); });
    const bool sameShape = rows.size() == m_rows.size()
                           && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                         [](const Row &a, const Row &b) {
                                             return a.workstream.id == b.workstream.id;
                                         });
    if (sameShape) {
        // Same rows in the same order: update in place so selection survives a refresh.
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void WorkstreamModel::tick()
{
    QList<qint64> order;
    for (const Row &r : std::as_const(m_rows))
        order << r.workstream.id;
    QList<Row> sorted = m_rows;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [this](const Row &a, const Row &b) { return urgency(a) < urgency(b); });
    for (int i = 0; i < sorted.size(); ++i) {
        if (sorted.at(i).workstream.id != order.at(i)) {
            // A check-in just went overdue: it moves up.
            beginResetModel();
            m_rows = sorted;
            endResetModel();
            return;
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WorkstreamModel::rowOfWorkstream(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).workstream.id == id)
            return i;
    }
    return -1;
}

int WorkstreamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int WorkstreamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkstreamModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Workstream &w = row.workstream;
    const QDateTime now = liveNow();
    const bool overdue = isOverdue(w);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            return workstreamStateDisplayName(w.state);
        case TitleColumn:
            return w.title;
        case OwnerColumn: {
            const QString owner = w.owner.isEmpty() ? tr("Nobody — assign an owner") : w.owner;
            if (row.pendingHandoffId > 0)
                return tr("%1 (offered to %2, waiting %3)")
                    .arg(owner, row.pendingTo,
                         formatMinutes(std::max<qint64>(0, row.pendingSince.secsTo(now))));
            return owner;
        }
        case HelpersColumn:
            return w.helpers.join(u", "_s);
        case UpdatedColumn:
            return tr("%1 ago").arg(formatMinutes(w.updatedAt.secsTo(now)));
        case CheckInColumn:
            if (!w.checkInAt.isValid() || w.state == WorkstreamState::Done)
                return QString();
            if (overdue)
                return tr("OVERDUE by %1").arg(formatMinutes(w.checkInAt.secsTo(now)));
            return tr("in %1").arg(formatMinutes(now.secsTo(w.checkInAt)));
        }
        return {};
    case Qt::ToolTipRole:
        return plainToolTip(w.notes.isEmpty() ? w.title : w.title + u"\n\n"_s + w.notes);
    case WorkstreamIdRole:
        return w.id;
    case StateKeyRole:
        return workstreamStateKey(w.state);
    case BlockedRole:
        return w.state == WorkstreamState::Blocked;
    case OverdueRole:
        return overdue;
    case PendingHandoffRole:
        return row.pendingHandoffId > 0;
    case PendingHandoffIdRole:
        return row.pendingHandoffId;
    case CheckInRole:
        return w.checkInAt;
    case SortKeyRole:
        return urgency(row);
    }
    return {};
}

QVariant WorkstreamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case TitleColumn:
        return tr("Workstream");
    case OwnerColumn:
        return tr("Owner");
    case HelpersColumn:
        return tr("Helpers");
    case UpdatedColumn:
        return tr("Updated");
    case CheckInColumn:
        return tr("Next check-in");
    }
    return {};
}

} // namespace bridge
