#include "updatelistmodel.h"
#include "tooltip.h"

#include "session/incidentsession.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bridge {

UpdateListModel::UpdateListModel(IncidentSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    // A restore (here or by another process) replaces every row: read them again.
    connect(session, &IncidentSession::databaseReplaced, this, [this] {
        if (m_incidentId > 0)
            reload();
    });
    connect(session, &IncidentSession::updatesChanged, this, [this](qint64 incidentId) {
        if (incidentId == m_incidentId)
            reload();
    });
}

void UpdateListModel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    reload();
}

void UpdateListModel::reload()
{
    QList<StatusUpdate> fresh;
    if (m_incidentId > 0) {
        if (auto sent = m_session->updates(m_incidentId))
            fresh = *sent;
    }
    std::reverse(fresh.begin(), fresh.end()); // newest first
    if (fresh.size() == m_updates.size()
        && std::equal(fresh.cbegin(), fresh.cend(), m_updates.cbegin(),
                      [](const StatusUpdate &a, const StatusUpdate &b) { return a.id == b.id; }))
        return;
    beginResetModel();
    m_updates = fresh;
    endResetModel();
}

int UpdateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_updates.size());
}

QVariant UpdateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatusUpdate &u = m_updates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 · %2 · %3: %4")
            .arg(QLocale().toString(u.sentAt.toLocalTime(), u"ddd HH:mm"_s),
                 audienceDisplayName(u.audience), u.author, u.text.section(u'\n', 0, 0));
    case Qt::ToolTipRole:
        return plainToolTip(u.text);
    case TextRole:
        return u.text;
    case UpdateIdRole:
        return u.id;
    case AudienceKeyRole:
        return audienceKey(u.audience);
    case SentAtRole:
        return u.sentAt;
    case SortKeyRole:
        return u.sentAt.toMSecsSinceEpoch();
    }
    return {};
}

} // namespace bridge
