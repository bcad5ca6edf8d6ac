#pragma once

#include "domain/cadence.h"

#include <QAbstractListModel>

namespace bridge {

class IncidentSession;

// Every update sent for an incident, newest first, with its audience and time.
class UpdateListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        UpdateIdRole = Qt::UserRole + 1,
        AudienceKeyRole,
        SentAtRole,
        TextRole,
        SortKeyRole,
    };
    Q_ENUM(Role)

    explicit UpdateListModel(IncidentSession *session, QObject *parent = nullptr);

    void setIncident(qint64 incidentId);
    void reload();
    const StatusUpdate &updateAt(int row) const { return m_updates.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    IncidentSession *m_session;
    qint64 m_incidentId = 0;
    QList<StatusUpdate> m_updates;
};

} // namespace bridge
