#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace bridge {

// A strip that stays until it is dealt with: a reminder that is still true, an incident that
// another process opened. Unlike a status-bar message it does not time out. One action button
// (optional) and a dismiss button. However long its text, it never makes the window wider:
// it wraps, or (on one line, in the status bar) is cut with an ellipsis and shown whole in
// its tooltip.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    enum class Lines { Wrapped, One };
    explicit NoticeBar(const QString &accessibleName, QWidget *parent = nullptr,
                       Lines lines = Lines::Wrapped);

    // Shows text (plain) with an action button when actionText is not empty.
    void notify(const QString &text, const QString &actionText = {});
    void dismiss();
    QString text() const;

signals:
    void actionTriggered();
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitText();

    Lines m_lines;
    QString m_fullText;
    QLabel *m_text;
    QToolButton *m_action;
    QToolButton *m_close;
};

} // namespace bridge
