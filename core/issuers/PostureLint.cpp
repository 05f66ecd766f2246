#include "core/issuers/PostureLint.h"

#include "core/common/EnumNames.h"

#include "core/issuers/UrlPolicy.h"
#include "core/jose/Jwk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>

namespace authscope::issuers {

namespace {

using Severity = LintFinding::Severity;

QStringList strings(const QJsonObject& d, const char* member)
{
    QStringList list;
    for (const QJsonValue& v : d.value(QLatin1StringView(member)).toArray()) {
        list.append(v.toString());
    }
    return list;
}

void add(QList<LintFinding>& out, const char* id, Severity severity, const char* reference, const QString& message,
         const char* fix)
{
    out.append({QString::fromLatin1(id), severity, QString::fromUtf8(reference), message, QString::fromUtf8(fix)});
}

const char* const kSigningAlgMembers[] = {
    "id_token_signing_alg_values_supported",       "userinfo_signing_alg_values_supported",
    "request_object_signing_alg_values_supported", "token_endpoint_auth_signing_alg_values_supported",
    "introspection_signing_alg_values_supported",  "authorization_signing_alg_values_supported",
};

const char* const kEncryptionAlgMembers[] = {
    "id_token_encryption_alg_values_supported",       "userinfo_encryption_alg_values_supported",
    "request_object_encryption_alg_values_supported", "introspection_encryption_alg_values_supported",
    "authorization_encryption_alg_values_supported",
};

} // namespace

QString LintFinding::severityName(Severity severity)
{
    static constexpr auto names = enumNames<Severity::Info>(u"critical", u"high", u"medium", u"low", u"info");
    return names.name(severity, u"info");
}

bool PostureLint::hasSerious(const QList<LintFinding>& findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const LintFinding& f) {
        return f.severity == Severity::Critical || f.severity == Severity::High;
    });
}

QList<LintFinding> PostureLint::check(const QJsonObject& discovery, QByteArrayView jwks)
{
    QList<LintFinding> out;
    checkGrants(discovery, out);
    checkAlgorithms(discovery, out);
    checkEndpoints(discovery, out);
    checkMetadata(discovery, out);
    checkKeys(jwks, out);
    std::stable_sort(out.begin(), out.end(),
                     [](const LintFinding& a, const LintFinding& b) { return a.severity < b.severity; });
    return out;
}

void PostureLint::checkGrants(const QJsonObject& d, QList<LintFinding>& out)
{
    const QStringList grants = strings(d, "grant_types_supported");
    const QStringList responseTypes = strings(d, "response_types_supported");
    const bool tokenResponse = std::any_of(responseTypes.cbegin(), responseTypes.cend(), [](const QString& t) {
        return t.split(u' ').contains(QStringLiteral("token"));
    });
    if (grants.contains(QStringLiteral("implicit")) || tokenResponse) {
        add(out, "P-GRANT-IMPLICIT", Severity::High, "RFC 9700 §2.1.2",
            QStringLiteral("the implicit grant is advertised (access tokens in the front channel)"),
            "Turn off response_type token and the implicit grant; use the code grant with PKCE.");
    }
    if (grants.contains(QStringLiteral("password"))) {
        add(out, "P-GRANT-PASSWORD", Severity::High, "RFC 9700 §2.4",
            QStringLiteral("the resource owner password credentials grant is advertised"),
            "Remove the password grant; clients use the authorization code grant.");
    }
    const bool codeFlow = grants.isEmpty() ? responseTypes.contains(QStringLiteral("code"))
                                           : grants.contains(QStringLiteral("authorization_code"));
    const QStringList pkce = strings(d, "code_challenge_methods_supported");
    if (pkce.contains(QStringLiteral("plain"))) {
        add(out, "P-PKCE-PLAIN", Severity::Medium, "RFC 9700 §2.1.1; RFC 7636 §4.2",
            QStringLiteral("PKCE method 'plain' is accepted"), "Accept only S256 as code_challenge_method.");
    }
    if (codeFlow && !pkce.contains(QStringLiteral("S256"))) {
        add(out, "P-PKCE-NO-S256", Severity::High, "RFC 9700 §2.1.1; RFC 8414 §2",
            pkce.isEmpty() ? QStringLiteral("code_challenge_methods_supported is missing: PKCE support is unknown")
                           : QStringLiteral("PKCE S256 is not offered (only: %1)").arg(pkce.join(u", ")),
            "Support PKCE with S256 and publish it in code_challenge_methods_supported.");
    }
    if (codeFlow && !d.value(QLatin1StringView("authorization_response_iss_parameter_supported")).toBool()) {
        add(out, "P-NO-ISS-PARAMETER", Severity::Medium, "RFC 9700 §4.4.2; RFC 9207 §3",
            QStringLiteral("authorization_response_iss_parameter_supported is not true (mix-up attacks)"),
            "Return iss in authorization responses and advertise it.");
    }
}

