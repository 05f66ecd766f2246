#pragma once

#include "core/logout/LogoutToken.h"

#include <QStringList>

namespace authscope::logout {

// How the test server announces ended sessions to relying parties (B-RETRY, B-TOKEN).
struct BackchannelSettings
{
    QStringList uris; // the RPs' back-channel logout URIs; empty: nothing is sent
    QString issuer;   // the `iss` of the logout tokens
    QString audience = QString(LogoutToken::DefaultAudience);
    int maxAttempts = 5;      // per RP and token, the first included
    int retryBaseMs = 500;    // the wait before the second attempt; doubles for each one after
    int pollIntervalMs = 100; // how often the change detector is asked (a lock-free read)
    int timeoutMs = 5000;     // per attempt
    qint64 tokenLifetimeSecs = 120;
    int maxPending = 10000; // deliveries waiting or in flight; beyond it new ones fail at once (recorded)
};

} // namespace authscope::logout
