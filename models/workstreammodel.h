#pragma once

#include "domain/board.h"

#include <QAbstractTableModel>

namespace bridge {

class IncidentSession;

// The ownership board: one row per workstream, the ones needing the commander first
// (blocked, then overdue check-ins, then active, open, done). Times are relative to the
// session's clock; tick() refreshes them.
class WorkstreamModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        TitleColumn,
        OwnerColumn,
        HelpersColumn,
        UpdatedColumn,
        CheckInColumn,
        ColumnCount
    };
    enum Role {
        WorkstreamIdRole = Qt::UserRole + 1,
        StateKeyRole,
        BlockedRole,
        OverdueRole,        // check-in time has passed
        PendingHandoffRole, // handed to the owner, not yet acknowledged
        PendingHandoffIdRole,
        CheckInRole, // QDateTime
        SortKeyRole,
    };
    Q_ENUM(Role)

    explicit WorkstreamModel(IncidentSession *session, QObject *parent = nullptr);

    void setIncident(qint64 incidentId);
    qint64 incidentId() const { return m_incidentId; }
    const Workstream &workstreamAt(int row) const { return m_rows.at(row).workstream; }
    int rowOfWorkstream(qint64 id) const;
    void reload();
    void tick(); // the clock moved: recompute countdowns and overdue flags

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Workstream workstream;
        qint64 pendingHandoffId = 0;
        QString pendingTo;
        QDateTime pendingSince;
    };
    int urgency(const Row &row) const;
    QDateTime liveNow() const;
    bool isOverdue(const Workstream &w) const;

    IncidentSession *m_session;
    qint64 m_incidentId = 0;
    QList<Row> m_rows;
};

} // namespace bridge
