#pragma once

#include "core/sessions/Session.h"

#include <QString>

namespace authscope {

// The answer to "may this request go on with this session ID?".
struct SessionValidation
{
    enum class Verdict
    {
        Valid,
        Malformed, // not a well-formed session ID (never looked up)
        Unknown,   // well-formed, but no session has it
        Revoked,
        IdleExpired,
        AbsoluteExpired,
        UserDisabled,
    };

    Verdict verdict = Verdict::Unknown;
    qint64 sessionId = 0;
    qint64 userId = 0;
    QString userName;
    AuthMethod method = AuthMethod::Cookie;
    qint64 idleExpiresMs = 0; // after this use slid it
    qint64 absoluteExpiresMs = 0;
    bool fromCache = false;

    [[nodiscard]] bool isValid() const { return verdict == Verdict::Valid; }
    [[nodiscard]] static QString verdictName(Verdict verdict); // "valid", "revoked", ...
};

// Counters of the validation path, for the benchmark and the server's status page.
struct SessionStoreStats
{
    quint64 validations = 0;
    quint64 cacheHits = 0;
    quint64 cacheMisses = 0;
    quint64 feedReads = 0;    // times another connection had changed the database
    quint64 slideWrites = 0;  // rows written by throttled slides
    quint64 slideBatches = 0; // transactions that wrote them
    qsizetype cached = 0;
    qsizetype pendingSlides = 0;
    QString lastFlushError;
};

} // namespace authscope
