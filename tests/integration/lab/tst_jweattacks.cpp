// The self-attack's JWE rows against the real test servers on 127.0.0.1: refused by the built-in servers (the plain
// one and the one with encrypted tokens on), accepted by servers whose JWE layer is deliberately lax (so each row does
// detect its weakness), and skipped without a server that requires nested JWTs.
#include "core/crypto/AesKeyWrap.h"
#include "core/crypto/RsaEncryption.h"
#include "core/http/HttpRouter.h"
#include "core/jose/Base64Url.h"
#include "core/jose/JweCompression.h"
#include "core/jose/JweContentCipher.h"
#include "core/jose/JweEcdh.h"
#include "core/jose/Jws.h"
#include "core/jose/StrictJson.h"
#include "core/jose/TokenValidator.h"
#include "core/keys/KeyStore.h"
#include "core/lab/AttackRunner.h"
#include "core/server/RouteGroup.h"
#include "tests/support/LabSupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>

using namespace authscope;
using namespace authscope::lab;

namespace {

const QStringList kJweRows{QStringLiteral("jwe-where-jws-required"), QStringLiteral("jws-where-jwe-required"),
                           QStringLiteral("jwe-unsigned-claims"),    QStringLiteral("jwe-truncated-tag"),
                           QStringLiteral("jwe-zip-bomb"),           QStringLiteral("jwe-rsa-oracle"),
                           QStringLiteral("jwe-invalid-curve")};

http::HttpResponse refused(const QString& why)
{
    return http::HttpResponse::error(401, QStringLiteral("invalid_token"), why);
}

// AES-GCM that checks as many tag bytes as it is given: the lax decrypter E-GCM-TAG exists to forbid.
std::optional<QByteArray> laxGcmOpen(const QByteArray& key, const QByteArray& iv, const QByteArray& ciphertext,
                                     const QByteArray& aad, const QByteArray& tag)
{
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    const EVP_CIPHER* cipher = key.size() == 32 ? EVP_aes_256_gcm() : EVP_aes_128_gcm();
    QByteArray out(ciphertext.size(), '\0');
    int len = 0;
    const auto* k = reinterpret_cast<const unsigned char*>(key.constData());
    const auto* i = reinterpret_cast<const unsigned char*>(iv.constData());
    if (tag.isEmpty() || EVP_DecryptInit_ex(ctx.get(), cipher, nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(iv.size()), nullptr) != 1 ||
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, k, i) != 1 ||
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                          static_cast<int>(aad.size())) != 1 ||
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len,
                          reinterpret_cast<const unsigned char*>(ciphertext.constData()),
                          static_cast<int>(ciphertext.size())) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(tag.size()),
                            const_cast<char*>(tag.constData())) != 1 ||
        EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + len, &len) != 1) {
        return std::nullopt;
    }
    return out;
}

// ECDH-ES with only the x of the peer's point (as a compressed point), which is what a decrypter that never checks
// the epk does in effect: a y off the curve goes unnoticed. Returns the 32 bytes of the Concat KDF for `algorithmId`.
std::optional<QByteArray> laxEcdhEs(const jose::Jwk& ours, const QJsonObject& epk, const QString& algorithmId)
{
    const QByteArray x =
        jose::Base64Url::decode(epk.value(QStringLiteral("x")).toString().toLatin1()).value_or(QByteArray());
    QByteArray point = QByteArray(1, '\x02') + x;
    char group[] = "prime256v1";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, group, 0),
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, point.data(), static_cast<size_t>(point.size())),
        OSSL_PARAM_construct_end()};
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> fromData(
        EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr), &EVP_PKEY_CTX_free);
    EVP_PKEY* raw = nullptr;
    if (x.size() != 32 || EVP_PKEY_fromdata_init(fromData.get()) != 1 ||
        EVP_PKEY_fromdata(fromData.get(), &raw, EVP_PKEY_PUBLIC_KEY, const_cast<OSSL_PARAM*>(params)) != 1) {
        return std::nullopt;
    }
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> peer(raw, &EVP_PKEY_free);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> derive(
        EVP_PKEY_CTX_new_from_pkey(nullptr, ours.pkey().native(), nullptr), &EVP_PKEY_CTX_free);
    size_t len = 0;
    if (EVP_PKEY_derive_init(derive.get()) != 1 || EVP_PKEY_derive_set_peer(derive.get(), peer.get()) != 1 ||
        EVP_PKEY_derive(derive.get(), nullptr, &len) != 1) {
        return std::nullopt;
    }
    QByteArray z(static_cast<qsizetype>(len), '\0');
    if (EVP_PKEY_derive(derive.get(), reinterpret_cast<unsigned char*>(z.data()), &len) != 1) {
        return std::nullopt;
    }
    // Concat KDF (RFC 7518 §4.6.2): one round of SHA-256 gives the 32 bytes of A256GCM.
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(QByteArray::fromHex("00000001"));
    sha.addData(z);
    sha.addData(jose::JweEcdh::otherInfo(algorithmId, {}, {}, 32));
    return sha.result();
}

