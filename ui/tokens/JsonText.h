#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace authscope {

// JSON text that keeps the member order of what was sent. QJsonDocument sorts object members by name, which
// hides the order a token's issuer used; an inspector shows the JSON as sent, only re-indented. The input
// must already be valid JSON (checked by the strict parser); these functions only re-space it.
class JsonText final
{
public:
    // Indented with `indent` spaces; empty objects and arrays stay "{}" / "[]"; strings are kept verbatim.
    [[nodiscard]] static QString indent(QByteArrayView json, int indent = 2);
    // Every space, tab and line break outside strings removed.
    [[nodiscard]] static QByteArray compact(QByteArrayView json);
    // The member names of the top-level object, in order (empty when the text is not an object).
    [[nodiscard]] static QStringList memberOrder(QByteArrayView json);
    // The member names of `object`: those in `order` first (names in `order` that `object` lacks are skipped, each
    // name once), then any others by name.
    [[nodiscard]] static QStringList orderedNames(const QJsonObject& object, const QStringList& order);
    // `object` as compact JSON with its members in `order` first (names in `order` that `object` lacks are
    // skipped), then any others by name.
    [[nodiscard]] static QByteArray serialize(const QJsonObject& object, const QStringList& order);
};

} // namespace authscope
