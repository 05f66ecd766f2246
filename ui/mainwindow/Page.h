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
    // `pageId` is the page's stable id; its sidebar icon is the resource ":/icons/<pageId>.svg".
    Page(const QString& pageId, QWidget* parent);

    [[nodiscard]] QString pageId() const { return m_pageId; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] virtual QIcon icon() const;

    // Called when the page becomes the visible one (refresh what may have changed meanwhile).
    virtual void activated() {}

Q_SIGNALS:
    // A short message for the status bar.
    void statusMessage(const QString& text);
    // The user asked to see this token in the Tokens page (the main window loads it there and shows that page).
    void tokenOpenRequested(const QString& token);

protected:
    // The page's name in the sidebar, translated by the page's constructor in its own tr() context (the language
    // is chosen at start).
    void setTitle(const QString& title) { m_title = title; }

private:
    QString m_pageId;
    QString m_title;
};

} // namespace authscope
