#pragma once

#include "domain/entry.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

namespace bridge {

// Kind, person and text filters over the timeline. Text is searched in SQL (FTS5), so the
// bar waits for a pause in typing before asking.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    TimelineFilter filter() const;
    void setActors(const QStringList &names);
    bool hasActor(const QString &name) const;
    void focusSearch();
    // Back to every entry: all kinds, everyone, no search, retracted shown.
    void clear();
    QLineEdit *searchEdit() const { return m_text; }

signals:
    void filterChanged(const bridge::TimelineFilter &filter);
    // Esc cleared the search: the focus belongs back in the entry bar.
    void searchDismissed();

private:
    void emitFilter();
    void updateKindButton();

    QToolButton *m_kinds;
    QList<QAction *> m_kindActions;
    QComboBox *m_actor;
    QLineEdit *m_text;
    QCheckBox *m_showRetracted;
    QTimer *m_debounce;
};

} // namespace bridge
