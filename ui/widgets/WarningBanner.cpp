#include "ui/widgets/WarningBanner.h"

#include "ui/widgets/ColorScheme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace authscope {

WarningBanner::WarningBanner(QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_label, 1);
    setVisible(false);
    restyle();
}

void WarningBanner::setMessage(const QString& html, StatusColor role)
{
    m_role = role;
    m_label->setText(html);
    setVisible(!html.isEmpty());
    restyle();
}

QString WarningBanner::text() const
{
    return m_label->text();
}

void WarningBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        restyle();
    }
}

void WarningBanner::restyle()
{
    // A tinted background under text in the status colour: the text keeps its 4.5:1 contrast because the tint is
    // mostly the window colour.
    const bool dark = isDarkPalette();
    const QColor accent = statusColor(m_role, dark);
    const QColor window = palette().color(QPalette::Window);
    const auto mix = [&](int a, int b) { return (a * 85 + b * 15) / 100; };
    const QColor tint(mix(window.red(), accent.red()), mix(window.green(), accent.green()),
                      mix(window.blue(), accent.blue()));
    setStyleSheet(QStringLiteral("WarningBanner { background: %1; border: 1px solid %2; border-radius: 3px; }"
                                 "WarningBanner QLabel { color: %3; background: transparent; }")
                      .arg(tint.name(), accent.name(), palette().color(QPalette::WindowText).name()));
}

} // namespace authscope