// /api/me with a careless JWE layer in front of a careful signature check: it takes a bare JWS or a JWE as they come;
// decrypts RSA-OAEP-256 + A256GCM with tags of any length, says whether the padding or the tag failed, inflates
// without a cap, trusts a plaintext that is no signed token, and verifies a signed one without a size cap; ECDH-ES
// (A256GCM) it does with the epk's x alone.
class LaxJweRoutes final : public RouteGroup
{
public:
    LaxJweRoutes(const ServerContext& context, KeyStore* keys) : m_keys(keys), m_issuer(context.config.issuer) {}

    void registerRoutes(http::HttpRouter& router) override
    {
        router.add(QByteArrayLiteral("GET"), QStringLiteral("/api/me"),
                   [this](const http::HttpRequest& r) { return me(r.bearerToken()); });
    }

private:
    http::HttpResponse me(const QByteArray& token) const
    {
        const QList<QByteArray> p = token.split('.');
        if (p.size() == 3) {
            return verified(token);
        }
        if (p.size() != 5) {
            return refused(QStringLiteral("not a token"));
        }
        const QJsonObject header =
            QJsonDocument::fromJson(jose::Base64Url::decode(p[0]).value_or(QByteArray())).object();
        auto key = m_keys->privateKey(header.value(QStringLiteral("kid")).toString());
        const QString alg = header.value(QStringLiteral("alg")).toString();
        if (key && alg.startsWith(QStringLiteral("ECDH-ES"))) {
            return laxEcdh(*key, header, alg, p);
        }
        if (!key || header.value(QStringLiteral("alg")).toString() != QStringLiteral("RSA-OAEP-256")) {
            return refused(QStringLiteral("no key"));
        }
        auto cek = crypto::RsaEncryption::decrypt(key->pkey(), crypto::RsaPadding::OaepSha256,
                                                  jose::Base64Url::decode(p[1]).value_or(QByteArray()));
        if (!cek) {
            return refused(QStringLiteral("bad padding in the encrypted key"));
        }
        auto plain = laxGcmOpen(*cek, jose::Base64Url::decode(p[2]).value_or(QByteArray()),
                                jose::Base64Url::decode(p[3]).value_or(QByteArray()), p[0],
                                jose::Base64Url::decode(p[4]).value_or(QByteArray()));
        if (!plain) {
            return refused(QStringLiteral("the tag does not match"));
        }
        if (header.value(QStringLiteral("zip")).toString() == QStringLiteral("DEF")) {
            auto inflated = jose::JweCompression::inflate(*plain, 64 * 1024 * 1024);
            if (!inflated) {
                return refused(QStringLiteral("bad deflate"));
            }
            plain = *inflated;
        }
        if (header.value(QStringLiteral("cty")).toString() != QStringLiteral("JWT")) {
            // Decrypted, so it must be ours.
            const QString sub = QJsonDocument::fromJson(*plain).object().value(QStringLiteral("sub")).toString();
            return sub.isEmpty() ? refused(QStringLiteral("no sub")) : accepted(sub);
        }
        return verified(*plain);
    }

    // ECDH-ES or ECDH-ES+A256KW with A256GCM, the epk taken by its x alone.
    http::HttpResponse laxEcdh(const jose::Jwk& key, const QJsonObject& header, const QString& alg,
                               const QList<QByteArray>& p) const
    {
        const bool direct = alg == QStringLiteral("ECDH-ES");
        const auto derived =
            laxEcdhEs(key, header.value(QStringLiteral("epk")).toObject(), direct ? QStringLiteral("A256GCM") : alg);
        Result<QByteArray> cek = derived ? Result<QByteArray>(*derived) : std::unexpected(Error{});
        if (cek && !direct) {
            cek = crypto::AesKeyWrap::unwrap(*cek, jose::Base64Url::decode(p[1]).value_or(QByteArray()));
        }
        auto plain = cek ? jose::JweContentCipher::decrypt(jose::JweEncryption::A256Gcm, *cek,
                                                           jose::Base64Url::decode(p[2]).value_or(QByteArray()),
                                                           jose::Base64Url::decode(p[3]).value_or(QByteArray()), p[0],
                                                           jose::Base64Url::decode(p[4]).value_or(QByteArray()))
                         : Result<QByteArray>(std::unexpected(Error{}));
        return plain ? verified(*plain) : refused(QStringLiteral("ECDH-ES failed"));
    }

    http::HttpResponse verified(const QByteArray& jwsText) const
    {
        jose::JsonLimits big;
        big.maxTokenBytes = 16 * 1024 * 1024;
        auto jws = jose::Jws::parse(jwsText, big);
        auto keys = m_keys->verificationKeys();
        if (!jws || !keys || !jws->header().algorithm) {
            return refused(QStringLiteral("not a JWS"));
        }
        const jose::Jwk* key = keys->findByKid(jws->header().kid);
        if (key == nullptr || !key->verify(*jws->header().algorithm, jws->signingInput(), jws->signature())) {
            return refused(QStringLiteral("bad signature"));
        }
        const QJsonObject claims = QJsonDocument::fromJson(jws->payload()).object();
        if (claims.value(QStringLiteral("iss")).toString() != m_issuer) {
            return refused(QStringLiteral("wrong iss"));
        }
        return accepted(claims.value(QStringLiteral("sub")).toString());
    }

