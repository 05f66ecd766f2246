#pragma once

#include "core/common/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace authscope::lab {

// One JWE line of `bench jose`: AuthScope's whole decryption (parse, header rules, pinning, key management,
// content decryption) beside the raw OpenSSL operations it cannot avoid, measured alternately in one run.
struct JweBenchRow
{
    QString name;     // "RSA-OAEP-256+A256GCM", ...
    QString key;      // "RSA-2048", "P-256", "256-bit secret"
    QString baseline; // what the raw column measures
    qsizetype tokenBytes = 0;
    double decryptPerSec = 0;
    double rawPerSec = 0;
    [[nodiscard]] double ratio() const { return rawPerSec > 0 ? decryptPerSec / rawPerSec : 0; }
};

// Decrypt RSA-OAEP-256+A256GCM (raw: the RSA-OAEP decrypt of the same CEK), ECDH-ES+A256KW P-256 (raw: ECDH
// derive + Concat KDF + unwrap), dir+A256GCM (raw: the AES-GCM open) for a 300-byte payload, and how fast a PBES2
// token with p2c = 2^31 is refused (E-P2C-CAP; raw: none).
class JweBenchmark final
{
public:
    explicit JweBenchmark(double secondsPerMeasurement) : m_seconds(secondsPerMeasurement) {}

    [[nodiscard]] Result<QList<JweBenchRow>> run() const;
    [[nodiscard]] static QJsonObject toJson(const QList<JweBenchRow>& rows);

private:
    double m_seconds;
};

} // namespace authscope::lab
