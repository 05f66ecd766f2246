#pragma once

#include "core/crypto/PasswordHasher.h"
#include "core/sessions/SessionPolicy.h"

#include <QHostAddress>
#include <QString>

namespace authscope {

// How the local test server listens and what it accepts. The defaults are the safe ones: loopback only,
// plain HTTP (TLS is opt-in), small request limits.
struct ServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    bool tls = false;
    // With tls: the certificate and key (PEM). Empty: a self-signed one is made at start (TestServer).
    QByteArray tlsCertificatePem;
    QByteArray tlsPrivateKeyPem;
    QString corsOrigin; // an exact origin ("http://localhost:3000") allowed to call the API; empty: none

    // Which code reads the requests: our HttpRequestParser (default; see there why) or Qt's QHttpServer
    // (kept for comparison: bench-server.sh and the server tests run both).
    enum class HttpParser
    {
        Own,
        Qt
    };
    HttpParser httpParser = HttpParser::Own;

    // Request limits (for Qt's parser enforced by ConnectionGuard before Qt sees the bytes: Qt 6.4's
    // QHttpServer has none of its own).
    int maxHeaderBytes = 16 * 1024;
    qint64 maxBodyBytes = 64 * 1024;
    int headerTimeoutMs = 10'000; // a request's headers must arrive within this time (slowloris)
    int idleTimeoutMs = 60'000;   // a keep-alive connection with no request is closed after this
    int maxConnections = 1024;

    // Login state.
    int accessTokenLifetimeSecs = 900;
    int refreshTokenLifetimeSecs = 14 * 24 * 3600;
    bool denyListEnabled = true; // JWT logout/revocation checks the deny-list; off shows the revocation window
    // Remember tokens whose signature verified (by their exact bytes, until exp, emptied when the keys change),
    // so a client repeating its token costs one hash lookup instead of a signature check. Time claims and the
    // deny-list are checked on every request either way. Off: every request verifies the signature (the Lab
    // turns it off to compare algorithms).
    bool verifiedTokenCache = true;
    int verifiedTokenCacheCapacity = 100'000;
    QString issuer; // empty: derived from the listening address ("http://127.0.0.1:PORT")
    QString audience = QStringLiteral("authscope-test-api");
    // scrypt cost for the decoy hash that keeps unknown-user logins as slow as real ones (tests lower it).
    crypto::PasswordHasher::Parameters passwordHashing;
    // Timeouts, slide throttle and validation cache of the server's session store (the Lab compares settings).
    SessionPolicy sessionPolicy;
};

} // namespace authscope
