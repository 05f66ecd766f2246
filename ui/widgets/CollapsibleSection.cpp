#include "ui/widgets/CollapsibleSection.h"

#include "ui/widgets/WidgetFactory.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace authscope {

CollapsibleSection::CollapsibleSection(const QString& title, QWidget* body, QWidget* parent)
    : QWidget(parent), m_body(body)
{
    m_header = new QToolButton(this);
    m_header->setText(title);
    m_header->setCheckable(true);
    m_header->setChecked(true);
    m_header->setAutoRaise(true);
    m_header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setMinimumWidth(0);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 0, 0);
    head->addWidget(m_header);
    head->addWidget(m_summary, 1);
    auto* layout = makeMarginless<QVBoxLayout>(this);
    layout->setSpacing(2);
    layout->addLayout(head);
    body->setParent(this);
    layout->addWidget(body);
    connect(m_header, &QToolButton::toggled, this, [this](bool on) {
        m_body->setVisible(on);
        updateHeader();
        Q_EMIT expandedChanged(on);
    });
    updateHeader();
}

bool CollapsibleSection::isExpanded() const
{
    return m_header->isChecked();
}

void CollapsibleSection::setExpanded(bool expanded)
{
    m_header->setChecked(expanded);
}

void CollapsibleSection::setSummary(const QString& summary)
{
    m_summaryText = summary;
    updateHeader();
}

void CollapsibleSection::updateHeader()
{
    m_header->setArrowType(isExpanded() ? Qt::DownArrow : Qt::RightArrow);
    m_header->setAccessibleName(m_header->text() + (isExpanded() ? tr(" (expanded)") : tr(" (collapsed)")));
    m_summary->setText(isExpanded() ? QString() : m_summaryText);
    m_summary->setToolTip(m_summaryText);
}

} // namespace authscope
