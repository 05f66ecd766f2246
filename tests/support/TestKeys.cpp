#include "tests/support/TestKeys.h"

#include "core/jose/Jws.h"

#include <QJsonDocument>

namespace authscope::test {

jose::Jwk generatedKey(const QString& kid, const QString& alg, jose::KeyType type)
{
    jose::Jwk::GenerateOptions options;
    options.type = type;
    options.kid = kid;
    options.alg = alg;
    auto key = jose::Jwk::generate(options);
    if (!key) {
        qFatal("cannot generate a test key: %s", qPrintable(key.error().toString()));
    }
    return *key;
}

QByteArray signedJwt(const QJsonObject& header, const QJsonObject& claims, const jose::Jwk& key)
{
    auto token = jose::Jws::sign(header, QJsonDocument(claims).toJson(QJsonDocument::Compact), key);
    if (!token) {
        qFatal("cannot sign a test token: %s", qPrintable(token.error().toString()));
    }
    return *token;
}

} // namespace authscope::test
