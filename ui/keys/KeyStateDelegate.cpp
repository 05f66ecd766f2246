#include "ui/keys/KeyStateDelegate.h"

#include "ui/keys/KeyTableModel.h"
#include "ui/widgets/ColorScheme.h"
#include "ui/widgets/StatusColors.h"

#include <QApplication>
#include <QPainter>

namespace authscope {

QColor KeyStateDelegate::stateColor(KeyState state)
{
    const bool dark = isDarkPalette();
    switch (state) {
    case KeyState::Active:
        return dark ? QColor(0x5b, 0xb9, 0x74) : QColor(0x1b, 0x7f, 0x3b);
    case KeyState::Next:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xd0);
    case KeyState::Retiring:
        return dark ? QColor(0xf2, 0xb8, 0x4b) : QColor(0xa8, 0x5a, 0x00);
    case KeyState::Retired:
        return dark ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x6b, 0x72, 0x80);
    case KeyState::Revoked:
        break;
    }
    return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xb3, 0x26, 0x1e);
}

QColor KeyStateDelegate::mutedTextColor()
{
    // Not the disabled text colour: retired and revoked keys must stay readable (that one is 1.8:1 on white).
    return authscope::mutedTextColor();
}

void KeyStateDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto state = static_cast<KeyState>(index.data(KeyTableModel::StateRole).toInt());
    const QColor color = stateColor(state);
    QFont font = opt.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(text) + 16;
    const int height = metrics.height() + 4;
    const QRect badge(opt.rect.left() + 6, opt.rect.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // A filled pill with white text on a light palette; on a dark one an outlined pill in the light colour.
    const bool dark = isDarkPalette();
    const bool selected = (opt.state & QStyle::State_Selected) != 0;
    painter->setPen(selected ? QPen(opt.palette.color(QPalette::HighlightedText), 1.2) : QPen(color, 1.2));
    QColor fill = color;
    fill.setAlpha(dark ? 60 : 255);
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(dark ? color.lighter(115) : QColor(Qt::white));
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize KeyStateDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    size.setWidth(QFontMetrics(font).horizontalAdvance(index.data().toString()) + 32);
    return size;
}

} // namespace authscope
