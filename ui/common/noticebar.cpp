#include "noticebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace bridge {

NoticeBar::NoticeBar(const QString &accessibleName, QWidget *parent, Lines lines)
    : QFrame(parent)
    , m_lines(lines)
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
    // A label's unbroken line is its minimum width: a long notice (a server address and what
    // happens while it is away) would widen the window past the screen, and a window that
    // grew does not shrink back. So the text wraps, or, in the status bar, where a wrapping
    // label reserves two lines, it is cut to the room there is.
    m_text->setWordWrap(lines == Lines::Wrapped);
    if (lines == Lines::One) {
        m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_text->installEventFilter(this);
    } else {
        m_text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    }
    m_close->setText(u"✕"_s);
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss"));
    // A slim strip: one line of text and a small button, so it costs no timeline row.
    m_action->setToolButtonStyle(Qt::ToolButtonTextOnly);
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
    m_fullText = text;
    m_text->setToolTip(text); // in full, should a narrow window cut it
    fitText();
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
    return isHidden() ? QString() : m_fullText;
}

bool NoticeBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::Resize)
        fitText();
    return QFrame::eventFilter(watched, event);
}

void NoticeBar::fitText()
{
    if (m_lines == Lines::Wrapped) {
        m_text->setText(m_fullText);
        return;
    }
    m_text->setText(m_text->fontMetrics().elidedText(m_fullText, Qt::ElideRight,
                                                     m_text->contentsRect().width()));
}

} // namespace bridge
