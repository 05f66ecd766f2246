#include "core/jose/JweEcdh.h"

#include "core/crypto/KeyAgreement.h"
#include "core/jose/Base64Url.h"
#include "core/jose/JoseError.h"

#include <QtEndian>

namespace authscope::jose {

namespace {

void appendLengthPrefixed(QByteArray& out, QByteArrayView data)
{
    char len[4];
    qToBigEndian(static_cast<quint32>(data.size()), len);
    out.append(len, 4);
    out.append(data);
}

Result<QByteArray> optionalB64(const QJsonObject& header, const char* name)
{
    const QJsonValue v = header.value(QLatin1StringView(name));
    if (v.isUndefined()) {
        return QByteArray();
    }
    if (!v.isString()) {
        return JoseError::fail(
            JoseErrc::Json,
            QStringLiteral("header member '%1' must be a base64url string").arg(QLatin1StringView(name)));
    }
    auto bytes = Base64Url::decode(v.toString().toLatin1());
    if (!bytes) {
        return JoseError::fail(JoseErrc::Base64, QStringLiteral("header member '%1': ").arg(QLatin1StringView(name)) +
                                                     bytes.error().message);
    }
    return bytes;
}

Result<QByteArray> kdf(const QByteArray& z, const QString& algorithmId, QByteArrayView apu, QByteArrayView apv,
                       qsizetype keyBytes)
{
    auto key = crypto::KeyAgreement::concatKdf(z, JweEcdh::otherInfo(algorithmId, apu, apv, keyBytes), keyBytes);
    if (!key) {
        return JoseError::fail(JoseErrc::Internal, key.error().message);
    }
    return key;
}

Error mapAgreementError(const Error& e)
{
    if (e.code == u"crypto.zero-secret") {
        return JoseError::make(JoseErrc::ZeroSecret, e.message + QStringLiteral(" (E-ZERO-SECRET)"));
    }
    if (e.code == u"crypto.ecdh-curve") {
        return JoseError::make(JoseErrc::InvalidCurve, e.message);
    }
    return JoseError::make(JoseErrc::Internal, e.message);
}

bool sameCurve(const Jwk& a, const Jwk& b)
{
    return a.type() == b.type() && a.curve() == b.curve();
}

} // namespace

bool JweEcdh::canAgree(const Jwk& key)
{
    return key.type() == KeyType::Ec || key.isKeyAgreementOnly();
}

QByteArray JweEcdh::otherInfo(const QString& algorithmId, QByteArrayView apu, QByteArrayView apv, qsizetype keyBytes)
{
    QByteArray info;
    appendLengthPrefixed(info, algorithmId.toUtf8());
    appendLengthPrefixed(info, apu);
    appendLengthPrefixed(info, apv);
    char bits[4];
    qToBigEndian(static_cast<quint32>(keyBytes * 8), bits);
    info.append(bits, 4);
    return info;
}

Result<JweEcdh::Agreement> JweEcdh::agree(const Jwk& recipient, const QString& algorithmId, qsizetype keyBytes)
{
    if (!canAgree(recipient)) {
        return JoseError::fail(JoseErrc::KeyMismatch, QStringLiteral("ECDH-ES needs an EC (P-256, P-384, P-521), "
                                                                     "X25519 or X448 key"));
    }
    Jwk::GenerateOptions options;
    options.type = recipient.type();
    options.curve = recipient.curve();
    options.use = QStringLiteral("enc");
    options.kid = QStringLiteral("epk");
    auto ephemeral = Jwk::generate(options);
    if (!ephemeral) {
        return std::unexpected(ephemeral.error());
    }
    auto z = crypto::KeyAgreement::derive(ephemeral->pkey(), recipient.pkey());
    if (!z) {
        return std::unexpected(mapAgreementError(z.error()));
    }
    auto key = kdf(*z, algorithmId, {}, {}, keyBytes);
    z->fill('\0');
    if (!key) {
        return std::unexpected(key.error());
    }
    QJsonObject epk = ephemeral->toJson(false);
    epk.remove(QStringLiteral("kid"));
    epk.remove(QStringLiteral("use"));
    return Agreement{*key, epk};
}

Result<QByteArray> JweEcdh::derive(const QJsonObject& header, const Jwk& ours, const QString& algorithmId,
                                   qsizetype keyBytes)
{
    const QJsonValue epkValue = header.value(QLatin1StringView("epk"));
    if (!epkValue.isObject()) {
        return JoseError::fail(JoseErrc::Malformed, QStringLiteral("ECDH-ES needs an 'epk' object in the header"));
    }
    const QJsonObject epkJson = epkValue.toObject();
    if (epkJson.contains(QLatin1StringView("d"))) {
        return JoseError::fail(JoseErrc::KeyInvalid, QStringLiteral("the epk carries a private key ('d')"));
    }
    // E-INVALID-CURVE: the point is validated as a key (on the curve, not infinity) before it meets our private
    // key, and it must be on our key's curve: a point of a weaker curve would leak our key bit by bit.
    auto epk = Jwk::fromJson(epkJson);
    if (!epk) {
        return JoseError::fail(JoseErrc::InvalidCurve,
                               QStringLiteral("the epk is not a valid public key on its curve: ") +
                                   epk.error().message);
    }
    if (!canAgree(*epk) || !sameCurve(*epk, ours)) {
        return JoseError::fail(JoseErrc::InvalidCurve,
                               QStringLiteral("the epk is a %1 %2 key, but our key is %3 %4: refused")
                                   .arg(epk->typeName(), epk->curve(), ours.typeName(), ours.curve()));
    }
    auto apu = optionalB64(header, "apu");
    auto apv = optionalB64(header, "apv");
    if (!apu || !apv) {
        return std::unexpected(!apu ? apu.error() : apv.error());
    }
    auto z = crypto::KeyAgreement::derive(ours.pkey(), epk->pkey());
    if (!z) {
        return std::unexpected(mapAgreementError(z.error()));
    }
    auto key = kdf(*z, algorithmId, *apu, *apv, keyBytes);
    z->fill('\0');
    return key;
}

} // namespace authscope::jose
