#include "ui/widgets/IndicatorStyle.h"

#include <QPainter>
#include <QStyleOption>

namespace authscope {

IndicatorStyle::IndicatorStyle(QStyle* base) : QProxyStyle(base) {}

void IndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                   const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton) {
        return;
    }
    const QPalette& palette = option->palette;
    if (palette.color(QPalette::Window).lightness() >= palette.color(QPalette::WindowText).lightness()) {
        return; // light palettes keep Fusion's own outline
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(palette.color(QPalette::PlaceholderText), 1));
    const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_IndicatorRadioButton) {
        painter->drawEllipse(r);
    } else {
        painter->drawRoundedRect(r, 1.5, 1.5);
    }
    painter->restore();
}

} // namespace authscope
