#include "core/bench/JweBenchmark.h"

#include "core/bench/OpsPerSecond.h"
#include "core/bench/RawJweBaseline.h"
#include "core/jose/Base64Url.h"
#include "core/jose/JweDecryptor.h"
#include "core/jose/JweEcdh.h"
#include "core/jose/JweEncryptor.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace authscope::lab {

using namespace authscope::jose;

namespace {

// A 300-byte payload: the size of a signed access token that a nested JWT would carry.
QByteArray payload()
{
    QByteArray p = R"({"iss":"https://auth.example.com","sub":"user-4711","aud":"api","scope":"sessions:read",)"
                   R"("jti":"5b1f3c2a7d90","iat":1899999940,"exp":1900000840,"pad":")";
    p.append(QByteArray(300 - p.size() - 2, 'x'));
    p.append("\"}");
    return p;
}

QList<QByteArray> partsOf(const QByteArray& token)
{
    QList<QByteArray> out;
    for (const QByteArray& p : token.split('.')) {
        out.append(*Base64Url::decode(p));
    }
    return out;
}

Jwk encryptionKey(KeyType type, const QString& curve, int bits)
{
    Jwk::GenerateOptions o;
    o.type = type;
    o.curve = curve;
    o.bits = bits;
    o.use = QStringLiteral("enc");
    o.kid = QStringLiteral("k1");
    return Jwk::generate(o).value_or(Jwk());
}

// Ours and raw alternate in short slices so that frequency drift or other load hits both alike.
template <typename Ours, typename Raw>
void alternate(double seconds, JweBenchRow& row, Ours ours, Raw raw)
{
    constexpr int Slices = 6;
    for (int i = 0; i < Slices; ++i) {
        row.decryptPerSec += bench::opsPerSecond<16>(seconds / Slices, ours) / Slices;
        row.rawPerSec += raw(seconds / Slices) / Slices;
    }
}

std::unexpected<Error> selfCheck(const QString& what)
{
    return fail(QStringLiteral("bench.self-check"), what + QStringLiteral(": the benchmark token does not decrypt"));
}

} // namespace

