#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace bridge {

// A strip that stays until it is dealt with: a reminder that is still true, an incident that
// another process opened. Unlike a status-bar message it does not time out. One action button
// (optional) and a dismiss button.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBar(const QString &accessibleName, QWidget *parent = nullptr);

    // Shows text (plain) with an action button when actionText is not empty.
    void notify(const QString &text, const QString &actionText = {});
    void dismiss();
    QString text() const;

signals:
    void actionTriggered();
    void dismissed();

private:
    QLabel *m_text;
    QToolButton *m_action;
    QToolButton *m_close;
};

} // namespace bridge
