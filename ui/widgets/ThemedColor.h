#pragma once

#include <QColor>

namespace authscope {

// One colour in its two variants: for the light scheme and for the dark one (0xRRGGBB each), side by side so
// that a change to one is seen next to the other.
struct ThemedColor final
{
    QRgb light;
    QRgb dark;

    [[nodiscard]] QColor in(bool darkScheme) const { return QColor(darkScheme ? dark : light); }
};

} // namespace authscope
