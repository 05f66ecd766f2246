#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace authscope::crypto {

// A throw-away TLS certificate for the local test server: a fresh P-256 key, signed by itself, for localhost,
// 127.0.0.1 and ::1. Made in memory at every start and never stored, so no TLS private key lies on disk.
struct SelfSignedCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;  // PKCS#8
    QString sha256Fingerprint; // "AB:CD:..." of the DER certificate, for pinning by hand

    [[nodiscard]] static Result<SelfSignedCertificate> generate(const QString& commonName = QStringLiteral("localhost"),
                                                                int validDays = 30);
};

} // namespace authscope::crypto
