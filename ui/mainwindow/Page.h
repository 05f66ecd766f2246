#pragma once

#include <QIcon>
#include <QString>
#include <QWidget>

namespace authscope {

// A page of the main window's sidebar. The id is stable ("sessions", "tokens", "keys", "server", "audit",
// "lab"): the window orders pages by it, remembers the last one, and tests select pages through it.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    [[nodiscard]] virtual QString pageId() const = 0;
    [[nodiscard]] virtual QString title() const = 0;
    [[nodiscard]] virtual QIcon icon() const { return {}; }

    // Called when the page becomes the visible one (refresh what may have changed meanwhile).
    virtual void activated() {}

Q_SIGNALS:
    // A short message for the status bar.
    void statusMessage(const QString& text);
    // The user asked to see this token in the Tokens page (the main window loads it there and shows that page).
    void tokenOpenRequested(const QString& token);
};

} // namespace authscope
