#pragma once

#include <QString>

#include <optional>

namespace authscope {

// One remembered token: its claims (the compact text without the signature, D-TOKEN-HISTORY) or, when the user
// asked for this entry, the usable token, and a summary read from it when it was first stored. Keys, secrets and
// passphrases are never part of it.
struct TokenHistoryEntry
{
    qint64 id = 0;
    QString token;                   // "header.payload." (JWE: "header...."); the whole token when tokenKept
    bool tokenKept = false;          // the usable token is stored, on the user's request for this entry
    QString kind;                    // "jws" or "jwe"
    QString algorithm;               // header alg ("" when absent)
    QString keyId;                   // header kid
    QString issuer;                  // iss claim (JWS with a JSON payload only)
    QString subject;                 // sub claim
    std::optional<qint64> expiresAt; // exp, seconds since the epoch
    QString label;                   // the user's own note ("staging admin")
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    int seenCount = 0;
};

} // namespace authscope
