#pragma once

#include "domain/fatigue.h"

#include <QAbstractTableModel>

namespace bridge {

class IncidentSession;

// The people on an incident with their roles, workstreams and workload. Warnings are
// phrased as load, never blame.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        WorkloadColumn,
        RolesColumn,
        OnBridgeColumn,
        SleepingColumn,
        IncidentsColumn,
        ColumnCount
    };
    enum Role {
        PersonRole = Qt::UserRole + 1,
        WarningsRole, // QStringList of machine keys
        OnBridgeRole,
        FirstIncidentRole,
        SortKeyRole,
    };
    Q_ENUM(Role)

    explicit RosterModel(IncidentSession *session, QObject *parent = nullptr);

    void setIncident(qint64 incidentId);
    void reload();
    const ResponderFigures &figuresAt(int row) const { return m_rows.at(row).figures; }
    QStringList rolesAt(int row) const { return m_rows.at(row).roles; }
    int rowOfPerson(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ResponderFigures figures;
        QStringList roles; // current roles and owned workstreams, display text
    };
    IncidentSession *m_session;
    qint64 m_incidentId = 0;
    QList<Row> m_rows;
};

} // namespace bridge
