#pragma once

#include "core/keys/KeyState.h"

#include <QJsonObject>
#include <QString>

namespace authscope {

// One row of the key store as everyone may see it: no private member, no secret (those stay sealed in the
// database and are opened only through KeyStore with the vault unlocked).
struct KeyRecord
{
    // The signing purpose of keys nobody named a purpose for.
    static inline const QString DefaultPurpose = QStringLiteral("default");

    qint64 id = 0;
    QString kid;
    QString purpose;
    QString kty; // "RSA", "EC", "OKP", "oct"
    QString curve;
    int bits = 0;
    QString alg;
    QString use;
    KeyState state = KeyState::Next;
    QString origin;        // "generated" or "imported"
    QString thumbprint;    // RFC 7638 (SHA-256, base64url); empty for an HMAC secret
    QJsonObject publicJwk; // public members with kid/alg/use; empty for an HMAC secret
    bool hasPrivate = false;
    qint64 createdMs = 0;
    qint64 activatedMs = 0;   // 0: never active
    qint64 rotatedOutMs = 0;  // when it stopped signing (rotation); 0: not yet
    qint64 retireAfterMs = 0; // retiring keys: unpublished from then on
    qint64 retiredMs = 0;
    qint64 revokedMs = 0;
    QString revokeReason;
    qint64 maxTokenLifetimeSecs = 0; // the longest token lifetime in force while it signed

    [[nodiscard]] bool isSymmetric() const { return kty == QStringLiteral("oct"); }
    // A key of the encryption purpose (use "enc", K-ENC-PURPOSE): it decrypts, it never signs or verifies.
    [[nodiscard]] bool isEncryption() const { return use == QStringLiteral("enc"); }
    // The state at `nowMs`: a retiring key whose retire-after has passed counts as retired even before the
    // maintenance has written that down, so that its tokens never verify a moment too long.
    [[nodiscard]] KeyState effectiveState(qint64 nowMs) const;
    [[nodiscard]] bool isPublished(qint64 nowMs) const;
    // "ES256 · P-256", "RS256 · RSA-2048", "HS256 · 256-bit secret"
    [[nodiscard]] QString description() const;
    // For lists and audit rows: everything except key material.
    [[nodiscard]] QJsonObject toJson(qint64 nowMs) const;
};

} // namespace authscope
