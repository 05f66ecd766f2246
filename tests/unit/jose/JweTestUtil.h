#pragma once

#include "core/jose/Base64Url.h"
#include "core/jose/Jwk.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTest>

namespace authscope::test {

// The five parts of a compact JWE, decoded except the header, for tests that alter one of them.
struct JweParts
{
    QJsonObject header;
    QByteArray encryptedKey, iv, ciphertext, tag;

    static JweParts split(const QByteArray& compact)
    {
        const QList<QByteArray> p = compact.split('.');
        if (p.size() != 5) {
            qFatal("not a compact JWE");
        }
        JweParts out;
        out.header = QJsonDocument::fromJson(*jose::Base64Url::decode(p[0])).object();
        out.encryptedKey = *jose::Base64Url::decode(p[1]);
        out.iv = *jose::Base64Url::decode(p[2]);
        out.ciphertext = *jose::Base64Url::decode(p[3]);
        out.tag = *jose::Base64Url::decode(p[4]);
        return out;
    }

    [[nodiscard]] QByteArray join() const
    {
        QByteArray out = jose::Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact));
        for (const QByteArray* part : {&encryptedKey, &iv, &ciphertext, &tag}) {
            out.append('.').append(jose::Base64Url::encode(*part));
        }
        return out;
    }
};

inline jose::Jwk generatedKey(jose::KeyType type, const QString& curve = {}, int bits = 0)
{
    jose::Jwk::GenerateOptions options;
    options.type = type;
    options.curve = curve;
    options.bits = bits;
    options.use = QStringLiteral("enc");
    auto key = jose::Jwk::generate(options);
    if (!key) {
        qFatal("cannot generate a key: %s", qPrintable(key.error().message));
    }
    return *key;
}

inline jose::Jwk octKey(qsizetype bytes, char fill = 'k')
{
    auto key = jose::Jwk::fromSecret(QByteArray(bytes, fill));
    if (!key) {
        qFatal("bad secret");
    }
    return *key;
}

} // namespace authscope::test
