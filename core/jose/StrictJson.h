#pragma once

#include "core/common/Error.h"
#include "core/jose/JsonLimits.h"

#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonObject>

namespace authscope::jose {

// JSON for untrusted JOSE input. QJsonDocument accepts duplicate member names (it keeps the last) and replaces
// invalid UTF-8, so a scan first checks UTF-8, nesting depth and duplicate names (after unescaping), then
// QJsonDocument builds the values.
class StrictJson final
{
public:
    [[nodiscard]] static Result<QJsonDocument> parse(QByteArrayView json, int maxDepth);
    [[nodiscard]] static Result<QJsonObject> parseObject(QByteArrayView json, int maxDepth, QStringView what);
    [[nodiscard]] static Result<void> scan(QByteArrayView json, int maxDepth); // the checks alone
    [[nodiscard]] static bool isValidUtf8(QByteArrayView bytes);
};

} // namespace authscope::jose
