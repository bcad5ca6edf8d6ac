#include "rostermodel.h"

#include "domain/timeparse.h"
#include "session/incidentsession.h"

using namespace Qt::StringLiterals;

namespace bridge {

RosterModel::RosterModel(IncidentSession *session, QObject *parent)
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

void RosterModel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    reload();
}

void RosterModel::reload()
{
    QList<Row> rows;
    if (m_incidentId > 0) {
        auto people = m_session->responders(m_incidentId);
        auto roles = m_session->roles(m_incidentId);
        auto streams = m_session->workstreams(m_incidentId);
        if (people) {
            for (const ResponderFigures &f : *people) {
                Row row{f, {}};
                if (roles) {
                    for (const RoleAssignment &a : *roles) {
                        if (a.isCurrent() && a.person == f.name)
                            row.roles << roleDisplayName(a.role);
                    }
                }
                if (streams) {
                    for (const Workstream &w : *streams) {
                        if (w.owner == f.name && w.state != WorkstreamState::Done)
                            row.roles << tr("owns \"%1\"").arg(w.title);
                    }
                }
                rows << row;
            }
        }
    }
    // Those on the bridge first, the most loaded at the top.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.figures.isOnBridge() != b.figures.isOnBridge())
            return a.figures.isOnBridge();
        if (a.figures.warnings.size() != b.figures.warnings.size())
            return a.figures.warnings.size() > b.figures.warnings.size();
        return a.figures.onBridgeSeconds > b.figures.onBridgeSeconds;
    });
    const bool sameShape = rows.size() == m_rows.size()
                           && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                         [](const Row &a, const Row &b) {
                                             return a.figures.name == b.figures.name;
                                         });
    if (sameShape) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RosterModel::rowOfPerson(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).figures.name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ResponderFigures &f = row.figures;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return f.isOnBridge() ? f.name : tr("%1 (left)").arg(f.name);
        case RolesColumn:
            return row.roles.join(u", "_s);
        case OnBridgeColumn:
            return formatDuration(f.onBridgeSeconds);
        case SleepingColumn:
            return f.sleepingSeconds > 0 ? formatDuration(f.sleepingSeconds) : QString();
        case IncidentsColumn:
            return f.incidents24h;
        case WorkloadColumn: {
            QStringList lines;
            for (const QString &w : f.warnings)
                lines << warningDisplayText(w, f);
            if (f.firstIncident)
                lines << tr("First incident here: pair them with someone");
            return lines.join(u"; "_s);
        }
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == IncidentsColumn)
            return tr("Incidents this person was on in the last 24 hours");
        if (index.column() == SleepingColumn)
            return tr("Time on this bridge during their sleeping hours");
        QString tip = tr("Joined %1, their time zone %2")
                          .arg(f.joinedAt.toTimeZone(f.zone).toString(u"ddd HH:mm"_s),
                               QString::fromUtf8(f.zone.id()));
        if (f.pagedAt.isValid())
            tip += u'\n'
                   + tr("Paged %1 their time")
                         .arg(f.pagedAt.toTimeZone(f.zone).toString(u"ddd HH:mm"_s));
        if (!f.warnings.isEmpty())
            tip += u'\n' + tr("Consider offering a handoff so they can rest.");
        return tip;
    }
    case PersonRole:
        return f.name;
    case WarningsRole:
        return f.warnings;
    case OnBridgeRole:
        return f.isOnBridge();
    case FirstIncidentRole:
        return f.firstIncident;
    case SortKeyRole:
        return f.onBridgeSeconds;
    }
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Person");
    case RolesColumn:
        return tr("Roles and workstreams");
    case OnBridgeColumn:
        return tr("On bridge");
    case SleepingColumn:
        return tr("At night");
    case IncidentsColumn:
        return tr("24 h");
    case WorkloadColumn:
        return tr("Workload");
    }
    return {};
}

} // namespace bridge
