#pragma once

#include "core/common/Error.h"

#include <QString>

#include <optional>

namespace authscope {

// DP-BIND for refresh tokens: a family of refresh tokens issued with a DPoP proof carries the RFC 7638 thumbprint
// of the proof's key in its family name ("<random>.jkt.<thumbprint>"), which every rotation keeps. The binding is
// thus stored with the tokens (and survives a restart) without a schema change; the thumbprint is public.
class DpopBinding final
{
public:
    DpopBinding() = delete;

    // A new family bound to `jkt`.
    [[nodiscard]] static Result<QString> newFamily(const QString& jkt);
    // The thumbprint a family is bound to, or empty for an unbound family.
    [[nodiscard]] static QString jktOf(const QString& family);
    // Why a refresh of `family` with a proof of `proofJkt` (empty: no proof) is refused, or nothing when it may go on.
    [[nodiscard]] static std::optional<QString> refreshRefusal(const QString& family, const QString& proofJkt);
    // The key an access token issued on that refresh is bound to.
    [[nodiscard]] static QString tokenJkt(const QString& family, const QString& proofJkt);
};

} // namespace authscope
