#include "incidentlistmodel.h"

#include "session/incidentsession.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bridge {

namespace {
// Open incidents before closed ones, then the newest first.
bool listedBefore(const Incident &a, const Incident &b)
{
    if (a.isOpen() != b.isOpen())
        return a.isOpen();
    if (a.startedAt != b.startedAt)
        return a.startedAt > b.startedAt;
    return a.id > b.id;
}
} // namespace

IncidentListModel::IncidentListModel(IncidentSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_incidents(session->incidents())
{
    std::sort(m_incidents.begin(), m_incidents.end(), listedBefore);
    connect(session, &IncidentSession::incidentAdded, this, &IncidentListModel::onAdded);
    connect(session, &IncidentSession::incidentChanged, this, &IncidentListModel::onChanged);
    connect(session, &IncidentSession::databaseReplaced, this, [this, session] {
        beginResetModel();
        m_incidents = session->incidents();
        std::sort(m_incidents.begin(), m_incidents.end(), listedBefore);
        endResetModel();
    });
}

int IncidentListModel::positionFor(const Incident &incident) const
{
    const auto it
        = std::lower_bound(m_incidents.cbegin(), m_incidents.cend(), incident, listedBefore);
    return static_cast<int>(it - m_incidents.cbegin());
}

void IncidentListModel::onAdded(const Incident &incident)
{
    if (rowOfIncident(incident.id) >= 0)
        return onChanged(incident);
    const int row = positionFor(incident);
    beginInsertRows({}, row, row);
    m_incidents.insert(row, incident);
    endInsertRows();
}

void IncidentListModel::onChanged(const Incident &incident)
{
    const int row = rowOfIncident(incident.id);
    if (row < 0)
        return onAdded(incident);
    m_incidents[row] = incident;
    if ((row > 0 && listedBefore(incident, m_incidents.at(row - 1)))
        || (row + 1 < rowCount() && listedBefore(m_incidents.at(row + 1), incident))) {
        // Its place in the order changed (it closed, say): move it where it belongs.
        beginRemoveRows({}, row, row);
        m_incidents.removeAt(row);
        endRemoveRows();
        const int to = positionFor(incident);
        beginInsertRows({}, to, to);
        m_incidents.insert(to, incident);
        endInsertRows();
        return;
    }
    emit dataChanged(index(row), index(row));
}

int IncidentListModel::rowOfIncident(qint64 id) const
{
    for (int row = 0; row < m_incidents.size(); ++row) {
        if (m_incidents.at(row).id == id)
            return row;
    }
    return -1;
}

qint64 IncidentListModel::incidentIdAt(int row) const
{
    return row >= 0 && row < m_incidents.size() ? m_incidents.at(row).id : 0;
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_incidents.size());
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident &i = m_incidents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("#%1 %2 · %3 — %4")
            .arg(QString::number(i.id), severityKey(i.severity), i.title,
                 statusDisplayName(i.status));
    case Qt::ToolTipRole:
        return tr("Started %1")
            .arg(QLocale().toString(i.startedAt.toLocalTime(), QLocale::LongFormat));
    case IncidentIdRole:
        return i.id;
    case SeverityRole:
        return static_cast<int>(i.severity);
    case StatusKeyRole:
        return statusKey(i.status);
    case OpenRole:
        return i.isOpen();
    case SortKeyRole:
        return i.startedAt.toMSecsSinceEpoch();
    }
    return {};
}

} // namespace bridge
