#pragma once

#include "ui/widgets/StatusColors.h"

#include <QFrame>

class QLabel;

namespace authscope {

// A framed message across the top of a pane: amber for a risk worth reading (Caution), red for a change that
// breaks something (Bad), blue for information. The text is rich text; the banner hides itself when empty.
class WarningBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarningBanner)

public:
    explicit WarningBanner(QWidget* parent = nullptr);

    void setMessage(const QString& html, StatusColor role = StatusColor::Caution);
    [[nodiscard]] QString text() const;
    [[nodiscard]] StatusColor role() const { return m_role; }
    [[nodiscard]] QLabel* label() const { return m_label; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void restyle();

    QLabel* m_label = nullptr;
    StatusColor m_role = StatusColor::Caution;
};

} // namespace authscope
