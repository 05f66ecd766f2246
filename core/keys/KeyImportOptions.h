#pragma once

#include "core/keys/KeyRecord.h"
#include "core/keys/KeyState.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace authscope {

// How the keys of an imported file enter the store (KeyStore::importKeys, planImport).
struct KeyImportOptions
{
    std::optional<KeyState> state; // default: private keys as for generate, public keys as retiring
    QString purpose = KeyRecord::DefaultPurpose;
    QString alg;               // for keys that do not name their alg
    QByteArray filePassphrase; // for an encrypted PKCS#8 PEM
};

} // namespace authscope
