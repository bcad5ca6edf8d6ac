#pragma once

#include "domain/incident.h"

#include <QAbstractListModel>

namespace bridge {

class IncidentSession;

// Every incident in the database, open ones first, newest first: the incident switcher.
class IncidentListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IncidentIdRole = Qt::UserRole + 1,
        SeverityRole, // int 1..4
        StatusKeyRole,
        OpenRole,
        SortKeyRole,
    };
    Q_ENUM(Role)

    explicit IncidentListModel(IncidentSession *session, QObject *parent = nullptr);

    int rowOfIncident(qint64 id) const;
    qint64 incidentIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void onAdded(const Incident &incident);
    void onChanged(const Incident &incident);
    int positionFor(const Incident &incident) const;

    QList<Incident> m_incidents;
};

} // namespace bridge
