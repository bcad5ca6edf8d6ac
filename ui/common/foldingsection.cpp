#include "foldingsection.h"

#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bridge {

FoldingSection::FoldingSection(const QString &title, QWidget *content, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_header(new QToolButton(this))
    , m_content(content)
{
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_header->setAutoRaise(true);
    m_header->setCheckable(true);
    m_header->setChecked(true);
    m_header->setArrowType(Qt::DownArrow);
    m_header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    content->setParent(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(content);
    connect(m_header, &QToolButton::toggled, this, [this](bool open) { setFolded(!open); });
    showTitle();
}

void FoldingSection::setSummary(const QString &summary)
{
    m_summary = summary;
    showTitle();
}

void FoldingSection::setFolded(bool folded)
{
    m_header->setChecked(!folded);
    m_header->setArrowType(folded ? Qt::RightArrow : Qt::DownArrow);
    m_content->setVisible(!folded);
    showTitle();
}

bool FoldingSection::isFolded() const
{
    return !m_header->isChecked();
}

void FoldingSection::showTitle()
{
    const QString text = m_summary.isEmpty() ? m_title : u"%1 — %2"_s.arg(m_title, m_summary);
    m_header->setText(text);
    m_header->setAccessibleName(m_title);
    m_header->setToolTip(isFolded() ? tr("Show this section") : tr("Fold this section away"));
}

} // namespace bridge
