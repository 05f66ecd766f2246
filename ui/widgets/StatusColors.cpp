#include "ui/widgets/StatusColors.h"

#include "ui/widgets/ColorScheme.h"
#include "ui/widgets/ThemedColor.h"

#include <QPalette>
#include <QWidget>

#include <iterator>

namespace authscope {

QColor statusColor(StatusColor role, bool dark)
{
    // Light values hold 4.5:1 on Fusion's #efefef window, dark ones on #2b2d31 (the lighter of the dark surfaces).
    // In the order of StatusColor.
    static constexpr ThemedColor colors[] = {
        {0x18743a, 0x81c995}, // Good
        {0xb3261e, 0xff8a80}, // Bad
        {0x9a5b00, 0xffc107}, // Caution
        {0x1a5fb4, 0x8ab4f8}, // Info
        {0x5f6368, 0x9aa0a6}, // Neutral
    };
    static_assert(std::size(colors) == static_cast<std::size_t>(StatusColor::Neutral) + 1);
    return colors[static_cast<std::size_t>(role)].in(dark);
}

QColor statusColor(StatusColor role)
{
    return statusColor(role, isDarkPalette());
}

QColor mutedTextColor()
{
    return statusColor(StatusColor::Neutral);
}

QColor chartColor(StatusColor role, bool dark)
{
    // The text colours are already well above 3:1 on the chart themes' backgrounds (white; #2e303a to #121218).
    return statusColor(role, dark);
}

QString statusStyleSheet(const QString& widgetClass, StatusColor role, bool bold)
{
    return QStringLiteral("%1 { color: %2;%3 }")
        .arg(widgetClass, statusColor(role).name(), bold ? QStringLiteral(" font-weight: bold;") : QString());
}

void setTextColor(QWidget* widget, const QColor& color)
{
    QPalette p;
    p.setColor(QPalette::WindowText, color);
    widget->setPalette(p);
}

} // namespace authscope
