#include "core/jose/JwsAlgorithm.h"

namespace authscope::jose {

namespace {
struct Entry
{
    JwsAlgorithm algorithm;
    QStringView name;
    JwsFamily family;
    int hashBytes;
    int ecdsaBytes;
};

constexpr Entry Entries[] = {
    {JwsAlgorithm::HS256, u"HS256", JwsFamily::Hmac, 32, 0},
    {JwsAlgorithm::HS384, u"HS384", JwsFamily::Hmac, 48, 0},
    {JwsAlgorithm::HS512, u"HS512", JwsFamily::Hmac, 64, 0},
    {JwsAlgorithm::RS256, u"RS256", JwsFamily::RsaPkcs1, 32, 0},
    {JwsAlgorithm::RS384, u"RS384", JwsFamily::RsaPkcs1, 48, 0},
    {JwsAlgorithm::RS512, u"RS512", JwsFamily::RsaPkcs1, 64, 0},
    {JwsAlgorithm::PS256, u"PS256", JwsFamily::RsaPss, 32, 0},
    {JwsAlgorithm::PS384, u"PS384", JwsFamily::RsaPss, 48, 0},
    {JwsAlgorithm::PS512, u"PS512", JwsFamily::RsaPss, 64, 0},
    {JwsAlgorithm::ES256, u"ES256", JwsFamily::Ecdsa, 32, 64},
    {JwsAlgorithm::ES384, u"ES384", JwsFamily::Ecdsa, 48, 96},
    {JwsAlgorithm::ES512, u"ES512", JwsFamily::Ecdsa, 64, 132},
    {JwsAlgorithm::EdDSA, u"EdDSA", JwsFamily::EdDsa, 0, 0},
};

const Entry& entry(JwsAlgorithm algorithm)
{
    return Entries[static_cast<int>(algorithm)];
}
} // namespace

std::optional<JwsAlgorithm> JwsAlgorithms::fromName(QStringView name)
{
    for (const Entry& e : Entries) {
        if (e.name == name) {
            return e.algorithm;
        }
    }
    return std::nullopt;
}

QString JwsAlgorithms::name(JwsAlgorithm algorithm)
{
    return entry(algorithm).name.toString();
}

JwsFamily JwsAlgorithms::family(JwsAlgorithm algorithm)
{
    return entry(algorithm).family;
}

const QList<JwsAlgorithm>& JwsAlgorithms::all()
{
    static const QList<JwsAlgorithm> list = [] {
        QList<JwsAlgorithm> l;
        for (const Entry& e : Entries) {
            l.append(e.algorithm);
        }
        return l;
    }();
    return list;
}

int JwsAlgorithms::hashBytes(JwsAlgorithm algorithm)
{
    return entry(algorithm).hashBytes;
}

int JwsAlgorithms::ecdsaSignatureBytes(JwsAlgorithm algorithm)
{
    return entry(algorithm).ecdsaBytes;
}

} // namespace authscope::jose
