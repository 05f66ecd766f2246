#pragma once

#include "core/common/Error.h"
#include "core/jose/Jwk.h"

#include <QJsonObject>
#include <QList>

namespace authscope::jose {

// A JWK Set (RFC 7517 §5). kid lookup is an exact, case-sensitive match and nothing else (rule 7).
class JwkSet final
{
public:
    // K-JWKS-LIMITS: what a set read from outside may hold, checked before any key is parsed (a 95,000-key set
    // once took 8 s and 363 MB). Every parser entry point below applies them.
    static constexpr qsizetype MaxKeys = 100;
    static constexpr qsizetype MaxDocumentBytes = 1024 * 1024;

    JwkSet() = default;
    explicit JwkSet(QList<Jwk> keys) : m_keys(std::move(keys)) {}

    [[nodiscard]] static Result<JwkSet> fromJson(const QJsonObject& json);
    [[nodiscard]] static Result<JwkSet> fromJsonText(QByteArrayView text);
    // What a user hands over in a key file: a JWK, a JWK Set, a PEM key (any format PKey reads) or an X.509
    // certificate.
    [[nodiscard]] static Result<JwkSet> fromKeyFile(QByteArrayView contents, QByteArrayView passphrase = {});

    void add(const Jwk& key) { m_keys.append(key); }
    [[nodiscard]] const QList<Jwk>& keys() const { return m_keys; }
    [[nodiscard]] bool isEmpty() const { return m_keys.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_keys.size(); }
    [[nodiscard]] const Jwk* findByKid(QStringView kid) const;

    // The set as published: public members only, no oct keys, no private members (rule 13).
    [[nodiscard]] QJsonObject toPublicJson() const;
    [[nodiscard]] QJsonObject toJson(bool includePrivate) const;

private:
    QList<Jwk> m_keys;
};

} // namespace authscope::jose
