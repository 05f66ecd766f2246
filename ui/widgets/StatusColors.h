#pragma once

#include <QColor>
#include <QString>

class QWidget;

namespace authscope {

// What a coloured text or mark says; the pages colour outcomes (verified, refused, a warning) through these.
enum class StatusColor
{
    Good,
    Bad,
    Caution,
    Info,
    Neutral
};

// A text colour with at least 4.5:1 contrast (WCAG AA) on the window, base and alternate base colours of the
// light or the dark scheme.
[[nodiscard]] QColor statusColor(StatusColor role, bool dark);
// The same for the palette in use now (isDarkPalette()).
[[nodiscard]] QColor statusColor(StatusColor role);

// Quieter text that stays readable (4.5:1): ended sessions, retired keys, captions.
[[nodiscard]] QColor mutedTextColor();

// A colour for chart marks, at least 3:1 against the chart background of the light or dark chart theme.
[[nodiscard]] QColor chartColor(StatusColor role, bool dark);

// Gives `widget` a palette of its own with only the text colour set: the other roles follow the application
// palette (a later change of scheme included).
void setTextColor(QWidget* widget, const QColor& color);

// A style sheet giving a label (or other widget class) the status colour for the palette in use now.
[[nodiscard]] QString statusStyleSheet(const QString& widgetClass, StatusColor role, bool bold = false);

} // namespace authscope
