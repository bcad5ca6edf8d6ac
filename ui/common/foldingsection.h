#pragma once

#include <QWidget>

class QToolButton;

namespace bridge {

// A titled part of a long form that folds away to its title, so a facilitator can close
// what is done and keep the rest of the form on one screen. The title says how much is
// inside ("Assumptions — 3, 1 not rated") so a folded section still tells its state.
class FoldingSection : public QWidget
{
    Q_OBJECT
public:
    FoldingSection(const QString &title, QWidget *content, QWidget *parent = nullptr);

    void setSummary(const QString &summary); // shown after the title, in the same line
    void setFolded(bool folded);
    bool isFolded() const;
    QToolButton *header() const { return m_header; }

private:
    void showTitle();

    QString m_title;
    QString m_summary;
    QToolButton *m_header;
    QWidget *m_content;
};

} // namespace bridge
