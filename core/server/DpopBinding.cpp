#include "core/server/DpopBinding.h"

#include "core/crypto/Random.h"
#include "core/jose/Base64Url.h"

namespace authscope {

namespace {

constexpr QLatin1StringView kMarker{".jkt."};

} // namespace

Result<QString> DpopBinding::newFamily(const QString& jkt)
{
    auto bytes = crypto::Random::bytes(16);
    if (!bytes) {
        return std::unexpected(bytes.error());
    }
    return QString::fromLatin1(jose::Base64Url::encode(*bytes)) + kMarker + jkt;
}

QString DpopBinding::jktOf(const QString& family)
{
    const qsizetype at = family.indexOf(kMarker);
    return at < 0 ? QString() : family.mid(at + kMarker.size());
}

std::optional<QString> DpopBinding::refreshRefusal(const QString& family, const QString& proofJkt)
{
    const QString bound = jktOf(family);
    if (bound.isEmpty() || bound == proofJkt) {
        return std::nullopt;
    }
    return proofJkt.isEmpty()
               ? QStringLiteral("This refresh token is bound to a DPoP key: send a DPoP proof signed with that key.")
               : QStringLiteral(
                     "The DPoP proof was signed by another key than the one this refresh token is bound to.");
}

QString DpopBinding::tokenJkt(const QString& family, const QString& proofJkt)
{
    const QString bound = jktOf(family);
    return bound.isEmpty() ? proofJkt : bound;
}

} // namespace authscope
