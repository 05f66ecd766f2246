#include "ui/keys/KeyStateDelegate.h"

#include "ui/keys/KeyTableModel.h"
#include "ui/widgets/ColorScheme.h"
#include "ui/widgets/StatusColors.h"
#include "ui/widgets/ThemedColor.h"

#include <QApplication>
#include <QPainter>

namespace authscope {

namespace {

// A switch rather than a table indexed by the state: KeyState is the engine's, and the compiler names a state
// added there that has no colour here.
ThemedColor stateColors(KeyState state)
{
    switch (state) {
    case KeyState::Next:
        return {0x1a5fd0, 0x8ab4f8};
    case KeyState::Active:
        return {0x1b7f3b, 0x5bb974};
    case KeyState::Retiring:
        return {0xa85a00, 0xf2b84b};
    case KeyState::Retired:
        return {0x6b7280, 0x9aa0a6};
    case KeyState::Revoked:
        break;
    }
    return {0xb3261e, 0xf28b82};
}

} // namespace

QColor KeyStateDelegate::stateColor(KeyState state)
{
    return stateColors(state).in(isDarkPalette());
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
