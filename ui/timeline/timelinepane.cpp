#include "timelinepane.h"

#include "common/noticebar.h"

#include "common/kindstyle.h"
#include "common/tableview.h"
#include "domain/localzone.h"
#include "entrybar.h"
#include "entryeditdialog.h"
#include "filterbar.h"
#include "session/incidentsession.h"
#include "timelinedelegate.h"
#include "timelinemodel.h"
#include "waitinglines.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bridge {

TimelinePane::TimelinePane(IncidentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TimelineModel(session, this))
    , m_filterBar(new FilterBar(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_notice(new NoticeBar(tr("Timeline notice"), this))
    , m_entryBar(new EntryBar(session, this))
    , m_delegate(new TimelineDelegate(this))
    , m_landedTimer(new QTimer(this))
    , m_edit(new QAction(tr("&Edit Entry…"), this))
    , m_pin(new QAction(tr("&Pin as Key Moment"), this))
    , m_retract(new QAction(tr("&Retract Entry…"), this))
    , m_search(new QAction(tr("&Search Timeline"), this))
    , m_toWorkstream(new QAction(tr("Start a &Workstream from This Entry…"), this))
    , m_goTo(new QAction(tr("Go to the &Timeline"), this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    // Typing in the table goes to the entry bar, never to type-to-find (see eventFilter).
    m_view->installEventFilter(this);
    setUpRecordTable(m_view, tr("Timeline"));
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(
        TimelineModel::TimeColumn,
        m_view->fontMetrics().horizontalAdvance(QLatin1StringView("Wed 30 Sep  00:00:00")) + 24);
    // Wide enough for the longest kind with its badge and "(retracted)".
    header->resizeSection(TimelineModel::KindColumn,
                          m_view->fontMetrics().horizontalAdvance(tr("Observation (retracted)"))
                              + 44);
    header->resizeSection(TimelineModel::ActorColumn, 150);

    m_count->setTextFormat(Qt::PlainText);
    m_count->setEnabled(false);
    // The same amber strip as the window's reminders, with the way out on a button.
    connect(m_notice, &NoticeBar::actionTriggered, this, [this] {
        m_filterBar->clear();
        backToEntryBar();
    });
    m_landedTimer->setSingleShot(true);
    m_landedTimer->setInterval(4000);
    connect(m_landedTimer, &QTimer::timeout, this, [this] {
        m_delegate->setLanded(0);
        m_view->viewport()->update();
    });

    m_edit->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return)});
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    m_pin->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pin->setCheckable(true);
    m_retract->setShortcut(QKeySequence::Delete);
    m_retract->setShortcutContext(Qt::WidgetShortcut);
    m_search->setShortcut(QKeySequence::Find);
    m_goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_goTo->setToolTip(tr("Move the keyboard into the timeline's table; Esc comes back"));
    addAction(m_goTo);
    connect(m_goTo, &QAction::triggered, this, [this] {
        // Onto the line just logged if there is one, else the newest unless a row is chosen.
        const int logged = m_model->rowOfEntry(m_justLogged);
        m_view->setFocus(Qt::ShortcutFocusReason);
        if (logged >= 0)
            m_view->setCurrentIndex(m_model->index(logged, 0));
        else if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
    });
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
    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const TimelineFilter &f) {
        m_delegate->setHighlight(f.text);
        m_view->viewport()->update();
    });
    connect(m_filterBar, &FilterBar::searchDismissed, this, &TimelinePane::backToEntryBar);
    connect(m_entryBar, &EntryBar::escapePressed, this, [this] {
        if (!m_notice->isHidden())
            m_filterBar->clear();
    });
    connect(m_model, &TimelineModel::modelReset, this, [this] {
        // A filter change that brings the hidden line back ends the warning.
        if (!m_notice->isHidden() && m_model->rowOfEntry(m_justLogged) >= 0)
            m_notice->dismiss();
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
    // The table grows its range after a row lands, later than rowsInserted: follow it there.
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_followTail)
            m_view->verticalScrollBar()->setValue(max);
    });
    connect(m_model, &TimelineModel::rowsInserted, this, [this] {
        updateCount();
        if (m_followTail)
            m_view->scrollToBottom();
    });
    connect(m_model, &TimelineModel::rowsRemoved, this, &TimelinePane::updateCount);
    connect(m_model, &TimelineModel::searchCompleted, this, &TimelinePane::updateCount);
    connect(m_model, &TimelineModel::dataChanged, this, &TimelinePane::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // A row the scribe picks in the table is what Ctrl+P means from now on.
        if (m_view->hasFocus())
            m_justLogged = 0;
        updateActions();
        emit currentEntryChanged(currentEntryId());
    });
    connect(m_entryBar, &EntryBar::logged, this, &TimelinePane::landed);
    connect(session, &IncidentSession::entryAdded, this, [this](const Entry &e) {
        if (e.incidentId == m_model->incidentId() && !m_filterBar->hasActor(e.actor))
            m_filterBar->setActors(m_session->actors(e.incidentId));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The count sits beside the filters, where a filtered view is explained.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterBar, 1);
    filters->addWidget(m_count);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    m_waiting = new WaitingLines(session, this);
    layout->addWidget(m_waiting);
    layout->addWidget(m_notice);
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
    m_waiting->setIncident(incidentId);
    m_justLogged = 0;
    m_notice->dismiss();
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

qint64 TimelinePane::pinTarget() const
{
    return m_justLogged > 0 ? m_justLogged : currentEntryId();
}

QString TimelinePane::noticeText() const
{
    return m_notice->text();
}

void TimelinePane::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool any = current.isValid();
    // Enabled on system and retracted rows too: pressing them says why not, never nothing.
    m_edit->setEnabled(any);
    m_retract->setEnabled(any);
    const qint64 target = pinTarget();
    m_pin->setEnabled(target > 0);
    if (target <= 0) {
        m_pin->setChecked(false);
        return;
    }
    // The model holds the row already (cached around the view); the database only when the
    // line just logged is not among the rows shown (hidden by a filter).
    const int row = target == currentEntryId() ? current.row() : m_model->rowOfEntry(target);
    if (row >= 0) {
        m_pin->setChecked(m_model->entryAt(row).pinned);
        return;
    }
    const auto entry = m_session->entry(target);
    m_pin->setChecked(entry && entry->pinned);
}

