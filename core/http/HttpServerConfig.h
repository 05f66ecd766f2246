#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace authscope::http {

// How an HTTP server of ours listens and what it accepts. The defaults are the safe ones: loopback only, plain
// HTTP (TLS is opt-in), small request limits.
struct HttpServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    bool tls = false;
    // With tls: the certificate and key (PEM).
    QByteArray tlsCertificatePem;
    QByteArray tlsPrivateKeyPem;
    QString corsOrigin; // an exact origin ("http://localhost:3000") allowed to call the API; empty: none
    // H-HOST: the names a request's Host may carry besides the loopback names (localhost, 127.0.0.1, [::1]) and the
    // listening address itself, e.g. the name the server is published under. Anything else gets 421, so a web page
    // whose DNS name was rebound to this machine cannot talk to it.
    QStringList publicHosts;

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
};

} // namespace authscope::http