void PostureLint::checkAlgorithms(const QJsonObject& d, QList<LintFinding>& out)
{
    for (const char* member : kSigningAlgMembers) {
        const QStringList algs = strings(d, member);
        const QString name = QString::fromLatin1(member);
        if (algs.contains(QStringLiteral("none"), Qt::CaseInsensitive)) {
            add(out, "P-ALG-NONE", Severity::Critical, "RFC 8725 §3.1, §2.1",
                QStringLiteral("%1 lists 'none' (unsigned tokens)").arg(name),
                "Remove 'none' from every *_signing_alg_values_supported.");
        }
        QStringList hmac;
        for (const QString& alg : algs) {
            if (alg.startsWith(u"HS")) {
                hmac.append(alg);
            }
        }
        if (!hmac.isEmpty() && name != u"token_endpoint_auth_signing_alg_values_supported") {
            add(out, "P-ALG-HMAC", Severity::Medium, "RFC 8725 §3.2, §3.5",
                QStringLiteral("%1 lists %2: tokens MACed with a client secret").arg(name, hmac.join(u", ")),
                "Sign with asymmetric keys (ES256, EdDSA, PS256) published in the JWKS.");
        }
    }
    for (const char* member : kEncryptionAlgMembers) {
        if (strings(d, member).contains(QStringLiteral("RSA1_5"))) {
            add(out, "P-ALG-RSA1_5", Severity::High, "RFC 8725 §3.2",
                QStringLiteral("%1 lists RSA1_5 (PKCS#1 v1.5 key transport, padding oracles)")
                    .arg(QString::fromLatin1(member)),
                "Use RSA-OAEP-256 or ECDH-ES instead of RSA1_5.");
        }
    }
}

void PostureLint::checkEndpoints(const QJsonObject& d, QList<LintFinding>& out)
{
    for (auto it = d.constBegin(); it != d.constEnd(); ++it) {
        const QString& member = it.key();
        if ((!member.endsWith(u"_endpoint") && member != u"jwks_uri" && member != u"issuer") || !it->isString()) {
            continue;
        }
        const QUrl url(it->toString());
        if (url.scheme() == u"https") {
            continue;
        }
        const bool loopback = url.scheme() == u"http" && UrlPolicy::isLoopback(url);
        add(out, "P-HTTP-ENDPOINT", loopback ? Severity::Info : Severity::High, "RFC 8414 §2; RFC 6749 §3.1",
            QStringLiteral("%1 is not https: %2%3")
                .arg(member, it->toString(), loopback ? QStringLiteral(" (loopback: a test setup)") : QString()),
            "Serve every endpoint over https.");
    }
}