Result<QList<JweBenchRow>> JweBenchmark::run() const
{
    const QByteArray plaintext = payload();
    QList<JweBenchRow> rows;

    // RSA-OAEP-256 + A256GCM beside the raw RSA-OAEP decrypt of the same encrypted CEK.
    const Jwk rsa = encryptionKey(KeyType::Rsa, {}, 2048);
    JweEncryptOptions options;
    auto token = JweEncryptor::encrypt(plaintext, *rsa.publicKey(), options);
    const JweDecryptor rsaDecryptor(JwkSet({rsa}));
    if (!token || !rsaDecryptor.decrypt(*token)) {
        return selfCheck(QStringLiteral("RSA-OAEP-256"));
    }
    JweBenchRow row{QStringLiteral("RSA-OAEP-256+A256GCM"), QStringLiteral("RSA-2048"),
                    QStringLiteral("EVP_PKEY_decrypt RSA-OAEP-256 of the same CEK"), token->size()};
    const QByteArray encryptedKey = partsOf(*token).at(1);
    alternate(
        m_seconds, row, [&] { return rsaDecryptor.decrypt(*token).has_value(); },
        [&](double s) { return crypto::RawJweBaseline::rsaOaep256DecryptRate(rsa.pkey(), encryptedKey, s); });
    rows.append(row);

    // ECDH-ES+A256KW (P-256) beside the raw derive + Concat KDF + unwrap with a pre-imported epk.
    const Jwk p256 = encryptionKey(KeyType::Ec, QStringLiteral("P-256"), 0);
    options.algorithm = JweAlgorithm::EcdhEsA256KW;
    token = JweEncryptor::encrypt(plaintext, *p256.publicKey(), options);
    const JweDecryptor ecDecryptor(JwkSet({p256}));
    if (!token || !ecDecryptor.decrypt(*token)) {
        return selfCheck(QStringLiteral("ECDH-ES+A256KW"));
    }
    const QList<QByteArray> ecParts = partsOf(*token);
    const QJsonObject header = QJsonDocument::fromJson(ecParts.at(0)).object();
    auto epk = Jwk::fromJson(header.value(QStringLiteral("epk")).toObject());
    if (!epk) {
        return std::unexpected(epk.error());
    }
    const QByteArray otherInfo = JweEcdh::otherInfo(QStringLiteral("ECDH-ES+A256KW"), {}, {}, 32);
    row = {QStringLiteral("ECDH-ES+A256KW+A256GCM"), QStringLiteral("P-256"),
           QStringLiteral("EVP_PKEY_derive + SSKDF + AES-256-WRAP unwrap, epk pre-imported"), token->size()};
    alternate(
        m_seconds, row, [&] { return ecDecryptor.decrypt(*token).has_value(); },
        [&](double s) {
            return crypto::RawJweBaseline::ecdhUnwrapRate(p256.pkey(), epk->pkey(), otherInfo, ecParts.at(1), s);
        });
    rows.append(row);

    // dir + A256GCM for a 300-byte payload, beside the AES-GCM open alone.
    const Jwk secret = *Jwk::fromSecret(QByteArray(32, 'd'));
    options.algorithm = JweAlgorithm::Dir;
    token = JweEncryptor::encrypt(plaintext, secret, options);
    const JweDecryptor dirDecryptor(JwkSet({secret}));
    if (!token || !dirDecryptor.decrypt(*token)) {
        return selfCheck(QStringLiteral("dir"));
    }
    const QList<QByteArray> dirParts = partsOf(*token);
    const QByteArray aad = token->left(token->indexOf('.'));
    row = {QStringLiteral("dir+A256GCM"), QStringLiteral("256-bit secret"),
           QStringLiteral("AES-256-GCM open of the same ciphertext"), token->size()};
    alternate(
        m_seconds, row, [&] { return dirDecryptor.decrypt(*token).has_value(); },
        [&](double s) {
            return crypto::RawJweBaseline::aesGcmOpenRate(QByteArray(32, 'd'), dirParts.at(2), dirParts.at(3), aad,
                                                          dirParts.at(4), s);
        });
    rows.append(row);

    // E-P2C-CAP: a PBES2 token with p2c = 2^31 is refused before any derivation (an uncapped PBKDF2 would spin
    // for minutes).
    const QJsonObject bomb{{QStringLiteral("alg"), QStringLiteral("PBES2-HS512+A256KW")},
                           {QStringLiteral("enc"), QStringLiteral("A256GCM")},
                           {QStringLiteral("p2s"), QStringLiteral("c2FsdHNhbHRzYWx0")},
                           {QStringLiteral("p2c"), 2147483648.0}};
    const QByteArray bombToken = Base64Url::encode(QJsonDocument(bomb).toJson(QJsonDocument::Compact)) + "." +
                                 Base64Url::encode(QByteArray(40, 'k')) + ".AAAAAAAAAAAAAAAA.AAAA." +
                                 Base64Url::encode(QByteArray(16, 't'));
    JweDecryptOptions pbes2;
    pbes2.allowedAlgorithms = {JweAlgorithm::Pbes2Hs512A256KW};
    const JweDecryptor bombDecryptor(JwkSet({*Jwk::fromSecret("password")}), pbes2);
    row = {QStringLiteral("PBES2 p2c=2^31 refused"), QStringLiteral("password"), QStringLiteral("(none)"),
           bombToken.size()};
    row.decryptPerSec = bench::opsPerSecond<16>(m_seconds / 3, [&] {
        auto r = bombDecryptor.decrypt(bombToken);
        return !r && r.error().code == QStringLiteral("jose.p2c-cap");
    });
    if (row.decryptPerSec < 0) {
        return fail(QStringLiteral("bench.self-check"), QStringLiteral("the p2c bomb was not refused"));
    }
    rows.append(row);
    for (const JweBenchRow& r : rows) {
        if (r.decryptPerSec < 0 || r.rawPerSec < 0) {
            return fail(QStringLiteral("bench.self-check"), r.name + QStringLiteral(": an operation failed"));
        }
    }
    return rows;
}

QJsonObject JweBenchmark::toJson(const QList<JweBenchRow>& rows)
{
    QJsonArray array;
    for (const JweBenchRow& r : rows) {
        array.append(QJsonObject{{QStringLiteral("name"), r.name},
                                 {QStringLiteral("key"), r.key},
                                 {QStringLiteral("tokenBytes"), r.tokenBytes},
                                 {QStringLiteral("decryptPerSec"), qRound64(r.decryptPerSec)},
                                 {QStringLiteral("rawPerSec"), qRound64(r.rawPerSec)},
                                 {QStringLiteral("rawBaseline"), r.baseline},
                                 {QStringLiteral("decryptToRaw"), qRound(r.ratio() * 1000) / 1000.0}});
    }
    return QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("jwe")}, {QStringLiteral("results"), array}};
}

} // namespace authscope::lab
