#pragma once

#include "core/jose/Jwk.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace authscope::test {

// A freshly generated signing key of `type` (EC P-256 by default) with `kid` and `alg` when they are given (else
// the RFC 7638 thumbprint and no alg); a generation failure ends the run.
[[nodiscard]] jose::Jwk generatedKey(const QString& kid = {}, const QString& alg = {},
                                     jose::KeyType type = jose::KeyType::Ec);

// A compact JWS of `claims` (compact JSON) under `header`, signed with `key`; a signing failure ends the run.
[[nodiscard]] QByteArray signedJwt(const QJsonObject& header, const QJsonObject& claims, const jose::Jwk& key);

} // namespace authscope::test
