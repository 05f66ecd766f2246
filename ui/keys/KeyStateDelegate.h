#pragma once

#include "core/keys/KeyState.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace authscope {

// Paints a key's state as a coloured badge; the colours keep their contrast on light and dark palettes and on
// a selected row.
class KeyStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStateDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The colour of a state (badges, the timeline), for the palette in use.
    [[nodiscard]] static QColor stateColor(KeyState state);
    [[nodiscard]] static QColor mutedTextColor();
};

} // namespace authscope