void PostureLint::checkMetadata(const QJsonObject& d, QList<LintFinding>& out)
{
    QStringList missing;
    for (const char* member : {"authorization_endpoint", "token_endpoint", "jwks_uri", "response_types_supported",
                               "subject_types_supported", "id_token_signing_alg_values_supported"}) {
        if (!d.contains(QLatin1StringView(member))) {
            missing.append(QString::fromLatin1(member));
        }
    }
    if (!missing.isEmpty()) {
        add(out, "P-METADATA-MISSING", Severity::Low, "OpenID Connect Discovery 1.0 §3",
            QStringLiteral("metadata that OpenID Connect Discovery requires is missing: %1").arg(missing.join(u", ")),
            "Publish the required provider metadata.");
    }
    if (!d.contains(QLatin1StringView("revocation_endpoint"))) {
        add(out, "P-NO-REVOCATION", Severity::Info, "RFC 7009 §2; RFC 8414 §2",
            QStringLiteral("no revocation_endpoint is advertised"),
            "Offer token revocation so clients can end their tokens.");
    }
}

void PostureLint::checkKeys(QByteArrayView jwks, QList<LintFinding>& out)
{
    const QJsonArray keys =
        QJsonDocument::fromJson(jwks.toByteArray()).object().value(QLatin1StringView("keys")).toArray();
    QSet<QString> kids;
    QSet<QString> duplicates;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QJsonObject k = keys.at(i).toObject();
        const QString kid = k.value(QLatin1StringView("kid")).toString();
        const QString label =
            kid.isEmpty() ? QStringLiteral("key #%1").arg(i + 1) : QStringLiteral("key '%1'").arg(kid);
        if (kid.isEmpty()) {
            add(out, "P-KID-MISSING", Severity::Medium, "RFC 7517 §4.5; OpenID Connect Core §10.1.1",
                QStringLiteral("%1 has no kid").arg(label),
                "Give every key a unique kid (e.g. its RFC 7638 thumbprint).");
        } else if (kids.contains(kid)) {
            duplicates.insert(kid);
        }
        kids.insert(kid);
        QStringList privateMembers;
        for (const char* member : {"d", "p", "q", "dp", "dq", "qi", "k"}) {
            if (k.contains(QLatin1StringView(member))) {
                privateMembers.append(QString::fromLatin1(member));
            }
        }
        if (!privateMembers.isEmpty()) {
            add(out, "P-JWKS-PRIVATE", Severity::Critical, "RFC 7517 §9.2; RFC 7518 §6",
                QStringLiteral("%1 publishes private members (%2)").arg(label, privateMembers.join(u", ")),
                "Publish public members only; rotate the exposed key now.");
        }
        auto parsed = jose::Jwk::fromJson(k);
        if (parsed && parsed->type() == jose::KeyType::Rsa && parsed->bits() < 2048) {
            add(out, "P-RSA-SMALL", Severity::High, "RFC 7518 §3.3; RFC 8725 §3.5",
                QStringLiteral("%1 is a %2-bit RSA key").arg(label).arg(parsed->bits()),
                "Replace it with an RSA key of at least 2048 bits or an EC/Ed25519 key.");
        }
        if (k.value(QLatin1StringView("use")).isUndefined() && k.value(QLatin1StringView("key_ops")).isUndefined() &&
            k.value(QLatin1StringView("alg")).isUndefined()) {
            add(out, "P-KEY-UNBOUND", Severity::Low, "RFC 8725 §3.1; RFC 7517 §4.2",
                QStringLiteral("%1 has neither use nor alg: any algorithm of its type is accepted").arg(label),
                "Set use \"sig\" and alg on every published key.");
        }
    }
    for (const QString& kid : std::as_const(duplicates)) {
        add(out, "P-KID-DUPLICATE", Severity::High, "RFC 7517 §4.5",
            QStringLiteral("kid '%1' names more than one key").arg(kid), "Make every kid in the set unique.");
    }
    if (keys.isEmpty()) {
        add(out, "P-JWKS-EMPTY", Severity::Medium, "RFC 7517 §5; OpenID Connect Discovery 1.0 §3",
            QStringLiteral("the JWKS holds no key"), "Publish the signing keys in jwks_uri.");
    }
}

} // namespace authscope::issuers