bool TimelinePane::eventFilter(QObject *watched, QEvent *event)
{
    // Going into the table (Ctrl+T, a click) means its rows are what the keys act on now.
    if (watched == m_view && event->type() == QEvent::FocusIn)
        m_justLogged = 0;
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool command
            = key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
        if (key->key() == Qt::Key_Escape) {
            backToEntryBar();
            return true;
        }
        // A scribe who starts typing means a new line, wherever the focus was left.
        if (!command && !key->text().isEmpty() && key->text().at(0).isPrint()) {
            backToEntryBar();
            m_entryBar->textEdit()->insert(key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TimelinePane::backToEntryBar()
{
    m_entryBar->focusText();
}

void TimelinePane::landed(qint64 entryId)
{
    m_justLogged = entryId;
    updateActions();
    const int row = m_model->rowOfEntry(entryId);
    if (row < 0) {
        m_notice->notify(tr("Your new line was logged but is hidden by the filter — press Esc "
                            "to clear the filter and see it."),
                         tr("Clear the Filter")); // no mnemonic: Alt+F is the File menu
        return;
    }
    m_notice->dismiss();
    // The newest entry stays in view; a backfilled line is marked where it landed instead.
    m_followTail = true;
    m_view->scrollToBottom();
    const int above = m_model->rowCount() - 1 - row;
    if (above > 0) {
        m_delegate->setLanded(entryId);
        m_view->viewport()->update();
        m_landedTimer->start();
        const auto entry = m_session->entry(entryId);
        emit message(
            tr("Logged at %1, %n row(s) above the newest (marked in amber).", nullptr, above)
                .arg(entry ? QLocale().toString(entry->occurredAt.toTimeZone(localZone()),
                                                u"HH:mm:ss"_s)
                           : QString()));
    }
}

QString TimelinePane::countText() const
{
    return m_count->text();
}

void TimelinePane::updateCount()
{
    const int shown = m_model->rowCount();
    if (!m_model->searchComplete()) {
        m_count->setText(tr("The newest %n matches; finding older ones…", nullptr, shown));
        return;
    }
    m_count->setText(m_model->filter().isEmpty() && m_model->filter().includeRetracted
                         ? tr("%n entries", nullptr, shown)
                         : tr("%n entries match the filter", nullptr, shown));
}

void TimelinePane::editCurrent()
{
    const int row = m_view->currentIndex().row();
    if (row < 0)
        return;
    const Entry entry = m_model->entryAt(row);
    if (isSystemKind(entry.kind)) {
        emit message(tr("%1 lines are written by the application and cannot be edited: log a "
                        "note that corrects it instead.")
                         .arg(kindDisplayName(entry.kind)));
        return;
    }
    EntryEditDialog dialog(m_session, entry, this);
    dialog.exec();
    backToEntryBar();
}

void TimelinePane::togglePinCurrent()
{
    const qint64 id = pinTarget();
    if (id <= 0)
        return;
    const auto entry = m_session->entry(id);
    if (!entry) {
        emit message(entry.error().message);
        return;
    }
    if (auto done = m_session->setPinned(id, !entry->pinned); !done) {
        emit message(done.error().message);
    } else {
        const QString when
            = QLocale().toString(entry->occurredAt.toTimeZone(localZone()), u"HH:mm"_s);
        const QString quoted = glimpse(entry->text, 40);
        emit message((entry->pinned ? tr("Unpinned %1 “%2”") : tr("Pinned %1 “%2” as a key moment"))
                         .arg(when, quoted));
    }
    updateActions();
    backToEntryBar();
}

void TimelinePane::retractCurrent()
{
    const qint64 id = currentEntryId();
    if (id <= 0)
        return;
    const Entry entry = m_model->entryAt(m_view->currentIndex().row());
    if (isSystemKind(entry.kind)) {
        emit message(tr("%1 lines are written by the application and cannot be retracted: "
                        "they record what the application did. Log a note that corrects it "
                        "instead.")
                         .arg(kindDisplayName(entry.kind)));
        return;
    }
    if (entry.isRetracted()) {
        emit message(tr("That entry is already retracted; it stays on the record, struck "
                        "through."));
        return;
    }
    // Whatever happens in the dialog, the keyboard ends up back where lines are typed.
    const auto back = qScopeGuard([this] { backToEntryBar(); });
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
