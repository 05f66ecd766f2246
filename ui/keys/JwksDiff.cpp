#include "ui/keys/JwksDiff.h"

#include <QJsonDocument>

#include <vector>

namespace authscope {

QList<JwksDiff::Line> JwksDiff::compute(const QJsonObject& before, const QJsonObject& after)
{
    const QStringList a = QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Indented)).split(u'\n');
    const QStringList b = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Indented)).split(u'\n');
    // Longest common subsequence over lines; a JWKS is a few hundred lines at most.
    const auto n = static_cast<size_t>(a.size());
    const auto m = static_cast<size_t>(b.size());
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;) {
            lcs[i][j] = a.at(qsizetype(i)) == b.at(qsizetype(j)) ? lcs[i + 1][j + 1] + 1
                                                                 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    QList<Line> out;
    size_t i = 0;
    size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(qsizetype(i)) == b.at(qsizetype(j))) {
            out.append({Line::Kind::Same, a.at(qsizetype(i))});
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out.append({Line::Kind::Added, b.at(qsizetype(j))});
            ++j;
        } else {
            out.append({Line::Kind::Removed, a.at(qsizetype(i))});
            ++i;
        }
    }
    while (!out.isEmpty() && out.constLast().text.isEmpty() && out.constLast().kind == Line::Kind::Same) {
        out.removeLast();
    }
    return out;
}

QString JwksDiff::toHtml(const QList<Line>& lines, bool dark)
{
    const QString added = dark ? QStringLiteral("#1e4620") : QStringLiteral("#dff5e1");
    const QString removed = dark ? QStringLiteral("#5c1d1a") : QStringLiteral("#fde2e0");
    QString html = QStringLiteral("<pre style=\"margin:0\">");
    for (const Line& l : lines) {
        const QString text = l.text.toHtmlEscaped();
        switch (l.kind) {
        case Line::Kind::Same:
            html += QStringLiteral("  ") + text + u'\n';
            break;
        case Line::Kind::Added:
            html += QStringLiteral("<span style=\"background:%1\">+ %2</span>\n").arg(added, text);
            break;
        case Line::Kind::Removed:
            html += QStringLiteral("<span style=\"background:%1\">- %2</span>\n").arg(removed, text);
            break;
        }
    }
    return html + QStringLiteral("</pre>");
}

QString JwksDiff::toText(const QList<Line>& lines)
{
    QString text;
    for (const Line& l : lines) {
        text += (l.kind == Line::Kind::Added     ? QStringLiteral("+ ")
                 : l.kind == Line::Kind::Removed ? QStringLiteral("- ")
                                                 : QStringLiteral("  ")) +
                l.text + u'\n';
    }
    return text;
}

} // namespace authscope
