#pragma once

#include "core/common/Error.h"
#include "core/jose/JsonLimits.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace authscope::jose {

// A JWE (RFC 7516), parsed but not decrypted: the compact form (five parts) or the JSON serialization, flattened
// or general (several recipients). parse() checks the size cap first, then the shape: strict base64url in every
// part, a strict-JSON object protected header (no duplicate names), the JSON members with their right types and
// nothing unknown. A three-part token is a JWS and is refused here with jose.type-confusion (E-TYPE-CONFUSION).
class Jwe final
{
public:
    struct Recipient
    {
        QJsonObject header; // per-recipient unprotected header (JSON serialization only)
        QByteArray encryptedKey;
    };

    [[nodiscard]] static Result<Jwe> parse(QByteArrayView text, const JsonLimits& limits = {});
    // True when `text` looks like a five-part compact JWE (four dots); no other check.
    [[nodiscard]] static bool looksCompact(QByteArrayView text);

    [[nodiscard]] bool isCompact() const { return m_compact; }
    [[nodiscard]] const QJsonObject& protectedHeader() const { return m_protected; }
    [[nodiscard]] const QByteArray& protectedB64() const { return m_protectedB64; }
    [[nodiscard]] const QJsonObject& sharedHeader() const { return m_shared; } // JSON "unprotected"
    [[nodiscard]] const QList<Recipient>& recipients() const { return m_recipients; }
    [[nodiscard]] const QByteArray& iv() const { return m_iv; }
    [[nodiscard]] const QByteArray& ciphertext() const { return m_ciphertext; }
    [[nodiscard]] const QByteArray& tag() const { return m_tag; }
    [[nodiscard]] bool hasAad() const { return m_hasAad; }

    // The protected, shared and per-recipient headers as one object; refused (jose.json) when a name appears in
    // more than one of them (RFC 7516 §7.2.1).
    [[nodiscard]] Result<QJsonObject> joinedHeader(qsizetype recipient) const;
    // The additional authenticated data: ASCII(BASE64URL(protected)) [ '.' BASE64URL(aad) ] (RFC 7516 §5.1 (14)).
    [[nodiscard]] QByteArray additionalData() const;

    // The compact form of parts already encrypted (the encryptor's output).
    [[nodiscard]] static QByteArray compactOf(QByteArrayView protectedB64, QByteArrayView encryptedKey,
                                              QByteArrayView iv, QByteArrayView ciphertext, QByteArrayView tag);

private:
    Jwe() = default;
    static Result<Jwe> parseCompact(QByteArrayView text, const JsonLimits& limits);
    static Result<Jwe> parseJson(QByteArrayView text, const JsonLimits& limits);
    Result<void> setProtected(QByteArrayView b64, const JsonLimits& limits);

    bool m_compact = true;
    QJsonObject m_protected;
    QByteArray m_protectedB64;
    QJsonObject m_shared;
    QList<Recipient> m_recipients;
    QByteArray m_iv;
    QByteArray m_ciphertext;
    QByteArray m_tag;
    QByteArray m_aadB64;
    bool m_hasAad = false;
};

} // namespace authscope::jose
