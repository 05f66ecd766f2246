#include "core/issuers/RemoteKeySet.h"

#include "core/jose/JsonLimits.h"
#include "core/jose/JwsHeader.h"
#include "core/jose/StrictJson.h"

#include <QJsonArray>

namespace authscope::issuers {

namespace {

QString describe(const jose::Jwk& key)
{
    QString text = key.kid().isEmpty() ? QStringLiteral("(no kid)") : u'\'' + key.kid() + u'\'';
    text += u' ' + key.typeName();
    if (!key.alg().isEmpty()) {
        text += u' ' + key.alg();
    }
    if (!key.use().isEmpty()) {
        text += QStringLiteral(" use=") + key.use();
    }
    return text;
}

QString listOf(const QList<const jose::Jwk*>& keys)
{
    QStringList names;
    for (const jose::Jwk* k : keys) {
        names.append(describe(*k));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

Result<RemoteKeySet> RemoteKeySet::parse(QByteArrayView jwksText)
{
    auto json = jose::StrictJson::parseObject(jwksText, jose::JsonLimits{}.maxDepth, u"JWK Set");
    if (!json) {
        return std::unexpected(Error{QStringLiteral("issuers.jwks"), json.error().message});
    }
    const QJsonValue keys = json->value(QLatin1StringView("keys"));
    if (!keys.isArray()) {
        return fail(QStringLiteral("issuers.jwks"), QStringLiteral("a JWK Set needs a 'keys' array"));
    }
    const QJsonArray array = keys.toArray();
    if (array.size() > MaxKeys) {
        return fail(QStringLiteral("issuers.jwks"),
                    QStringLiteral("the JWK Set has %1 keys; at most %2 are accepted").arg(array.size()).arg(MaxKeys));
    }
    RemoteKeySet set;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject member = array.at(i).toObject();
        const QString label =
            QStringLiteral("key #%1%2")
                .arg(i + 1)
                .arg(member.value(QLatin1StringView("kid")).isString()
                         ? QStringLiteral(" ('%1')").arg(member.value(QLatin1StringView("kid")).toString())
                         : QString());
        auto key = jose::Jwk::fromJson(member);
        if (!key) {
            set.m_skipped.append(label + QStringLiteral(": ") + key.error().message);
            continue;
        }
        if (key->isSymmetric()) {
            set.m_skipped.append(label + QStringLiteral(": an oct key (a published secret) is never used"));
            continue;
        }
        if (!key->allows(jose::Jwk::Operation::Verify)) {
            set.m_skipped.append(label + QStringLiteral(": not a signature key (use/key_ops)"));
            continue;
        }
        if (key->isPrivate()) {
            auto pub = key->publicKey();
            if (!pub) {
                set.m_skipped.append(label + QStringLiteral(": ") + pub.error().message);
                continue;
            }
            set.m_keys.add(*pub);
            continue;
        }
        set.m_keys.add(*key);
    }
    return set;
}

bool RemoteKeySet::hasKid(const QString& kid) const
{
    return m_keys.findByKid(kid) != nullptr;
}

Result<const jose::Jwk*> RemoteKeySet::select(const jose::JwsHeader& header) const
{
    QList<const jose::Jwk*> named;
    for (const jose::Jwk& key : m_keys.keys()) {
        if (!header.hasKid || key.kid() == header.kid) {
            named.append(&key);
        }
    }
    if (header.hasKid && named.isEmpty()) {
        QStringList known;
        for (const jose::Jwk& key : m_keys.keys()) {
            known.append(describe(key));
        }
        return fail(QStringLiteral("issuers.kid-unknown"),
                    QStringLiteral("kid '%1' is not in the issuer's key set (it has: %2)")
                        .arg(header.kid, known.isEmpty() ? QStringLiteral("no usable key") : known.join(u", ")));
    }
    QList<const jose::Jwk*> fitting;
    for (const jose::Jwk* key : named) {
        const bool algFits = header.algorithm && key->fitsType(*header.algorithm) &&
                             (key->alg().isEmpty() || key->alg() == header.algName);
        if (algFits) {
            fitting.append(key);
        }
    }
    if (fitting.size() == 1) {
        return fitting.first();
    }
    if (fitting.isEmpty()) {
        return fail(QStringLiteral("issuers.no-key"),
                    QStringLiteral("no key of the issuer fits alg '%1'%2 (candidates: %3)")
                        .arg(header.algName,
                             header.hasKid ? QStringLiteral(" and kid '%1'").arg(header.kid) : QString(),
                             named.isEmpty() ? QStringLiteral("none") : listOf(named)));
    }
    return fail(QStringLiteral("issuers.ambiguous-key"),
                QStringLiteral("%1 keys of the issuer fit alg '%2'%3: %4; refusing to guess")
                    .arg(fitting.size())
                    .arg(header.algName, header.hasKid ? QStringLiteral(" and kid '%1'").arg(header.kid) : QString(),
                         listOf(fitting)));
}

} // namespace authscope::issuers
