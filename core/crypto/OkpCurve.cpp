#include "core/crypto/OkpCurve.h"

#include "core/common/EnumNames.h"

#include <iterator>

namespace authscope::crypto {

namespace {

// One entry per KeyAlgorithm, in its order; RSA and EC are not OKP curves (no name, size 0).
constexpr auto kNames =
    enumNames<KeyAlgorithm::X448>(QStringView(), QStringView(), u"Ed25519", u"Ed448", u"X25519", u"X448");
constexpr qsizetype kKeySizes[] = {0, 0, 32, 57, 32, 56};
static_assert(std::size(kKeySizes) == kNames.size(), "one key size per KeyAlgorithm");

} // namespace

qsizetype OkpCurve::keySize(KeyAlgorithm algorithm)
{
    const auto i = static_cast<std::size_t>(algorithm);
    return i < std::size(kKeySizes) ? kKeySizes[i] : 0;
}

QString OkpCurve::name(KeyAlgorithm algorithm)
{
    return kNames.name(algorithm);
}

std::optional<KeyAlgorithm> OkpCurve::fromName(QStringView crv)
{
    return kNames.value(crv);
}

} // namespace authscope::crypto
