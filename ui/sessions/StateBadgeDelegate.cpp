#include "StateBadgeDelegate.h"

#include "sessions/Session.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace authscope {

namespace {

constexpr int kHorizontalPadding = 8;
constexpr int kVerticalMargin = 3;

QColor badgeColor(SessionState state)
{
    switch (state) {
    case SessionState::Active:
        return QColor(0x1b, 0x7f, 0x3b);
    case SessionState::Expired:
        return QColor(0x6b, 0x72, 0x80);
    case SessionState::Revoked:
        return QColor(0xb3, 0x26, 0x1e);
    }
    return Qt::gray;
}

} // namespace

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
    painter->setPen(Qt::white);
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
