#include "core/jose/JweDecryptor.h"

#include "core/jose/JoseError.h"
#include "core/jose/JweContentCipher.h"
#include "core/jose/RegisteredHeaders.h"

#include <QJsonArray>

namespace authscope::jose {

namespace {

// Errors that say only "this key was not a candidate" rank below those that say what is wrong with the token.
bool isKeyChoiceError(const Error& e)
{
    return e.code == JoseError::code(JoseErrc::KeyMismatch) || e.code == JoseError::code(JoseErrc::AlgNotAllowed) ||
           e.code == JoseError::code(JoseErrc::KeyUnusable) || e.code == JoseError::code(JoseErrc::KidUnknown) ||
           e.code == JoseError::code(JoseErrc::NoKey);
}

qsizetype octSize(const Jwk& key)
{
    return key.secretBytes().size();
}

} // namespace

bool JweDecryptResult::isNestedJwt() const
{
    const QString cty = header.value(QLatin1StringView("cty")).toString();
    return cty.compare(u"JWT", Qt::CaseInsensitive) == 0 || cty.compare(u"application/JWT", Qt::CaseInsensitive) == 0;
}

JweDecryptor::JweDecryptor(JwkSet keys, JweDecryptOptions options)
    : m_keys(std::move(keys)), m_options(std::move(options))
{}

bool JweDecryptor::keyPinnedTo(const Jwk& key, JweAlgorithm alg, JweEncryption enc, bool explicitlyAllowed)
{
    if (!key.alg().isEmpty()) {
        // A dir key may name the content encryption it is for (RFC 7520 §5.6 does).
        if (alg == JweAlgorithm::Dir && key.alg() == JweAlgorithms::name(enc)) {
            return true;
        }
        return key.alg() == JweAlgorithms::name(alg);
    }
    if (explicitlyAllowed) {
        return true;
    }
    switch (JweAlgorithms::family(alg)) {
    case JweKeyFamily::Rsa:
        return key.type() == KeyType::Rsa && alg != JweAlgorithm::Rsa1_5;
    case JweKeyFamily::Ecdh:
        return key.type() == KeyType::Ec || key.isKeyAgreementOnly();
    case JweKeyFamily::AesKw:
    case JweKeyFamily::AesGcmKw:
        return key.type() == KeyType::Oct && octSize(key) == JweAlgorithms::wrapKeyBytes(alg);
    case JweKeyFamily::Direct:
        return key.type() == KeyType::Oct && octSize(key) == JweAlgorithms::cekBytes(enc);
    case JweKeyFamily::Pbes2:
        break;
    }
    return false;
}

Result<void> JweDecryptor::checkOptions() const
{
    if (m_options.maxP2c < 1 || m_options.maxPlaintextBytes < 1 || m_options.limits.maxTokenBytes <= 0 ||
        m_options.limits.maxDepth <= 0) {
        return JoseError::fail(JoseErrc::Policy, QStringLiteral("the p2c cap, plaintext cap and size limits must be "
                                                                "positive"));
    }
    return {};
}

Result<void> JweDecryptor::checkHeader(const Jwe& jwe, const QJsonObject& joined) const
{
    const QJsonObject& prot = jwe.protectedHeader();
    for (const char* name : {"kid", "cty", "typ", "alg", "enc", "zip"}) {
        const QJsonValue v = joined.value(QLatin1StringView(name));
        if (!v.isUndefined() && !v.isString()) {
            return JoseError::fail(JoseErrc::Json,
                                   QStringLiteral("header member '%1' must be a string").arg(QLatin1StringView(name)));
        }
    }
    // zip changes what the tag protects, so it must be integrity protected itself (RFC 7516 §4.1.3).
    if (joined.contains(QLatin1StringView("zip"))) {
        if (!prot.contains(QLatin1StringView("zip"))) {
            return JoseError::fail(JoseErrc::Zip, QStringLiteral("'zip' must be in the protected header"));
        }
        if (prot.value(QLatin1StringView("zip")).toString() != u"DEF") {
            return JoseError::fail(JoseErrc::Zip, QStringLiteral("unknown zip '%1' (only DEF is defined)")
                                                      .arg(prot.value(QLatin1StringView("zip")).toString()));
        }
    }
    // T-CRIT, as for JWS; crit itself must be integrity protected (RFC 7516 §4.1.13).
    if (!joined.contains(QLatin1StringView("crit"))) {
        return {};
    }
    if (!prot.contains(QLatin1StringView("crit"))) {
        return JoseError::fail(JoseErrc::Crit, QStringLiteral("'crit' must be in the protected header"));
    }
    const QJsonValue c = prot.value(QLatin1StringView("crit"));
    if (!c.isArray() || c.toArray().isEmpty()) {
        return JoseError::fail(JoseErrc::Crit, QStringLiteral("crit must be a non-empty array of header names"));
    }
    QStringList seen;
    for (const QJsonValue& v : c.toArray()) {
        const QString name = v.toString();
        if (!v.isString() || seen.contains(name)) {
            return JoseError::fail(JoseErrc::Crit, QStringLiteral("crit must list distinct names (strings)"));
        }
        seen.append(name);
        if (RegisteredHeaders::contains(name)) {
            return JoseError::fail(JoseErrc::Crit,
                                   QStringLiteral("crit lists '%1', a standard header parameter").arg(name));
        }
        if (!joined.contains(name)) {
            return JoseError::fail(JoseErrc::Crit,
                                   QStringLiteral("crit lists '%1', but the header does not carry it").arg(name));
        }
        if (!m_options.understoodCrit.contains(name)) {
            return JoseError::fail(
                JoseErrc::Crit,
                QStringLiteral("crit lists '%1', an extension this decrypter does not process").arg(name));
        }
    }
    return {};
}

Result<std::pair<JweAlgorithm, JweEncryption>> JweDecryptor::algorithms(const QJsonObject& joined) const
{
    const QString algName = joined.value(QLatin1StringView("alg")).toString();
    const QString encName = joined.value(QLatin1StringView("enc")).toString();
    const auto alg = JweAlgorithms::fromName(algName);
    if (!alg) {
        return JoseError::fail(
            algName.compare(u"none", Qt::CaseInsensitive) == 0 ? JoseErrc::AlgNone : JoseErrc::AlgUnsupported,
            algName.isEmpty() ? QStringLiteral("the JWE header has no alg")
                              : QStringLiteral("alg '%1' is not a JWE key management algorithm").arg(algName));
    }
    const auto enc = JweAlgorithms::encFromName(encName);
    if (!enc) {
        return JoseError::fail(JoseErrc::EncUnsupported,
                               encName.isEmpty()
                                   ? QStringLiteral("the JWE header has no enc")
                                   : QStringLiteral("enc '%1' is not a JWE content encryption algorithm").arg(encName));
    }
    // E-RSA15-OFF: PKCS#1 v1.5 key transport invites padding-oracle attacks (Bleichenbacher); off unless enabled.
    if (*alg == JweAlgorithm::Rsa1_5 && !m_options.allowRsa1_5) {
        return JoseError::fail(JoseErrc::AlgNotAllowed,
                               QStringLiteral("RSA1_5 is refused by default (a padding-oracle risk, RFC 8725 §3.2); "
                                              "enable it explicitly to decrypt old tokens"));
    }
    if (!m_options.allowedAlgorithms.isEmpty() && !m_options.allowedAlgorithms.contains(*alg)) {
        return JoseError::fail(JoseErrc::AlgNotAllowed, QStringLiteral("alg '%1' is not allowed here").arg(algName));
    }
    if (!m_options.allowedEncryptions.isEmpty() && !m_options.allowedEncryptions.contains(*enc)) {
        return JoseError::fail(JoseErrc::EncUnsupported, QStringLiteral("enc '%1' is not allowed here").arg(encName));
    }
    return std::pair{*alg, *enc};
}

QList<const Jwk*> JweDecryptor::candidates(const QJsonObject& joined) const
{
    QList<const Jwk*> out;
    const QJsonValue kid = joined.value(QLatin1StringView("kid"));
    if (kid.isString()) {
        // K-SOURCE: kid is an exact-match lookup; keys without a kid (a file the user handed over) come after.
        for (const Jwk& key : m_keys.keys()) {
            if (key.kid() == kid.toString()) {
                out.append(&key);
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
    }
    for (const Jwk& key : m_keys.keys()) {
        if ((!kid.isString() || key.kid().isEmpty()) && out.size() < m_options.maxCandidateKeys) {
            out.append(&key);
        }
    }
    return out;
}

Result<QByteArray> JweDecryptor::decryptWith(const Jwe& jwe, qsizetype recipient, const QJsonObject& joined,
                                             JweAlgorithm alg, JweEncryption enc, const Jwk& key) const
{
    const bool explicitlyAllowed =
        m_options.allowedAlgorithms.contains(alg) || (alg == JweAlgorithm::Rsa1_5 && m_options.allowRsa1_5);
    if (!keyPinnedTo(key, alg, enc, explicitlyAllowed)) {
        return JoseError::fail(JoseErrc::AlgNotAllowed,
                               QStringLiteral("%1 is not pinned for %2 (its alg is '%3')")
                                   .arg(key.kid().isEmpty() ? QStringLiteral("the key") : u'\'' + key.kid() + u'\'',
                                        JweAlgorithms::name(alg), key.alg()));
    }
    auto cek =
        JweKeyManagement::unwrap(alg, enc, joined, jwe.recipients().at(recipient).encryptedKey, key, m_options.maxP2c);
    if (!cek) {
        return std::unexpected(cek.error());
    }
    auto plain = JweContentCipher::decrypt(enc, *cek, jwe.iv(), jwe.ciphertext(), jwe.additionalData(), jwe.tag());
    cek->fill('\0');
    if (!plain) {
        return plain;
    }
    if (jwe.protectedHeader().contains(QLatin1StringView("zip"))) {
        return JweCompression::inflate(*plain, m_options.maxPlaintextBytes);
    }
    return plain;
}

Result<JweDecryptResult> JweDecryptor::decrypt(QByteArrayView token) const
{
    if (auto ok = checkOptions(); !ok) {
        return std::unexpected(ok.error());
    }
    auto jwe = Jwe::parse(token, m_options.limits);
    if (!jwe) {
        return std::unexpected(jwe.error());
    }
    return decrypt(*jwe);
}

Result<JweDecryptResult> JweDecryptor::decrypt(const Jwe& jwe) const
{
    if (auto ok = checkOptions(); !ok) {
        return std::unexpected(ok.error());
    }
    std::optional<Error> best;
    const auto note = [&best](const Error& e) {
        if (!best || (isKeyChoiceError(*best) && !isKeyChoiceError(e))) {
            best = e;
        }
    };
    for (qsizetype r = 0; r < jwe.recipients().size(); ++r) {
        auto joined = jwe.joinedHeader(r);
        if (!joined) {
            return std::unexpected(joined.error());
        }
        if (auto ok = checkHeader(jwe, *joined); !ok) {
            return std::unexpected(ok.error());
        }
        auto algs = algorithms(*joined);
        if (!algs) {
            note(algs.error());
            continue;
        }
        const QList<const Jwk*> keys = candidates(*joined);
        if (keys.isEmpty()) {
            note(JoseError::make(m_keys.isEmpty() ? JoseErrc::NoKey : JoseErrc::KidUnknown,
                                 QStringLiteral("no key to decrypt with (kid '%1')")
                                     .arg(joined->value(QLatin1StringView("kid")).toString())));
        }
        for (const Jwk* key : keys) {
            auto plain = decryptWith(jwe, r, *joined, algs->first, algs->second, *key);
            if (!plain) {
                note(plain.error());
                continue;
            }
            JweDecryptResult result;
            result.protectedHeader = jwe.protectedHeader();
            result.header = *joined;
            result.plaintext = std::move(*plain);
            result.algorithm = algs->first;
            result.encryption = algs->second;
            result.keyId = key->kid();
            result.recipient = r;
            return result;
        }
    }
    return std::unexpected(best.value_or(JoseError::make(JoseErrc::NoKey, QStringLiteral("no recipient"))));
}

} // namespace authscope::jose
