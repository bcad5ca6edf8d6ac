#include "timelinepane.h"

#include "common/tableview.h"
#include "entrybar.h"
#include "entryeditdialog.h"
#include "filterbar.h"
#include "session/incidentsession.h"
#include "timelinedelegate.h"
#include "timelinemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace bridge {

TimelinePane::TimelinePane(IncidentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TimelineModel(session, this))
    , m_filterBar(new FilterBar(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_entryBar(new EntryBar(session, this))
    , m_edit(new QAction(tr("&Edit Entry…"), this))
    , m_pin(new QAction(tr("&Pin as Key Moment"), this))
    , m_retract(new QAction(tr("&Retract Entry…"), this))
    , m_search(new QAction(tr("&Search Timeline"), this))
    , m_toWorkstream(new QAction(tr("Start a &Workstream from This Entry…"), this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    setUpRecordTable(m_view, tr("Timeline"));
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(
        TimelineModel::TimeColumn,
        m_view->fontMetrics().horizontalAdvance(QLatin1StringView("Wed 30 Sep  00:00:00")) + 24);
    header->resizeSection(TimelineModel::KindColumn, 150);
    header->resizeSection(TimelineModel::ActorColumn, 150);

    m_count->setTextFormat(Qt::PlainText);
    m_count->setEnabled(false);

    m_edit->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return)});
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    m_pin->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pin->setCheckable(true);
    m_retract->setShortcut(QKeySequence::Delete);
    m_retract->setShortcutContext(Qt::WidgetShortcut);
    m_search->setShortcut(QKeySequence::Find);
    m_view->addAction(m_edit);
    m_view->addAction(m_retract);
    addAction(m_pin);
    addAction(m_search);
    connect(m_edit, &QAction::triggered, this, &TimelinePane::editCurrent);
    connect(m_pin, &QAction::triggered, this, &TimelinePane::togglePinCurrent);
    connect(m_retract, &QAction::triggered, this, &TimelinePane::retractCurrent);
    connect(m_search, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    connect(m_toWorkstream, &QAction::triggered, this, [this] {
        const int row = m_view->currentIndex().row();
        if (row >= 0)
            emit workstreamFromEntryRequested(m_model->entryAt(row).id, m_model->entryAt(row).text);
    });
    connect(m_view, &QTableView::doubleClicked, this, &TimelinePane::editCurrent);
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_edit);
        menu.addAction(m_pin);
        menu.addAction(m_retract);
        menu.addSeparator();
        menu.addAction(m_toWorkstream);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });

    connect(m_filterBar, &FilterBar::filterChanged, m_model, &TimelineModel::setFilter);
    connect(m_model, &TimelineModel::modelReset, this, [this] {
        updateCount();
        updateActions();
        m_view->scrollToBottom();
        emit currentEntryChanged(currentEntryId());
    });
    connect(m_model, &TimelineModel::loadFailed, this, &TimelinePane::message);
    // Follow the newest entries while the view is at the bottom; stay put while reading back.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_followTail = value >= m_view->verticalScrollBar()->maximum() - 2;
    });
    connect(m_model, &TimelineModel::rowsInserted, this, [this] {
        updateCount();
        if (m_followTail)
            m_view->scrollToBottom();
    });
    connect(m_model, &TimelineModel::rowsRemoved, this, &TimelinePane::updateCount);
    connect(m_model, &TimelineModel::dataChanged, this, &TimelinePane::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        emit currentEntryChanged(currentEntryId());
    });
    connect(m_entryBar, &EntryBar::logged, this, &TimelinePane::scrollToEntry);
    connect(session, &IncidentSession::entryAdded, this, [this](const Entry &e) {
        if (e.incidentId == m_model->incidentId() && !m_filterBar->hasActor(e.actor))
            m_filterBar->setActors(m_session->actors(e.incidentId));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_entryBar);
    updateActions();
}

void TimelinePane::setIncident(qint64 incidentId)
{
    // One scan of the incident's people serves both bars.
    const QStringList actors = m_session->actors(incidentId);
    m_filterBar->setActors(actors);
    m_model->setIncident(incidentId);
    m_entryBar->setIncident(incidentId, actors);
    m_followTail = true;
    m_view->scrollToBottom();
}

void TimelinePane::setShowUtc(bool utc)
{
    m_model->setShowUtc(utc);
}

qint64 TimelinePane::currentEntryId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(TimelineModel::EntryIdRole).toLongLong() : 0;
}

void TimelinePane::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool any = current.isValid();
    const bool system = any && current.data(TimelineModel::SystemRole).toBool();
    const bool retracted = any && current.data(TimelineModel::RetractedRole).toBool();
    m_edit->setEnabled(any && !system);
    m_retract->setEnabled(any && !system && !retracted);
    m_pin->setEnabled(any);
    m_pin->setChecked(any && current.data(TimelineModel::PinnedRole).toBool());
}

void TimelinePane::updateCount()
{
    const int shown = m_model->rowCount();
    m_count->setText(m_model->filter().isEmpty() && m_model->filter().includeRetracted
                         ? tr("%n entries", nullptr, shown)
                         : tr("%n entries match the filter", nullptr, shown));
}

void TimelinePane::scrollToEntry(qint64 entryId)
{
    const int row = m_model->rowOfEntry(entryId);
    if (row >= 0)
        m_view->scrollTo(m_model->index(row, 0));
}

void TimelinePane::editCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || !m_edit->isEnabled())
        return;
    EntryEditDialog dialog(m_session, m_model->entryAt(row), this);
    dialog.exec();
}

void TimelinePane::togglePinCurrent()
{
    const qint64 id = currentEntryId();
    if (id <= 0)
        return;
    const bool pinned = m_model->entryAt(m_view->currentIndex().row()).pinned;
    if (auto done = m_session->setPinned(id, !pinned); !done)
        emit message(done.error().message);
    updateActions();
}

void TimelinePane::retractCurrent()
{
    const qint64 id = currentEntryId();
    if (id <= 0 || !m_retract->isEnabled())
        return;
    QString reason;
    for (;;) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Retract entry"),
                                       tr("Why is this entry retracted? It stays on the record, "
                                          "struck through, with your reason."),
                                       QLineEdit::Normal, reason, &ok);
        if (!ok)
            return;
        const auto done = m_session->retract(id, reason);
        if (done)
            return;
        emit message(done.error().message);
        if (done.error().code != Error::Code::Invalid)
            return;
    }
}

} // namespace bridge
