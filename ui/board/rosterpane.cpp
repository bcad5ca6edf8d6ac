#include "rosterpane.h"

#include "boarddelegate.h"
#include "common/tableview.h"
#include "handoffdialog.h"
#include "rosterdialogs.h"
#include "rostermodel.h"
#include "session/incidentsession.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace bridge {

RosterPane::RosterPane(IncidentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RosterModel(session, this))
    , m_view(new QTableView(this))
    , m_refresh(new QTimer(this))
    , m_join(new QAction(tr("&Join…"), this))
    , m_leave(new QAction(tr("&Leave"), this))
    , m_role(new QAction(tr("Assign &Role…"), this))
    , m_handOff(new QAction(tr("Offer a &Handoff…"), this))
    , m_sleepWindow(new QAction(tr("&Sleeping Hours…"), this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new BoardDelegate(m_view));
    setUpRecordTable(m_view, tr("Responders"));
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(RosterModel::NameColumn, 130);
    header->resizeSection(RosterModel::WorkloadColumn, 230);
    header->resizeSection(RosterModel::RolesColumn, 180);
    header->resizeSection(RosterModel::OnBridgeColumn, 75);
    header->resizeSection(RosterModel::SleepingColumn, 75);
    header->resizeSection(RosterModel::IncidentsColumn, 40);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_join);
    toolbar->addAction(m_leave);
    toolbar->addAction(m_role);
    toolbar->addAction(m_handOff);
    toolbar->addAction(m_sleepWindow);
    connect(m_sleepWindow, &QAction::triggered, this, [this] {
        SleepWindowDialog dialog(m_session, this);
        dialog.exec();
    });
    m_handOff->setToolTip(tr("Hand this person's role or workstream to someone rested"));

    connect(m_join, &QAction::triggered, this, [this] {
        JoinDialog dialog(m_session, m_incidentId, this);
        dialog.exec();
    });
    connect(m_leave, &QAction::triggered, this, [this] {
        const QString person = currentPerson();
        if (person.isEmpty())
            return;
        if (auto left = m_session->leave(m_incidentId, person); !left)
            emit message(left.error().message);
    });
    connect(m_role, &QAction::triggered, this, [this] {
        RoleDialog dialog(m_session, m_incidentId, currentPerson(), this);
        dialog.exec();
    });
    connect(m_handOff, &QAction::triggered, this, [this] {
        HandoffDialog dialog(m_session, m_incidentId, this);
        dialog.selectHeldBy(currentPerson());
        dialog.exec();
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_handOff);
        menu.addAction(m_role);
        menu.addAction(m_leave);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RosterPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RosterPane::updateActions);
    // Time on the bridge grows by itself; refresh the figures every half minute.
    connect(m_refresh, &QTimer::timeout, m_model, &RosterModel::reload);
    m_refresh->start(30000);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(toolbar);
    if (session->database().isTeam()) {
        m_connected = new QLabel(this);
        m_connected->setTextFormat(Qt::PlainText);
        m_connected->setWordWrap(true);
        m_connected->setAccessibleName(tr("Connected now"));
        layout->addWidget(m_connected);
        // Connections come and go without a commit, so this one is read every 10 s.
        auto *presence = new QTimer(this);
        connect(presence, &QTimer::timeout, this, &RosterPane::showWhoIsConnected);
        presence->start(10000);
        connect(session, &IncidentSession::reachabilityChanged, this,
                &RosterPane::showWhoIsConnected);
        showWhoIsConnected();
    }
    layout->addWidget(m_view, 1);
    updateActions();
}

void RosterPane::showWhoIsConnected()
{
    if (!m_session->reachable()) {
        m_connected->setText(tr("Connected now: not known while the team database is "
                                "unreachable."));
        return;
    }
    const auto clients = m_session->connectedNow();
    if (!clients) {
        m_connected->setText(clients.error().message);
        return;
    }
    QStringList names;
    for (const auto &[role, count] : *clients)
        names << (count > 1 ? tr("%1 (%n open)", nullptr, count).arg(role) : role);
    m_connected->setText(
        tr("Connected now (database roles): %1").arg(names.join(QStringLiteral(", "))));
}

void RosterPane::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    m_model->setIncident(incidentId);
    setEnabled(incidentId > 0);
}

QString RosterPane::currentPerson() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(RosterModel::PersonRole).toString() : QString();
}

void RosterPane::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool onBridge = current.isValid() && current.data(RosterModel::OnBridgeRole).toBool();
    m_leave->setEnabled(onBridge);
    m_handOff->setEnabled(onBridge && !m_model->rolesAt(current.row()).isEmpty());
}

} // namespace bridge
