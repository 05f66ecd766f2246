#pragma once

#include <QColor>
#include <QSyntaxHighlighter>

#include <functional>

namespace authscope {

// Syntax colours for indented JSON: member names in the colour of the token part they belong to (header red,
// payload purple, as jwt.io shows them), strings, numbers and literals in their own colours. Colours come
// from TokenPalette, so light and dark both stay readable; refreshColors() after a palette change.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    enum class Role
    {
        Header,
        Payload
    };

    JsonHighlighter(Role role, QTextDocument* document);

    void refreshColors() { rehighlight(); }

protected:
    void highlightBlock(const QString& text) override;

private:
    Role m_role;
};

} // namespace authscope
