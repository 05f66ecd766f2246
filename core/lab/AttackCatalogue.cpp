#include "core/lab/AttackCatalogue.h"

#include "core/lab/ClaimAttacks.h"
#include "core/lab/DpopAttacks.h"
#include "core/lab/JweAttacks.h"
#include "core/lab/KeyConfusionAttacks.h"
#include "core/lab/LogoutAttacks.h"
#include "core/lab/SessionAttacks.h"
#include "core/lab/TokenForgeryAttacks.h"

namespace authscope::lab {

namespace {

AttackSpec spec(const char* id, const char* name, const char* category, const char* reference, const char* description,
                const char* expected, bool needsKey = false, bool needsRevocation = false)
{
    return AttackSpec{QString::fromUtf8(id),
                      QString::fromUtf8(name),
                      QString::fromUtf8(category),
                      QString::fromUtf8(reference),
                      QString::fromUtf8(description),
                      QString::fromUtf8(expected),
                      needsKey,
                      needsRevocation};
}

} // namespace

// A data table: one entry per attack.
const QList<AttackCatalogue::Entry>& AttackCatalogue::entries()
{
    static const QList<Entry> list{
        // Tokens: the signature and its key.
        {spec("alg-none", "alg: none", "token", "T-ALG-NONE; RFC 8725 §2.1; CVE-2022-23540",
              "An unsigned token with alg \"none\" and valid claims.", "401"),
         &TokenForgeryAttacks::algNone},
        {spec("alg-none-case", "alg: nOnE", "token", "T-ALG-NONE; RFC 8725 §2.1",
              "alg \"nOnE\": a case variant of none that slips past case-sensitive deny-lists.", "401"),
         &TokenForgeryAttacks::algNoneCase},
        {spec("signature-stripped", "signature stripped", "token", "T-ALG-PIN, T-ALG-NONE; RFC 7515 §5.2",
              "A token the target issued, with its signature removed.", "401"),
         &TokenForgeryAttacks::signatureStripped},
        {spec("tampered-payload", "tampered payload", "token", "T-ALG-PIN; RFC 7515 §5.2",
              "A token the target issued, with sub and roles changed to admin and the old signature.", "401"),
         &TokenForgeryAttacks::tamperedPayload},
        {spec("key-confusion-pem", "HS256 keyed with public PEM", "keys",
              "T-ALG-PIN; RFC 8725 §3.1; CVE-2015-9235; CVE-2016-10555; CVE-2022-29217",
              "HS256 with the target's published RSA/EC public key (SPKI PEM) as HMAC secret and that key's kid.",
              "401"),
         &KeyConfusionAttacks::publicPemAsSecret},
        {spec("key-confusion-jwk", "HS256 keyed with public JWK", "keys", "T-ALG-PIN; RFC 8725 §3.1; CVE-2016-10555",
              "HS256 with the JSON text of the target's published public JWK as HMAC secret.", "401"),
         &KeyConfusionAttacks::publicJwkAsSecret},
        {spec("embedded-jwk", "embedded jwk", "keys", "K-SOURCE; CVE-2018-0114",
              "ES256 signed by the attacker, whose public key rides along in the header's jwk.", "401"),
         &KeyConfusionAttacks::embeddedJwk},
        {spec("jku-bait", "jku to attacker JWKS", "keys", "K-SOURCE; RFC 8725 §2.9, §3.10",
              "Signed by the attacker; jku points to the attacker's JWKS on 127.0.0.1. The target must neither "
              "accept it nor fetch the URL.",
              "401, no fetch"),
         &KeyConfusionAttacks::jkuBait},
        {spec("x5u-bait", "x5u to attacker cert", "keys", "K-SOURCE; RFC 8725 §2.9, §3.10",
              "Signed by the attacker; x5u points to the attacker's certificate on 127.0.0.1. The target must neither "
              "accept it nor fetch the URL.",
              "401, no fetch"),
         &KeyConfusionAttacks::x5uBait},
        {spec("kid-path-traversal", "kid path traversal", "keys", "K-SOURCE; RFC 8725 §3.10; OWASP-J",
              "kid \"../../../dev/null\", HS256 with an empty secret (the contents of /dev/null).", "401"),
         &KeyConfusionAttacks::kidPathTraversal},
        {spec("kid-sql-injection", "kid SQL injection", "keys", "K-SOURCE; RFC 8725 §3.10; OWASP-J",
              "kid \"x' UNION SELECT '<secret>' --\", HS256 keyed with that secret.", "401"),
         &KeyConfusionAttacks::kidSqlInjection},
        {spec("kid-header-injection", "kid CR LF injection", "keys", "K-SOURCE, D-PARSERS; OWASP-J; CWE-113",
              "kid with CR LF and a header line, to see whether an error message reflects it into the response "
              "headers.",
              "401, no header"),
         &KeyConfusionAttacks::kidHeaderInjection},
        {spec("ecdsa-zero-signature", "ECDSA r = s = 0", "token", "T-ECDSA-RANGE; CVE-2022-21449",
              "ES256 with the kid of the target's P-256 key and a signature of 64 zero bytes.", "401"),
         &TokenForgeryAttacks::ecdsaZeroSignature},
        {spec("crit-unknown", "unknown crit", "token", "T-CRIT; RFC 7515 §4.1.11; CVE-2026-32597",
              "Signed with the real key; crit names an extension nobody understands.", "401", true),
         &ClaimAttacks::unknownCrit},
        {spec("b64-false", "b64: false", "token", "T-CRIT; RFC 7797 §7",
              "Signed with the real key; a JWT whose header says b64: false (crit: [\"b64\"]).", "401", true),
         &ClaimAttacks::b64False},
        {spec("duplicate-header", "duplicate header alg", "token", "T-DUP-MEMBERS; RFC 7515 §5.2; RFC 8725 §2.6",
              "Signed with the real key; the header says alg twice (\"none\" first, the real one last).", "401", true),
         &ClaimAttacks::duplicateHeader},
        {spec("duplicate-claims", "duplicate claims", "claims", "T-DUP-MEMBERS; RFC 7519 §4; RFC 8725 §2.6",
              "Signed with the real key; the claims say sub twice (\"admin\" first, the real user last).", "401", true),
         &ClaimAttacks::duplicateClaims},
        // Claims, each signed with the real key so that only the claim check can refuse it.
        {spec("expired", "expired", "claims", "T-CLAIMS; RFC 7519 §4.1.4",
              "Signed with the real key; exp an hour ago (beyond any leeway).", "401", true),
         &ClaimAttacks::expired},
        {spec("not-yet-valid", "not yet valid", "claims", "T-CLAIMS; RFC 7519 §4.1.5",
              "Signed with the real key; nbf an hour ahead.", "401", true),
         &ClaimAttacks::notYetValid},
        {spec("no-exp", "no exp", "claims", "T-CLAIMS",
              "Signed with the real key; no exp at all (a token that never expires).", "401", true),
         &ClaimAttacks::noExpiry},
        {spec("wrong-aud", "wrong aud", "claims", "T-CLAIMS; RFC 8725 §3.9; CVE-2020-26160",
              "Signed with the real key; aud names another API.", "401", true),
         &ClaimAttacks::wrongAudience},
        {spec("wrong-iss", "wrong iss", "claims", "T-CLAIMS; RFC 8725 §3.8",
              "Signed with the real key; iss names another issuer.", "401", true),
         &ClaimAttacks::wrongIssuer},
        // Size and depth caps.
        {spec("oversized-token", "oversized token", "token", "T-STRICT-INPUT; CVE-2025-30204",
              "A token over 16 KiB (signed with the real key when known).", "401/413/431"),
         &ClaimAttacks::oversizedToken},
        {spec("deeply-nested", "deeply nested claims", "token", "T-STRICT-INPUT; RFC 8259 §9",
              "Claims nested 64 levels deep, beyond the JSON depth cap (signed with the real key when known).", "401"),
         &ClaimAttacks::deeplyNested},
        {spec("revoked-key", "token of a revoked key", "keys", "K-JWKS-PUBLIC, S-REVOKE-NOW",
              "A token of the active key, accepted, then sent again after the key was rotated and revoked.", "401",
              true, true),
         &KeyConfusionAttacks::revokedKey},
        // Sessions.
        {spec("session-forged-id", "made-up session ID", "session", "S-SERVER-ISSUED; OWASP-S",
              "A well-formed session cookie (32 random bytes) the target never issued.", "401"),
         &SessionAttacks::forgedSessionId},
        {spec("session-sql-injection", "session ID SQL injection", "session", "S-SERVER-ISSUED; OWASP-S",
              "A session cookie of ' OR '1'='1' --.", "401"),
         &SessionAttacks::sqlInjectionSessionId},
        {spec("session-fixation", "fixed session ID", "session", "S-SERVER-ISSUED; OWASP-S (session fixation)",
              "The client logs in carrying an attacker-chosen ID; that ID must not become the session.", "401"),
         &SessionAttacks::sessionFixation},
        {spec("session-old-id-after-login", "old ID after new login", "session", "S-SERVER-ISSUED; OWASP-S",
              "Logging in again with a live session ID; the old ID must stop working.", "401"),
         &SessionAttacks::sessionAfterRelogin},
        {spec("session-after-logout", "logged-out session ID", "session", "S-REVOKE-NOW; OWASP-S",
              "A session cookie used again after logout.", "401"),
         &SessionAttacks::sessionAfterLogout},
        {spec("jwt-after-logout", "JWT after logout", "session", "T-DENY-JTI, S-REVOKE-NOW",
              "An access token used again after logout with it (the deny-list).", "401"),
         &SessionAttacks::jwtAfterLogout},
        // Refresh tokens.
        {spec("refresh-replay", "replayed refresh token", "refresh", "RFC 9700 §4.14.2; OWASP-J",
              "A refresh token used a second time after it was rotated.", "400/401"),
         &SessionAttacks::refreshReplay},
        {spec("refresh-family-after-reuse", "refresh family after reuse", "refresh", "RFC 9700 §4.14.2",
              "After a replay, the legitimately rotated refresh token must be dead too (theft detection).", "400/401"),
         &SessionAttacks::refreshFamilyAfterReuse},
        // DPoP-bound tokens (RFC 9449): a stolen token and its proofs.
        {spec("dpop-proof-replay", "replayed DPoP proof", "dpop", "DP-REPLAY; RFC 9449 §11.1",
              "The exact DPoP proof of an accepted request, sent again with the bound token.", "401"),
         &DpopAttacks::proofReplay},
        {spec("dpop-htu-swap", "DPoP proof for another URL", "dpop", "DP-PROOF-RULES; RFC 9449 §4.3 (9)",
              "A proof made for /token/refresh, sent to /api/me with the bound token.", "401"),
         &DpopAttacks::htuSwap},
        {spec("dpop-htm-swap", "DPoP proof for another method", "dpop", "DP-PROOF-RULES; RFC 9449 §4.3 (8)",
              "A proof made for POST, sent with a GET to /api/me.", "401"),
         &DpopAttacks::htmSwap},
        {spec("dpop-missing-ath", "DPoP proof without ath", "dpop", "DP-PROOF-RULES; RFC 9449 §4.3 (12), §7.1",
              "A proof with no ath claim, so not tied to the token it travels with.", "401"),
         &DpopAttacks::missingAth},
        {spec("dpop-foreign-key", "DPoP proof by another key", "dpop", "DP-BIND; RFC 9449 §4.3 (12)",
              "The bound token with a correct proof signed by the thief's own key.", "401"),
         &DpopAttacks::foreignKey},
        {spec("dpop-stale-nonce", "stale DPoP nonce", "dpop", "DP-NONCE; RFC 9449 §8, §9",
              "A proof carrying a nonce the server handed out two rotations ago.", "401"),
         &DpopAttacks::staleNonce},
        {spec("dpop-bound-as-bearer", "bound token as Bearer", "dpop", "DP-BIND; RFC 9449 §7.1",
              "The DPoP-bound token sent as Authorization: Bearer, without a proof.", "401"),
         &DpopAttacks::boundAsBearer},
        // Back-channel logout: tokens signed with the issuer's real key that the relying party must still refuse.
        {spec("logout-token-nonce", "logout token with nonce", "session",
              "B-RP-VALIDATE, S-REVOKE-NOW; OIDC Back-Channel Logout 1.0 §2.4, §2.6",
              "A logout token of the target's own issuer that also carries a nonce (an ID token passed off as a "
              "logout token), posted to /backchannel-logout.",
              "400", true),
         &LogoutAttacks::withNonce},
        {spec("logout-token-replay", "replayed logout token", "session",
              "B-RP-REPLAY; OIDC Back-Channel Logout 1.0 §2.6; RFC 7519 §4.1.7",
              "A valid logout token, accepted once, posted again.", "400", true),
         &LogoutAttacks::replayed},
        {spec("logout-token-wrong-aud", "logout token for another RP", "session",
              "B-RP-VALIDATE, T-CLAIMS; OIDC Back-Channel Logout 1.0 §2.6",
              "A logout token whose aud names another relying party.", "400", true),
         &LogoutAttacks::wrongAudience},
        {spec("logout-token-no-events", "logout token without events", "session",
              "B-RP-VALIDATE, T-CLAIMS; OIDC Back-Channel Logout 1.0 §2.6; RFC 8725 §3.11",
              "A token signed by the issuer, without the back-channel logout event.", "400", true),
         &LogoutAttacks::withoutEvents},
        // Encrypted tokens (JWE), made with the target's own published encryption key around tokens it signed.
        {spec("jwe-where-jws-required", "JWE where a JWS is required", "token",
              "E-TYPE-CONFUSION; RFC 7519 §11.2; RFC 8725 §2.8",
              "A token the target just issued, encrypted to its published encryption key (a nested JWT), sent to a "
              "server whose tokens are plain signed ones.",
              "401"),
         &JweAttacks::jweWhereJwsRequired},
        {spec("jws-where-jwe-required", "JWS where a JWE is required", "token",
              "E-TYPE-CONFUSION, E-SERVER-NESTED; RFC 7519 §5.2",
              "A signed token of the target without its encryption, sent to the server that issues nested JWTs.",
              "401"),
         &JweAttacks::jwsWhereJweRequired},
        {spec("jwe-unsigned-claims", "JWE with unsigned claims", "token",
              "E-TYPE-CONFUSION, E-SERVER-NESTED; RFC 7519 §11.2; RFC 8725 §2.8",
              "Claims with admin roles encrypted to the target's public encryption key, with no signed token inside: "
              "anyone can encrypt to a public key.",
              "401"),
         &JweAttacks::unsignedClaims},
        {spec("jwe-truncated-tag", "JWE with an 8-byte GCM tag", "token",
              "E-GCM-TAG; RFC 7518 §5.3; NIST SP 800-38D §5.2.1.2",
              "A well-made nested JWT whose A256GCM tag is cut to its first 8 bytes.", "401"),
         &JweAttacks::truncatedTag},
        {spec("jwe-zip-bomb", "JWE zip bomb", "token", "E-ZIP-CAP; RFC 7516 §4.1.3; CVE-2024-33664",
              "A nested JWT with zip DEF: a few KiB that inflate to a 1.5 MiB token signed with the real key.",
              "401/413/431", true),
         &JweAttacks::zipBomb},
        {spec("jwe-rsa-oracle", "RSA padding-oracle probe", "token",
              "E-RSA-ORACLE; RFC 7516 §11.5; RFC 3218; Bleichenbacher (CRYPTO '98)",
              "Two nested JWTs to the target's RSA encryption key, one with a random encrypted key (bad padding), one "
              "with a changed ciphertext (bad tag): both must be refused with the same answer.",
              "401, same answer"),
         &JweAttacks::rsaOracle},
        {spec("jwe-invalid-curve", "ECDH-ES epk off the curve", "token",
              "E-INVALID-CURVE; RFC 7518 §4.6; Jager, Schwenk, Somorovsky (ESORICS 2015)",
              "A nested JWT to the target's P-256 encryption key whose ephemeral key (epk) has y changed, so it is "
              "no point of the curve; the agreed key is the one for the real point.",
              "401"),
         &JweAttacks::invalidCurve},
    };
    return list;
}

} // namespace authscope::lab
