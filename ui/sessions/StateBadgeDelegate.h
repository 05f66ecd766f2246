#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace authscope {

enum class SessionState;

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

    // The badge's fill and its text for the palette in use: at least 4.5:1 between them, and 3:1 between the
    // fill and the table's base, in either colour scheme.
    [[nodiscard]] static QColor badgeColor(SessionState state);
    [[nodiscard]] static QColor badgeTextColor();

private:
    int m_stateRole;
};

} // namespace authscope
