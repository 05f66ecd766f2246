#include "core/jose/TokenLinter.h"

#include "core/common/TimeFormat.h"
#include "core/jose/JoseError.h"
#include "core/jose/Jwk.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <string_view>

namespace authscope::jose {

namespace {

using Severity = TokenWarning::Severity;

void sensitiveNames(const QJsonObject& object, const QString& prefix, int depth, QStringList& found)
{
    if (depth > 4) {
        return;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (TokenLinter::isSensitiveClaimName(it.key())) {
            found.append(path);
        }
        if (it.value().isObject()) {
            sensitiveNames(it.value().toObject(), path, depth + 1, found);
        }
    }
}

// The JWE header findings: the algorithms AuthScope refuses by default (E-RSA15-OFF, E-P2C-CAP).
void lintJwe(const QJsonObject& h, QList<TokenWarning>& out)
{
    const QString alg = h.value(QLatin1StringView("alg")).toString();
    if (alg == u"RSA1_5") {
        out.append({QStringLiteral("jose.lint.rsa1_5"),
                    QStringLiteral("RSA1_5 key transport invites padding-oracle attacks (RFC 8725 §3.2): refused "
                                   "unless decryption with it is enabled explicitly"),
                    Severity::Warning});
    }
    if (alg.startsWith(u"PBES2") && h.value(QLatin1StringView("p2c")).toDouble() > 10000) {
        out.append({QStringLiteral("jose.lint.p2c"),
                    QStringLiteral("PBES2 p2c is %1: over the 10,000 iterations decrypters accept by default (a p2c "
                                   "bomb costs the receiver minutes of CPU)")
                        .arg(h.value(QLatin1StringView("p2c")).toDouble(), 0, 'f', 0),
                    Severity::Danger});
    }
}

} // namespace

bool TokenLinter::isSensitiveClaimName(QStringView name)
{
    // Letters and digits only, lower-cased, into a small buffer: "Credit-Card" and "credit_card" compare equal, and
    // decoding a token does not allocate per claim name.
    char n[64];
    qsizetype len = 0;
    for (QChar c : name) {
        if (len == sizeof n) {
            break;
        }
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z') {
            n[len++] = static_cast<char>(u - u'A' + 'a');
        } else if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            n[len++] = static_cast<char>(u);
        }
    }
    const std::string_view v(n, static_cast<size_t>(len));
    static constexpr std::string_view exact[] = {
        "pwd",        "pass",     "passwd", "ssn",           "cvv",
        "cvc",        "pin",      "iban",   "apikey",        "cc",
        "privatekey", "ccnumber", "taxid",  "accountnumber", "socialsecuritynumber"};
    static constexpr std::string_view contained[] = {"password", "secret", "creditcard", "cardnumber", "passphrase"};
    for (std::string_view e : exact) {
        if (v == e) {
            return true;
        }
    }
    for (std::string_view c : contained) {
        if (v.find(c) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

QList<TokenWarning> TokenLinter::lint(const DecodedToken& token, const Jwk* key)
{
    QList<TokenWarning> out;
    const QJsonObject& h = token.header;
    const QJsonValue algValue = h.value(QLatin1StringView("alg"));
    const QString alg = algValue.toString();

    if (token.isJwe()) {
        out.append({JoseError::code(JoseErrc::JweUnsupported),
                    QStringLiteral("this is a JWE (encrypted token): only its protected header is shown here; decrypt "
                                   "it with its key (authscope-cli decrypt) to see the payload"),
                    Severity::Info});
        lintJwe(token.header, out);
    }
    if (!token.isJwe()) {
        if (!algValue.isString()) {
            out.append({QStringLiteral("jose.lint.alg-missing"),
                        QStringLiteral("the header has no alg string: no verifier should accept this token"),
                        Severity::Danger});
        } else if (alg.compare(u"none", Qt::CaseInsensitive) == 0) {
            out.append({QStringLiteral("jose.lint.alg-none"),
                        QStringLiteral("alg '%1' means the token is not signed: anyone can forge it, and AuthScope "
                                       "always refuses it (RFC 8725 §2.1)")
                            .arg(alg),
                        Severity::Danger});
        } else if (!JwsAlgorithms::fromName(alg)) {
            out.append({QStringLiteral("jose.lint.alg-unknown"),
                        QStringLiteral("alg '%1' is not a JWS algorithm AuthScope can verify").arg(alg),
                        Severity::Warning});
        }
    }
    const bool hs = alg.startsWith(u"HS");
    const bool headerCarriesPublicKey = h.contains(QLatin1StringView("jwk")) || h.contains(QLatin1StringView("x5c"));
    if (hs && ((key != nullptr && !key->isSymmetric()) || headerCarriesPublicKey)) {
        out.append({QStringLiteral("jose.lint.hs-public-key"),
                    QStringLiteral("alg %1 is an HMAC algorithm, but the key at hand is a public key: a verifier "
                                   "that uses the public key as the HMAC secret accepts forgeries (RFC 8725 §2.1, "
                                   "CVE-2016-10555)")
                        .arg(alg),
                    Severity::Danger});
    }
    for (const char* member : {"jku", "x5u", "jwk", "x5c"}) {
        if (h.contains(QLatin1StringView(member))) {
            out.append({QStringLiteral("jose.lint.header-key"),
                        QStringLiteral("the header carries '%1': the token names its own key; AuthScope never trusts "
                                       "it, and a verifier that does can be fooled with a forged token (RFC 8725 "
                                       "§3.10)")
                            .arg(QLatin1StringView(member)),
                        Severity::Warning});
        }
    }
    if (h.contains(QLatin1StringView("b64"))) {
        out.append({QStringLiteral("jose.lint.b64"),
                    QStringLiteral("the header sets b64 (RFC 7797 unencoded payload): not allowed in a JWT"),
                    Severity::Warning});
    }
    if (token.isJwe()) {
        return out;
    }
    if (!token.payloadIsJson || !token.payloadJson.isObject()) {
        out.append({QStringLiteral("jose.lint.not-json"),
                    QStringLiteral("the payload is not a JSON object: this is a plain JWS, not a JWT"),
                    Severity::Info});
    } else {
        const QJsonObject claims = token.payloadJson.toObject();
        const QJsonValue exp = claims.value(QLatin1StringView("exp"));
        if (!exp.isDouble()) {
            out.append({QStringLiteral("jose.lint.no-exp"),
                        exp.isUndefined()
                            ? QStringLiteral("no exp claim: the token never expires, so a stolen copy works forever")
                            : QStringLiteral("exp is not a number: most verifiers will refuse the token"),
                        Severity::Warning});
        } else {
            const QJsonValue start = claims.contains(QLatin1StringView("iat")) ? claims.value(QLatin1StringView("iat"))
                                                                               : claims.value(QLatin1StringView("nbf"));
            if (start.isDouble()) {
                const qint64 lifetime = static_cast<qint64>(exp.toDouble() - start.toDouble());
                if (lifetime > LongLifetimeSecs) {
                    out.append({QStringLiteral("jose.lint.long-lifetime"),
                                QStringLiteral("the token lives %1 (over 24 h): a stolen token stays useful for "
                                               "that long; prefer short-lived tokens and refresh")
                                    .arg(TimeFormat::duration(lifetime)),
                                Severity::Warning});
                }
            }
        }
        QStringList sensitive;
        sensitiveNames(claims, QString(), 0, sensitive);
        for (const QString& name : sensitive) {
            out.append({QStringLiteral("jose.lint.sensitive-claim"),
                        QStringLiteral("claim '%1' looks sensitive: a JWT payload is only base64url-encoded, so "
                                       "anyone who holds the token can read it")
                            .arg(name),
                        Severity::Warning});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const TokenWarning& a, const TokenWarning& b) {
        return static_cast<int>(a.severity) > static_cast<int>(b.severity);
    });
    return out;
}

} // namespace authscope::jose
