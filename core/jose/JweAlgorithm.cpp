#include "core/jose/JweAlgorithm.h"

#include <array>

namespace authscope::jose {

namespace {

struct AlgInfo
{
    JweAlgorithm alg;
    const char16_t* name;
    JweKeyFamily family;
    qsizetype wrapBytes;
};

constexpr std::array<AlgInfo, 17> Algs{{
    {JweAlgorithm::RsaOaep, u"RSA-OAEP", JweKeyFamily::Rsa, 0},
    {JweAlgorithm::RsaOaep256, u"RSA-OAEP-256", JweKeyFamily::Rsa, 0},
    {JweAlgorithm::Rsa1_5, u"RSA1_5", JweKeyFamily::Rsa, 0},
    {JweAlgorithm::A128KW, u"A128KW", JweKeyFamily::AesKw, 16},
    {JweAlgorithm::A192KW, u"A192KW", JweKeyFamily::AesKw, 24},
    {JweAlgorithm::A256KW, u"A256KW", JweKeyFamily::AesKw, 32},
    {JweAlgorithm::Dir, u"dir", JweKeyFamily::Direct, 0},
    {JweAlgorithm::EcdhEs, u"ECDH-ES", JweKeyFamily::Ecdh, 0},
    {JweAlgorithm::EcdhEsA128KW, u"ECDH-ES+A128KW", JweKeyFamily::Ecdh, 16},
    {JweAlgorithm::EcdhEsA192KW, u"ECDH-ES+A192KW", JweKeyFamily::Ecdh, 24},
    {JweAlgorithm::EcdhEsA256KW, u"ECDH-ES+A256KW", JweKeyFamily::Ecdh, 32},
    {JweAlgorithm::A128GCMKW, u"A128GCMKW", JweKeyFamily::AesGcmKw, 16},
    {JweAlgorithm::A192GCMKW, u"A192GCMKW", JweKeyFamily::AesGcmKw, 24},
    {JweAlgorithm::A256GCMKW, u"A256GCMKW", JweKeyFamily::AesGcmKw, 32},
    {JweAlgorithm::Pbes2Hs256A128KW, u"PBES2-HS256+A128KW", JweKeyFamily::Pbes2, 16},
    {JweAlgorithm::Pbes2Hs384A192KW, u"PBES2-HS384+A192KW", JweKeyFamily::Pbes2, 24},
    {JweAlgorithm::Pbes2Hs512A256KW, u"PBES2-HS512+A256KW", JweKeyFamily::Pbes2, 32},
}};

struct EncInfo
{
    JweEncryption enc;
    const char16_t* name;
    qsizetype cekBytes;
};

constexpr std::array<EncInfo, 6> Encs{{
    {JweEncryption::A128CbcHs256, u"A128CBC-HS256", 32},
    {JweEncryption::A192CbcHs384, u"A192CBC-HS384", 48},
    {JweEncryption::A256CbcHs512, u"A256CBC-HS512", 64},
    {JweEncryption::A128Gcm, u"A128GCM", 16},
    {JweEncryption::A192Gcm, u"A192GCM", 24},
    {JweEncryption::A256Gcm, u"A256GCM", 32},
}};

const AlgInfo& info(JweAlgorithm alg)
{
    return Algs[static_cast<size_t>(alg)];
}

const EncInfo& info(JweEncryption enc)
{
    return Encs[static_cast<size_t>(enc)];
}

// The `value` of the row of `table` whose name is exactly `name`.
template <typename Row, std::size_t N, typename Value>
std::optional<Value> byName(const std::array<Row, N>& table, Value Row::*value, QStringView name)
{
    for (const Row& row : table) {
        if (name == QStringView(row.name)) {
            return row.*value;
        }
    }
    return std::nullopt;
}

// The `value` of every row of `table`, in order.
template <typename Row, std::size_t N, typename Value>
QList<Value> values(const std::array<Row, N>& table, Value Row::*value)
{
    QList<Value> out;
    for (const Row& row : table) {
        out.append(row.*value);
    }
    return out;
}

} // namespace

std::optional<JweAlgorithm> JweAlgorithms::fromName(QStringView name)
{
    return byName(Algs, &AlgInfo::alg, name);
}

QString JweAlgorithms::name(JweAlgorithm alg)
{
    return QString::fromUtf16(info(alg).name);
}

std::optional<JweEncryption> JweAlgorithms::encFromName(QStringView name)
{
    return byName(Encs, &EncInfo::enc, name);
}

QString JweAlgorithms::name(JweEncryption enc)
{
    return QString::fromUtf16(info(enc).name);
}

JweKeyFamily JweAlgorithms::family(JweAlgorithm alg)
{
    return info(alg).family;
}

qsizetype JweAlgorithms::wrapKeyBytes(JweAlgorithm alg)
{
    return info(alg).wrapBytes;
}

qsizetype JweAlgorithms::cekBytes(JweEncryption enc)
{
    return info(enc).cekBytes;
}

bool JweAlgorithms::isGcm(JweEncryption enc)
{
    return enc == JweEncryption::A128Gcm || enc == JweEncryption::A192Gcm || enc == JweEncryption::A256Gcm;
}

QList<JweAlgorithm> JweAlgorithms::all()
{
    return values(Algs, &AlgInfo::alg);
}

QList<JweEncryption> JweAlgorithms::allEncryptions()
{
    return values(Encs, &EncInfo::enc);
}

} // namespace authscope::jose
