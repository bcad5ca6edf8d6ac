#include "filterbar.h"

#include "common/kindstyle.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

namespace bridge {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_kinds(new QToolButton(this))
    , m_actor(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_showRetracted(new QCheckBox(tr("Show &retracted"), this))
    , m_debounce(new QTimer(this))
{
    auto *menu = new QMenu(m_kinds);
    for (EntryKind k : allKinds()) {
        QAction *action = menu->addAction(kindIcon(k), kindDisplayName(k));
        action->setCheckable(true);
        action->setData(static_cast<int>(k));
        connect(action, &QAction::toggled, this, [this] {
            updateKindButton();
            emitFilter();
        });
        m_kindActions << action;
    }
    menu->addSeparator();
    menu->addAction(tr("Show all kinds"), this, [this] {
        for (QAction *a : std::as_const(m_kindActions)) {
            const QSignalBlocker block(a);
            a->setChecked(false);
        }
        updateKindButton();
        emitFilter();
    });
    m_kinds->setMenu(menu);
    m_kinds->setPopupMode(QToolButton::InstantPopup);
    m_kinds->setAccessibleName(tr("Filter by kind"));
    updateKindButton();

    m_actor->addItem(tr("Everyone"));
    m_actor->setAccessibleName(tr("Filter by person"));
    m_actor->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_text->setPlaceholderText(tr("Search the timeline (Ctrl+F)"));
    m_text->setAccessibleName(tr("Search the timeline"));
    m_text->setClearButtonEnabled(true);
    // Esc in the search clears it (and only it) and goes back to the entry bar's side.
    auto *clearSearch = new QAction(tr("Clear the Search"), m_text);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, this, [this] {
        m_text->clear();
        emitFilter();
        emit searchDismissed();
    });
    m_text->addAction(clearSearch);

    m_showRetracted->setChecked(true);
    m_showRetracted->setToolTip(tr("Retracted entries stay on the record, struck through"));

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(180);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::emitFilter);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_actor, &QComboBox::currentIndexChanged, this, &FilterBar::emitFilter);
    connect(m_showRetracted, &QCheckBox::toggled, this, &FilterBar::emitFilter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_kinds);
    layout->addWidget(m_actor);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_showRetracted);
}

TimelineFilter FilterBar::filter() const
{
    TimelineFilter f;
    for (const QAction *a : m_kindActions) {
        if (a->isChecked())
            f.kinds << static_cast<EntryKind>(a->data().toInt());
    }
    if (m_actor->currentIndex() > 0)
        f.actor = m_actor->currentText();
    f.text = m_text->text().trimmed();
    f.includeRetracted = m_showRetracted->isChecked();
    return f;
}

void FilterBar::setActors(const QStringList &names)
{
    const QString current = m_actor->currentIndex() > 0 ? m_actor->currentText() : QString();
    const QSignalBlocker block(m_actor);
    while (m_actor->count() > 1)
        m_actor->removeItem(1);
    m_actor->addItems(names);
    const int found = m_actor->findText(current);
    m_actor->setCurrentIndex(found > 0 ? found : 0);
}

bool FilterBar::hasActor(const QString &name) const
{
    return m_actor->findText(name, Qt::MatchFixedString) > 0;
}

void FilterBar::clear()
{
    {
        const QSignalBlocker blockText(m_text);
        const QSignalBlocker blockActor(m_actor);
        const QSignalBlocker blockRetracted(m_showRetracted);
        m_text->clear();
        m_actor->setCurrentIndex(0);
        m_showRetracted->setChecked(true);
        for (QAction *a : std::as_const(m_kindActions)) {
            const QSignalBlocker block(a);
            a->setChecked(false);
        }
    }
    updateKindButton();
    emitFilter();
}

void FilterBar::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::updateKindButton()
{
    QStringList chosen;
    for (const QAction *a : std::as_const(m_kindActions)) {
        if (a->isChecked())
            chosen << a->text();
    }
    m_kinds->setText(chosen.isEmpty()     ? tr("All kinds")
                     : chosen.size() <= 2 ? chosen.join(QLatin1StringView(", "))
                                          : tr("%n kinds", nullptr, int(chosen.size())));
}

void FilterBar::emitFilter()
{
    m_debounce->stop();
    emit filterChanged(filter());
}

} // namespace bridge
