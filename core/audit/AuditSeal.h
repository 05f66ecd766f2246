#pragma once

#include "core/common/Error.h"
#include "core/crypto/Hmac.h"

#include <QByteArray>
#include <QString>

namespace authscope {

// The audit key in use: HMAC-SHA-256 tags over what the keyless chain already commits to, each with its own
// label so that a tag of one kind never passes for another (A-SEAL). The key exists in clear only in memory
// while the key vault is unlocked; in the database it is sealed under the vault's data key (AuditSealer).
class AuditSeal final
{
public:
    static constexpr qsizetype KeyBytes = 32;

    [[nodiscard]] static Result<AuditSeal> create(QByteArrayView key);

    // A row's tag: over its id and chained hash (the hash covers its content and every row before it).
    [[nodiscard]] QString rowMac(qint64 id, const QString& hash) const;
    // The head's tag: names the newest sealed row, so rows cut off the end are found.
    [[nodiscard]] QString headMac(qint64 id, const QString& hash) const;
    // A checkpoint's tag (AuditCheckpoint::signedText()).
    [[nodiscard]] QString checkpointMac(const QByteArray& signedText) const;
    // Constant-time comparison of a stored hex tag with the expected one (T-HMAC-CT).
    [[nodiscard]] static bool matches(const QString& stored, const QString& expected);

private:
    explicit AuditSeal(crypto::Hmac hmac) : m_hmac(std::move(hmac)) {}
    [[nodiscard]] QString tag(QByteArrayView label, const QByteArray& text) const;

    crypto::Hmac m_hmac;
};

} // namespace authscope
