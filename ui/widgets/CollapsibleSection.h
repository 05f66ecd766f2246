#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace authscope {

// A titled section whose body folds away under its header (an arrow button), leaving a one-line summary beside
// the title: small windows keep what decides things (a verdict, a policy) in view without a scroll box.
class CollapsibleSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollapsibleSection)

public:
    CollapsibleSection(const QString& title, QWidget* body, QWidget* parent = nullptr);

    [[nodiscard]] bool isExpanded() const;
    void setExpanded(bool expanded);
    // Shown after the title while the body is folded ("HMAC secret of 256 bits ✔").
    void setSummary(const QString& summary);
    [[nodiscard]] QWidget* body() const { return m_body; }
    [[nodiscard]] QToolButton* headerButton() const { return m_header; }

Q_SIGNALS:
    void expandedChanged(bool expanded);

private:
    void updateHeader();

    QToolButton* m_header = nullptr;
    QLabel* m_summary = nullptr;
    QWidget* m_body = nullptr;
    QString m_summaryText;
};

} // namespace authscope
