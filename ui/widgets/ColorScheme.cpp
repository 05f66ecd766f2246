#include "ui/widgets/ColorScheme.h"

#include "ui/widgets/IndicatorStyle.h"
#include "ui/widgets/StatusColors.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

namespace authscope {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x8a, 0x8d, 0x91);
    // #3d7bd9 gave white selected text only 4.2:1; this blue gives 5.4:1.
    const QColor highlight(0x2c, 0x68, 0xc8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    // Placeholder text doubles as the quieter text of the pages (captions, ended rows): 5.2:1 on the window.
    p.setColor(QPalette::PlaceholderText, statusColor(StatusColor::Neutral, true));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::Midlight, QColor(0x34, 0x37, 0x3b));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    return p;
}

// Fusion's own light palette, with a darker selection: its #308cc6 gives white selected text only 3.7:1.
QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion->standardPalette();
    const QColor highlight(0x1a, 0x5f, 0xb4);
    p.setColor(QPalette::Active, QPalette::Highlight, highlight);
    p.setColor(QPalette::Inactive, QPalette::Highlight, highlight);
    p.setColor(QPalette::Active, QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, Qt::white);
    // Fusion's placeholder is half-transparent text (3.9:1 on the window); the pages also use it for quieter
    // text, which must stay readable.
    const QColor placeholder = statusColor(StatusColor::Neutral, false);
    p.setColor(QPalette::Active, QPalette::PlaceholderText, placeholder);
    p.setColor(QPalette::Inactive, QPalette::PlaceholderText, placeholder);
    return p;
}

// True when the platform gave the application no palette of its own (plain X11 without a desktop theme, for
// one): the palette is then Fusion's built-in light one.
bool isFusionFallback(const QPalette& palette)
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette standard = fusion->standardPalette();
    for (const auto role : {QPalette::Window, QPalette::WindowText, QPalette::Base, QPalette::Text, QPalette::Button,
                            QPalette::ButtonText, QPalette::Highlight}) {
        if (palette.color(QPalette::Active, role) != standard.color(QPalette::Active, role)) {
            return false;
        }
    }
    return true;
}

} // namespace

void applyColorScheme(Settings::ColorScheme scheme)
{
    // What the platform gave before any scheme was applied (the first call comes from main()).
    static const QString platformStyle = QApplication::style()->name();
    static const QPalette platformPalette = QApplication::palette();
    switch (scheme) {
    case Settings::ColorScheme::System:
        QApplication::setStyle(QStyleFactory::create(platformStyle));
        // The desktop's palette, light or dark, as it is; when the platform has none, our Fusion light palette.
        QApplication::setPalette(isFusionFallback(platformPalette) ? lightPalette() : platformPalette);
        break;
    case Settings::ColorScheme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case Settings::ColorScheme::Dark:
        QApplication::setStyle(new IndicatorStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(darkPalette());
        break;
    }
}

bool isDarkPalette()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

} // namespace authscope
