#include "noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace bridge {

NoticeBar::NoticeBar(const QString &accessibleName, QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_action(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setAccessibleName(accessibleName);
    setObjectName(u"noticeBar"_s);
    // Dark text on amber: readable on light and dark themes alike, and not the red of errors.
    setStyleSheet(u"#noticeBar { background: #ffd54f; border-radius: 3px; } "
                  "#noticeBar QLabel { color: black; font-weight: bold; }"_s);
    m_text->setTextFormat(Qt::PlainText);
    // One line: a wrapping label makes the status bar reserve two.
    m_text->setWordWrap(false);
    m_close->setText(u"✕"_s);
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    // A slim strip: one line of text and a small button, so it costs no timeline row.
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_action, &QToolButton::clicked, this, [this] {
        hide();
        emit actionTriggered();
    });
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    hide();
}

void NoticeBar::notify(const QString &text, const QString &actionText)
{
    m_text->setText(text);
    m_text->setToolTip(text); // in full, should a narrow window cut it
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

void NoticeBar::dismiss()
{
    hide();
}

QString NoticeBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace bridge