    static http::HttpResponse accepted(const QString& user)
    {
        return http::HttpResponse::json(200, QJsonObject{{QStringLiteral("user"), user}});
    }

    KeyStore* m_keys;
    QString m_issuer;
};

SelfAttackEnvironment::Options options(bool lax)
{
    SelfAttackEnvironment::Options o = test::cheapAttackOptions();
    if (lax) {
        const auto routes = [](const ServerContext& context, KeyStore* keys) {
            std::vector<std::unique_ptr<RouteGroup>> groups;
            groups.push_back(std::make_unique<LaxJweRoutes>(context, keys));
            return groups;
        };
        o.extraRoutes = routes;
        o.encryptedExtraRoutes = routes;
    }
    return o;
}

QString row(const AttackResult& r)
{
    return r.spec.id + QStringLiteral(": ") + r.got + u' ' + r.detail;
}

} // namespace

class tst_JweAttacks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueHasTheRows();
    void builtInServersRefuseThem();
    void laxServersFail();
    void withoutEncryptedTargetTheyAreSkipped();
};

void tst_JweAttacks::catalogueHasTheRows()
{
    QStringList ids;
    for (const AttackSpec& spec : AttackRunner::catalogue()) {
        ids << spec.id;
        if (kJweRows.contains(spec.id)) {
            QVERIFY2(spec.reference.contains(QStringLiteral("E-")), qPrintable(spec.id));
            QVERIFY(!spec.description.isEmpty());
        }
    }
    for (const QString& id : kJweRows) {
        QVERIFY2(ids.contains(id), qPrintable(id));
    }
}

void tst_JweAttacks::builtInServersRefuseThem()
{
    SelfAttackEnvironment environment;
    auto target = environment.start(options(false));
    QVERIFY2(target.has_value(), target ? "" : qPrintable(target.error().toString()));
    QVERIFY(target->encryptedBaseUrl.startsWith(QStringLiteral("http://127.0.0.1:")));
    QVERIFY(target->encryptedBaseUrl != target->baseUrl);
    const QList<AttackResult> results = test::runAttackRows(*target, kJweRows);
    QCOMPARE(results.size(), kJweRows.size());
    for (const AttackResult& r : results) {
        QVERIFY2(r.outcome == AttackResult::Outcome::Refused, qPrintable(row(r)));
        QVERIFY2(r.status == 401, qPrintable(row(r)));
    }
    // The reasons are the rules', not an accident: the probe's answers name them.
    for (const AttackResult& r : results) {
        if (r.spec.id == QStringLiteral("jwe-rsa-oracle")) {
            QVERIFY2(r.detail.contains(QStringLiteral("same answer")), qPrintable(row(r)));
        }
        if (r.spec.id == QStringLiteral("jwe-zip-bomb")) {
            QVERIFY2(r.got.contains(QStringLiteral("inflate")) || r.got.contains(QStringLiteral("zip")) ||
                         r.got.contains(QStringLiteral("MiB")) || r.got.contains(QStringLiteral("cap")),
                     qPrintable(row(r)));
        }
    }
}

void tst_JweAttacks::laxServersFail()
{
    SelfAttackEnvironment environment;
    auto target = environment.start(options(true));
    QVERIFY2(target.has_value(), target ? "" : qPrintable(target.error().toString()));
    const QList<AttackResult> results = test::runAttackRows(*target, kJweRows);
    QCOMPARE(results.size(), kJweRows.size());
    for (const AttackResult& r : results) {
        QVERIFY2(r.outcome == AttackResult::Outcome::Accepted, qPrintable(row(r)));
    }
    const QString table = AttackRunner::formatTable(results);
    QVERIFY(table.contains(QStringLiteral("FAIL")));
    QVERIFY(table.contains(QStringLiteral("padding oracle")));
    QVERIFY(!table.contains(QStringLiteral("eyJ")));
}

void tst_JweAttacks::withoutEncryptedTargetTheyAreSkipped()
{
    SelfAttackEnvironment environment;
    auto target = environment.start(options(false));
    QVERIFY(target.has_value());
    AttackTarget plainOnly = *target;
    plainOnly.encryptedBaseUrl.clear();
    for (const AttackResult& r : test::runAttackRows(plainOnly, kJweRows)) {
        if (r.spec.id == QStringLiteral("jwe-where-jws-required")) {
            QCOMPARE(r.outcome, AttackResult::Outcome::Refused); // it needs only the plain server
        } else {
            QVERIFY2(r.outcome == AttackResult::Outcome::Skipped, qPrintable(row(r)));
            QVERIFY(r.detail.contains(QStringLiteral("nested JWTs")));
        }
    }
}

QTEST_GUILESS_MAIN(tst_JweAttacks)
#include "tst_jweattacks.moc"
