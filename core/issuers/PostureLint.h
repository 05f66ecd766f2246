#pragma once

#include "core/issuers/LintFinding.h"

#include <QJsonObject>
#include <QList>

namespace authscope::issuers {

// Checks a provider's published configuration, its discovery document and its JWKS, against the OAuth 2.0 Security
// BCP (RFC 9700), the JWT BCP (RFC 8725), RFC 8414 and OpenID Connect Discovery 1.0. It reads only what the provider
// publishes, so it flags what is advertised (an implicit grant, alg none, PKCE plain), not what a given client uses.
class PostureLint final
{
public:
    [[nodiscard]] static QList<LintFinding> check(const QJsonObject& discovery, QByteArrayView jwks);
    // True when a finding is Critical or High.
    [[nodiscard]] static bool hasSerious(const QList<LintFinding>& findings);

private:
    static void checkGrants(const QJsonObject& d, QList<LintFinding>& out);
    static void checkAlgorithms(const QJsonObject& d, QList<LintFinding>& out);
    static void checkEndpoints(const QJsonObject& d, QList<LintFinding>& out);
    static void checkMetadata(const QJsonObject& d, QList<LintFinding>& out);
    static void checkKeys(QByteArrayView jwks, QList<LintFinding>& out);
};

} // namespace authscope::issuers
