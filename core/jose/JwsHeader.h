#pragma once

#include "core/jose/JwsAlgorithm.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace authscope::jose {

// A parsed JOSE protected header. Members with a wrong type are recorded (not dropped) so the validator can
// name them.
struct JwsHeader
{
    QJsonObject json;
    QString algName;                       // empty if absent or not a string
    std::optional<JwsAlgorithm> algorithm; // empty for "none", unknown or missing
    QString kid;
    QString typ;
    bool hasKid = false;
    bool b64 = true;       // RFC 7797; false means the payload part is not base64url-encoded
    bool badTypes = false; // alg/kid/typ/cty/b64 present with a wrong JSON type
    bool hasCrit = false;
    bool hasB64 = false;
    QByteArray raw; // the decoded header JSON, as sent
};

} // namespace authscope::jose
