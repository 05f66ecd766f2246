#include "ui/sessions/StateBadgeDelegate.h"

#include "core/sessions/Session.h"
#include "ui/widgets/ColorScheme.h"
#include "ui/widgets/StatusColors.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace authscope {

namespace {

constexpr int kHorizontalPadding = 8;
constexpr int kVerticalMargin = 3;

} // namespace

QColor StateBadgeDelegate::badgeColor(SessionState state)
{
    switch (state) {
    case SessionState::Active:
        return statusColor(StatusColor::Good);
    case SessionState::Expired:
        return statusColor(StatusColor::Neutral);
    case SessionState::Revoked:
        return statusColor(StatusColor::Bad);
    }
    return statusColor(StatusColor::Neutral);
}

QColor StateBadgeDelegate::badgeTextColor()
{
    // Light text on the dark fills of the light scheme; on the dark scheme the fills are light, the text dark.
    return isDarkPalette() ? QColor(0x1e, 0x1f, 0x22) : QColor(Qt::white);
}

StateBadgeDelegate::StateBadgeDelegate(int stateRole, QObject* parent)
    : QStyledItemDelegate(parent), m_stateRole(stateRole)
{}

void StateBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget != nullptr ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    const auto state = static_cast<SessionState>(index.data(m_stateRole).toInt());
    const QFontMetrics metrics(opt.font);
    const int width = metrics.horizontalAdvance(text) + 2 * kHorizontalPadding;
    const int height = std::min(opt.rect.height() - 2 * kVerticalMargin, metrics.height() + 4);
    const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - height / 2 + 1, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, height / 2.0, height / 2.0);
    painter->fillPath(path, badgeColor(state));
    painter->setPen(badgeTextColor());
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize StateBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 2 * kHorizontalPadding + 8);
    return size;
}

} // namespace authscope
