#include "ui/widgets/StatusColors.h"

#include "ui/widgets/ColorScheme.h"

namespace authscope {

QColor statusColor(StatusColor role, bool dark)
{
    // Light values hold 4.5:1 on Fusion's #efefef window, dark ones on #2b2d31 (the lighter of the dark surfaces).
    switch (role) {
    case StatusColor::Good:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x18, 0x74, 0x3a);
    case StatusColor::Bad:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case StatusColor::Caution:
        return dark ? QColor(0xff, 0xc1, 0x07) : QColor(0x9a, 0x5b, 0x00);
    case StatusColor::Info:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xb4);
    case StatusColor::Neutral:
        break;
    }
    return dark ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x5f, 0x63, 0x68);
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

} // namespace authscope
