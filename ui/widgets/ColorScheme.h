#pragma once

#include "core/common/Settings.h"

namespace authscope {

// Applies the user's colour scheme: the platform's own palette for System, else Fusion with a light or dark
// palette (the platform may have no dark theme of its own).
void applyColorScheme(Settings::ColorScheme scheme);

// True when the palette in use is dark (for colours that must keep their contrast).
[[nodiscard]] bool isDarkPalette();

} // namespace authscope
