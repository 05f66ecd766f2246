#include "ui/tokens/ClaimCatalog.h"

namespace authscope {

std::optional<ClaimCatalog::Entry> ClaimCatalog::claim(const QString& name)
{
    const auto rfc7519 = [](const char* section) -> QString {
        return QStringLiteral("RFC 7519 §") + QLatin1StringView(section);
    };
    const QString oidc = QStringLiteral("OpenID Connect Core 1.0 §");
    if (name == u"iss") {
        return Entry{tr("Issuer"),
                     tr("Who issued and signed the token. A verifier compares it exactly with the "
                        "issuer it trusts."),
                     rfc7519("4.1.1"), false, true};
    }
    if (name == u"sub") {
        return Entry{tr("Subject"),
                     tr("Whom the token is about, usually a user or client ID, unique within the "
                        "issuer."),
                     rfc7519("4.1.2"), false, true};
    }
    if (name == u"aud") {
        return Entry{tr("Audience"),
                     tr("The recipients the token is meant for (a string or an array). A recipient "
                        "that does not find itself here must reject the token."),
                     rfc7519("4.1.3"), false, true};
    }
    if (name == u"exp") {
        return Entry{tr("Expiration Time"),
                     tr("From this moment on the token must not be accepted (a NumericDate: "
                        "seconds since 1970-01-01 UTC)."),
                     rfc7519("4.1.4"), true, true};
    }
    if (name == u"nbf") {
        return Entry{tr("Not Before"), tr("Before this moment the token must not be accepted (a NumericDate)."),
                     rfc7519("4.1.5"), true, true};
    }
    if (name == u"iat") {
        return Entry{tr("Issued At"), tr("When the token was issued (a NumericDate); tells its age."), rfc7519("4.1.6"),
                     true, true};
    }
    if (name == u"jti") {
        return Entry{tr("JWT ID"),
                     tr("A unique identifier of this token: lets a server refuse replays and revoke "
                        "one token (deny-list by issuer and jti)."),
                     rfc7519("4.1.7"), false, true};
    }
    if (name == u"scope") {
        return Entry{tr("Scope"), tr("The OAuth 2.0 scopes granted, separated by spaces."),
                     QStringLiteral("RFC 8693 §4.2"), false, false};
    }
    if (name == u"client_id") {
        return Entry{tr("Client ID"), tr("The OAuth 2.0 client the token was issued to."),
                     QStringLiteral("RFC 8693 §4.3"), false, false};
    }
    if (name == u"act") {
        return Entry{tr("Actor"), tr("The party acting on behalf of the subject (delegation)."),
                     QStringLiteral("RFC 8693 §4.1"), false, false};
    }
    if (name == u"may_act") {
        return Entry{tr("Authorized Actor"), tr("Who may act on behalf of the subject."),
                     QStringLiteral("RFC 8693 §4.4"), false, false};
    }
    if (name == u"cnf") {
        return Entry{tr("Confirmation"), tr("The key the presenter must prove to hold (proof of possession)."),
                     QStringLiteral("RFC 7800 §3.1"), false, false};
    }
    if (name == u"azp") {
        return Entry{tr("Authorized Party"), tr("The client the ID token was issued to."), oidc + QStringLiteral("2"),
                     false, false};
    }
    if (name == u"nonce") {
        return Entry{tr("Nonce"),
                     tr("A value from the authentication request, bound to the ID token to stop "
                        "replays."),
                     oidc + QStringLiteral("2"), false, false};
    }
    if (name == u"auth_time") {
        return Entry{tr("Authentication Time"), tr("When the user last authenticated (a NumericDate)."),
                     oidc + QStringLiteral("2"), true, false};
    }
    if (name == u"acr") {
        return Entry{tr("Authentication Context Class"), tr("How strongly the user was authenticated."),
                     oidc + QStringLiteral("2"), false, false};
    }
    if (name == u"amr") {
        return Entry{tr("Authentication Methods"), tr("The methods used to authenticate (pwd, otp, mfa…)."),
                     QStringLiteral("RFC 8176 §2"), false, false};
    }
    if (name == u"sid") {
        return Entry{tr("Session ID"), tr("The identity provider's session the token belongs to (used for logout)."),
                     QStringLiteral("OpenID Connect Front-Channel Logout 1.0 §3"), false, false};
    }
    if (name == u"at_hash" || name == u"c_hash") {
        return Entry{name == u"at_hash" ? tr("Access Token Hash") : tr("Code Hash"),
                     tr("Half of a hash that binds the ID token to the access token or code issued with it."),
                     oidc + (name == u"at_hash" ? QStringLiteral("3.1.3.6") : QStringLiteral("3.3.2.11")), false,
                     false};
    }
    if (name == u"updated_at") {
        return Entry{tr("Updated At"), tr("When the user's profile was last changed (a NumericDate)."),
                     oidc + QStringLiteral("5.1"), true, false};
    }
    if (name == u"email" || name == u"email_verified" || name == u"name" || name == u"preferred_username" ||
        name == u"given_name" || name == u"family_name" || name == u"locale" || name == u"picture") {
        return Entry{tr("Standard user claim"),
                     tr("Profile information about the user; readable by anyone who "
                        "holds the token."),
                     oidc + QStringLiteral("5.1"), false, false};
    }
    if (name == u"roles" || name == u"groups" || name == u"entitlements") {
        return Entry{tr("Authorization attribute"),
                     tr("Roles, groups or entitlements of the subject, used for access "
                        "decisions."),
                     QStringLiteral("RFC 9068 §2.2.3.1"), false, false};
    }
    if (name == u"events") {
        return Entry{tr("Security Events"), tr("The events a Security Event Token reports."),
                     QStringLiteral("RFC 8417 §2.2"), false, false};
    }
    return std::nullopt;
}

std::optional<ClaimCatalog::Entry> ClaimCatalog::headerParameter(const QString& name)
{
    const auto rfc7515 = [](const char* section) -> QString {
        return QStringLiteral("RFC 7515 §") + QLatin1StringView(section);
    };
    if (name == u"alg") {
        return Entry{tr("Algorithm"),
                     tr("The algorithm the token says it was signed with. A safe verifier pins the "
                        "algorithm itself and only checks that this one is allowed."),
                     rfc7515("4.1.1"), false, true};
    }
    if (name == u"jku") {
        return Entry{tr("JWK Set URL"),
                     tr("A URL of keys named by the token itself: never trust it to choose the "
                        "verification key."),
                     rfc7515("4.1.2"), false, true};
    }
    if (name == u"jwk") {
        return Entry{tr("JSON Web Key"),
                     tr("A key embedded by the token itself: never trust it to verify the same "
                        "token."),
                     rfc7515("4.1.3"), false, true};
    }
    if (name == u"kid") {
        return Entry{tr("Key ID"),
                     tr("Names the key that signed the token; a verifier looks it up by exact match in "
                        "its own keys."),
                     rfc7515("4.1.4"), false, true};
    }
    if (name == u"x5u") {
        return Entry{tr("X.509 URL"),
                     tr("A URL of a certificate chain named by the token itself: never a source of "
                        "trust."),
                     rfc7515("4.1.5"), false, true};
    }
    if (name == u"x5c") {
        return Entry{tr("X.509 Certificate Chain"),
                     tr("Certificates embedded in the token: only trustworthy after "
                        "validating the chain against your own roots."),
                     rfc7515("4.1.6"), false, true};
    }
    if (name == u"x5t") {
        return Entry{tr("X.509 SHA-1 Thumbprint"), tr("Names the signing certificate by its SHA-1 hash."),
                     rfc7515("4.1.7"), false, true};
    }
    if (name == u"x5t#S256") {
        return Entry{tr("X.509 SHA-256 Thumbprint"), tr("Names the signing certificate by its SHA-256 hash."),
                     rfc7515("4.1.8"), false, true};
    }
    if (name == u"typ") {
        return Entry{tr("Type"),
                     tr("The media type of the whole token (\"JWT\", \"at+jwt\"…): lets a verifier "
                        "refuse a token of another kind."),
                     rfc7515("4.1.9"), false, true};
    }
    if (name == u"cty") {
        return Entry{tr("Content Type"), tr("The media type of the payload (\"JWT\" for a nested token)."),
                     rfc7515("4.1.10"), false, true};
    }
    if (name == u"crit") {
        return Entry{tr("Critical"), tr("Header extensions the verifier must understand, or else reject the token."),
                     rfc7515("4.1.11"), false, true};
    }
    if (name == u"b64") {
        return Entry{tr("Base64url-Encode Payload"),
                     tr("false means the payload is sent unencoded (never allowed in "
                        "a JWT)."),
                     QStringLiteral("RFC 7797 §3"), false, false};
    }
    if (name == u"enc") {
        return Entry{tr("Encryption Algorithm"), tr("The content encryption of a JWE (A256GCM…)."),
                     QStringLiteral("RFC 7516 §4.1.2"), false, true};
    }
    if (name == u"zip") {
        return Entry{tr("Compression"), tr("The payload was compressed before encryption (DEF)."),
                     QStringLiteral("RFC 7516 §4.1.3"), false, true};
    }
    if (name == u"epk") {
        return Entry{tr("Ephemeral Public Key"), tr("The sender's one-time key for ECDH key agreement."),
                     QStringLiteral("RFC 7518 §4.6.1.1"), false, false};
    }
    if (name == u"apu" || name == u"apv") {
        return Entry{name == u"apu" ? tr("Agreement PartyUInfo") : tr("Agreement PartyVInfo"),
                     tr("Information about the parties, mixed into the ECDH key derivation."),
                     name == u"apu" ? QStringLiteral("RFC 7518 §4.6.1.2") : QStringLiteral("RFC 7518 §4.6.1.3"), false,
                     false};
    }
    if (name == u"iv" || name == u"tag") {
        return Entry{name == u"iv" ? tr("Initialization Vector") : tr("Authentication Tag"),
                     tr("A parameter of AES-GCM key wrapping."),
                     name == u"iv" ? QStringLiteral("RFC 7518 §4.7.1.1") : QStringLiteral("RFC 7518 §4.7.1.2"), false,
                     false};
    }
    if (name == u"p2s" || name == u"p2c") {
        return Entry{
            name == u"p2s" ? tr("PBES2 Salt") : tr("PBES2 Count"), tr("A parameter of password-based key wrapping."),
            name == u"p2s" ? QStringLiteral("RFC 7518 §4.8.1.1") : QStringLiteral("RFC 7518 §4.8.1.2"), false, false};
    }
    return std::nullopt;
}

} // namespace authscope
