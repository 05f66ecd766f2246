#pragma once

#include "core/jose/Base64Url.h"
#include "core/jose/Jwk.h"
#include "core/jose/Jws.h"

#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace authscope::test {

inline jose::Jwk loadPemKey(const QString& file, QByteArrayView passphrase = {})
{
    auto key = jose::Jwk::fromPem(readData(QStringLiteral("keys/") + file), passphrase);
    if (!key) {
        qFatal("cannot load %s: %s", qPrintable(file), qPrintable(key.error().message));
    }
    return *key;
}

inline jose::Jwk jwkFromObject(const QJsonObject& json)
{
    auto key = jose::Jwk::fromJson(json);
    if (!key) {
        qFatal("cannot load JWK: %s", qPrintable(key.error().message));
    }
    return *key;
}

inline jose::Jwk secretKey(const QByteArray& secret)
{
    auto key = jose::Jwk::fromSecret(secret);
    if (!key) {
        qFatal("bad secret");
    }
    return *key;
}

// Builds header.payload.signature with arbitrary (even invalid) parts, for attack rows.
inline QByteArray compact(const QByteArray& headerJson, const QByteArray& payload, const QByteArray& signature)
{
    return jose::Base64Url::encode(headerJson) + '.' + jose::Base64Url::encode(payload) + '.' +
           jose::Base64Url::encode(signature);
}

// Signs raw header JSON text (so tests can craft duplicates and odd members) with `key`.
inline QByteArray signRaw(const QByteArray& headerJson, const QByteArray& payload, const jose::Jwk& key,
                          jose::JwsAlgorithm alg)
{
    const QByteArray input = jose::Base64Url::encode(headerJson) + '.' + jose::Base64Url::encode(payload);
    auto sig = key.sign(alg, input);
    if (!sig) {
        qFatal("signing failed: %s", qPrintable(sig.error().message));
    }
    return input + '.' + jose::Base64Url::encode(*sig);
}

inline QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The JSON object a command printed (empty when it printed none).
inline QJsonObject jsonOf(const QByteArray& out)
{
    return QJsonDocument::fromJson(out).object();
}

} // namespace authscope::test
