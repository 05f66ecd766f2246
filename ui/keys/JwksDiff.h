#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace authscope {

// A line diff of two JWKS documents, pretty-printed: what relying parties see change.
class JwksDiff final
{
public:
    struct Line
    {
        enum class Kind
        {
            Same,
            Added,
            Removed
        };
        Kind kind = Kind::Same;
        QString text;
    };

    [[nodiscard]] static QList<Line> compute(const QJsonObject& before, const QJsonObject& after);
    // The diff as HTML for a QTextEdit: "+" lines green, "-" lines red, in the palette's contrast.
    [[nodiscard]] static QString toHtml(const QList<Line>& lines, bool dark);
    // Plain unified text ("+ ", "- ", "  " prefixes), for tests and copying.
    [[nodiscard]] static QString toText(const QList<Line>& lines);
};

} // namespace authscope
