#include "ui/keys/JwksDiff.h"

#include "core/jose/Jwk.h"

#include <QJsonArray>

namespace authscope {

namespace {

JwksDiff::Key describe(const QJsonObject& json)
{
    JwksDiff::Key key;
    key.kid = json.value(QStringLiteral("kid")).toString();
    key.json = json;
    if (auto jwk = jose::Jwk::fromJson(json)) {
        if (auto thumb = jwk->thumbprintBase64Url()) {
            key.thumbprint = *thumb;
        }
    }
    QStringList parts;
    for (const char* member : {"kty", "crv", "alg", "use"}) {
        const QString value = json.value(QLatin1String(member)).toString();
        if (!value.isEmpty()) {
            parts << value;
        }
    }
    key.summary = parts.join(u' ');
    if (key.kid.isEmpty()) {
        key.kid = key.thumbprint; // a key without kid is known by its thumbprint
    }
    return key;
}

QList<JwksDiff::Key> keysOf(const QJsonObject& jwks)
{
    QList<JwksDiff::Key> keys;
    for (const QJsonValue& v : jwks.value(QStringLiteral("keys")).toArray()) {
        keys.append(describe(v.toObject()));
    }
    return keys;
}

const JwksDiff::Key* findKid(const QList<JwksDiff::Key>& keys, const QString& kid)
{
    for (const JwksDiff::Key& k : keys) {
        if (k.kid == kid) {
            return &k;
        }
    }
    return nullptr;
}

QString kids(const QList<JwksDiff::Key>& keys)
{
    QStringList out;
    for (const JwksDiff::Key& k : keys) {
        out << k.kid;
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

JwksDiff JwksDiff::compute(const QJsonObject& before, const QJsonObject& after)
{
    const QList<Key> a = keysOf(before);
    const QList<Key> b = keysOf(after);
    JwksDiff diff;
    for (const Key& k : b) {
        const Key* old = findKid(a, k.kid);
        if (old == nullptr) {
            diff.added.append(k);
        } else if (old->thumbprint != k.thumbprint || (k.thumbprint.isEmpty() && old->json != k.json)) {
            diff.replaced.append(k);
            diff.removed.append(*old);
        } else {
            diff.unchanged.append(k);
        }
    }
    for (const Key& k : a) {
        if (findKid(b, k.kid) == nullptr) {
            diff.removed.append(k);
        }
    }
    return diff;
}

QString JwksDiff::toText() const
{
    return QStringLiteral("Added: %1\nRemoved: %2\nReplaced: %3\nUnchanged: %4\n")
        .arg(kids(added), kids(removed), kids(replaced))
        .arg(unchanged.size());
}

} // namespace authscope
