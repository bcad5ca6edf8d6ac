#include "boardpane.h"

#include "boarddelegate.h"
#include "common/tableview.h"
#include "handoffdialog.h"
#include "session/incidentsession.h"
#include "workstreamdialog.h"
#include "workstreammodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bridge {

BoardPane::BoardPane(IncidentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new WorkstreamModel(session, this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_clock(new QTimer(this))
    , m_new(new QAction(tr("&New Workstream…"), this))
    , m_edit(new QAction(tr("&Edit Workstream…"), this))
    , m_handOff(new QAction(tr("&Hand Off…"), this))
    , m_acknowledge(new QAction(tr("&Acknowledge Handoff"), this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new BoardDelegate(m_view));
    setUpRecordTable(m_view, tr("Workstreams"));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(WorkstreamModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(WorkstreamModel::StateColumn, 70);
    header->resizeSection(WorkstreamModel::OwnerColumn, 200);
    header->resizeSection(WorkstreamModel::HelpersColumn, 100);
    header->resizeSection(WorkstreamModel::UpdatedColumn, 80);
    header->resizeSection(WorkstreamModel::CheckInColumn, 130);

    m_summary->setTextFormat(Qt::PlainText);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_handOff->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_acknowledge->setToolTip(tr("The receiver confirms they have it"));
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_new);
    toolbar->addAction(m_edit);
    toolbar->addAction(m_handOff);
    toolbar->addAction(m_acknowledge);
    connect(m_new, &QAction::triggered, this, [this] { newWorkstream(); });
    connect(m_edit, &QAction::triggered, this, &BoardPane::editCurrent);
    connect(m_handOff, &QAction::triggered, this, &BoardPane::handOffCurrent);
    connect(m_acknowledge, &QAction::triggered, this, &BoardPane::acknowledgeCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &BoardPane::editCurrent);
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_edit);
        menu.addAction(m_handOff);
        menu.addAction(m_acknowledge);
        QMenu *state = menu.addMenu(tr("Set &State"));
        for (WorkstreamState s : allWorkstreamStates())
            state->addAction(workstreamStateDisplayName(s), this,
                             [this, s] { setCurrentState(s); });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BoardPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BoardPane::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BoardPane::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BoardPane::updateSummary);
    // Countdowns move every second; an overdue check-in must show the moment it is due.
    connect(m_clock, &QTimer::timeout, m_model, &WorkstreamModel::tick);
    m_clock->start(1000);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(toolbar);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    updateActions();
}

void BoardPane::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    m_model->setIncident(incidentId);
    setEnabled(incidentId > 0);
    updateSummary();
}

qint64 BoardPane::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(WorkstreamModel::WorkstreamIdRole).toLongLong() : 0;
}

void BoardPane::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    m_edit->setEnabled(current.isValid());
    m_acknowledge->setEnabled(current.isValid()
                              && current.data(WorkstreamModel::PendingHandoffRole).toBool());
}

void BoardPane::updateSummary()
{
    int blocked = 0, overdue = 0, pending = 0, open = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex i = m_model->index(row, 0);
        blocked += i.data(WorkstreamModel::BlockedRole).toBool();
        overdue += i.data(WorkstreamModel::OverdueRole).toBool();
        pending += i.data(WorkstreamModel::PendingHandoffRole).toBool();
        open += m_model->workstreamAt(row).state != WorkstreamState::Done;
    }
    QStringList parts{tr("%n open", nullptr, open)};
    if (blocked)
        parts << tr("%n blocked", nullptr, blocked);
    if (overdue)
        parts << tr("%n check-in(s) overdue", nullptr, overdue);
    if (pending)
        parts << tr("%n handoff(s) not acknowledged", nullptr, pending);
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("No workstreams yet. Start one with New Workstream, or from a "
                                "timeline entry's menu.")
                           : parts.join(u" · "_s));
}

void BoardPane::newWorkstream(const WorkstreamDraft &prefill)
{
    if (m_incidentId <= 0)
        return;
    WorkstreamDialog dialog(m_session, m_incidentId, prefill, this);
    if (dialog.exec() == QDialog::Accepted) {
        const int row = m_model->rowOfWorkstream(dialog.workstreamId());
        if (row >= 0)
            m_view->selectRow(row);
    }
}

void BoardPane::editCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    WorkstreamDialog dialog(m_session, m_model->workstreamAt(row), this);
    dialog.exec();
}

void BoardPane::handOffCurrent()
{
    if (m_incidentId <= 0)
        return;
    HandoffDialog dialog(m_session, m_incidentId, this);
    if (const qint64 id = currentId(); id > 0)
        dialog.selectWorkstream(id);
    dialog.exec();
}

void BoardPane::acknowledgeCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 handoff = current.data(WorkstreamModel::PendingHandoffIdRole).toLongLong();
    if (handoff <= 0)
        return;
    if (auto acked = m_session->acknowledgeHandoff(handoff); !acked)
        emit message(acked.error().message);
}

void BoardPane::setCurrentState(WorkstreamState state)
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    const Workstream &w = m_model->workstreamAt(row);
    WorkstreamDraft d{w.title, w.owner, state, w.checkInAt, w.notes, w.helpers, w.sourceEntryId};
    if (auto saved = m_session->updateWorkstream(w.id, d); !saved)
        emit message(saved.error().message);
}

} // namespace bridge
