#include "core/audit/AuditSeal.h"

namespace authscope {

Result<AuditSeal> AuditSeal::create(QByteArrayView key)
{
    if (key.size() != KeyBytes) {
        return fail(QStringLiteral("audit.key-format"),
                    QStringLiteral("the audit key has %1 bytes instead of %2").arg(key.size()).arg(KeyBytes));
    }
    auto hmac = crypto::Hmac::create(crypto::DigestAlgorithm::Sha256, key);
    if (!hmac) {
        return std::unexpected(hmac.error());
    }
    return AuditSeal(std::move(*hmac));
}

QString AuditSeal::tag(QByteArrayView label, const QByteArray& text) const
{
    QByteArray data;
    data.reserve(label.size() + text.size() + 1);
    data.append(label).append('\n').append(text);
    auto mac = m_hmac.mac(data);
    // An HMAC over a prepared key does not fail short of memory exhaustion; an empty tag never matches.
    return mac ? QString::fromLatin1(mac->toHex()) : QString();
}

QString AuditSeal::rowMac(qint64 id, const QString& hash) const
{
    return tag("authscope/audit-row/v1", QByteArray::number(id) + ':' + hash.toLatin1());
}

QString AuditSeal::headMac(qint64 id, const QString& hash) const
{
    return tag("authscope/audit-head/v1", QByteArray::number(id) + ':' + hash.toLatin1());
}

QString AuditSeal::checkpointMac(const QByteArray& signedText) const
{
    return tag("authscope/audit-checkpoint/v1", signedText);
}

bool AuditSeal::matches(const QString& stored, const QString& expected)
{
    return !expected.isEmpty() && crypto::Hmac::constantTimeEquals(stored.toLatin1(), expected.toLatin1());
}

} // namespace authscope
