#pragma once

#include <QStyledItemDelegate>

namespace authscope {

// Paints a session's state as a coloured badge (green active, grey expired, red revoked), so the state column
// reads at a glance; the text stays the model's, for screen readers and copy.
class StateBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateBadgeDelegate)

public:
    explicit StateBadgeDelegate(int stateRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_stateRole;
};

} // namespace authscope
