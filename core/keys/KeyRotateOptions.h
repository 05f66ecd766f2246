#pragma once

#include "core/keys/KeyRecord.h"

#include <QString>

#include <optional>

namespace authscope {

// A rotation of one purpose's keys (KeyStore::rotate, planRotate).
struct KeyRotateOptions
{
    QString purpose = KeyRecord::DefaultPurpose;
    bool revokeOld = false;              // "rotate & revoke": the old active key is revoked instead of retiring
    QString reason;                      // required with revokeOld
    std::optional<bool> preGenerateNext; // default: the policy's
};

} // namespace authscope
