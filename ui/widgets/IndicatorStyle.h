#pragma once

#include <QProxyStyle>

namespace authscope {

// Fusion with check box and radio button indicators that stay visible on a dark palette: Fusion outlines them in
// a shade of the window colour, which on a dark window is as dark as the field inside (WCAG 1.4.11 asks 3:1 for
// the parts of a control). The outline is drawn again in the palette's quieter text colour.
class IndicatorStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorStyle)

public:
    explicit IndicatorStyle(QStyle* base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

} // namespace authscope
