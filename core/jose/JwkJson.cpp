#include "core/jose/JwkJson.h"

#include "core/crypto/OkpCurve.h"
#include "core/jose/Base64Url.h"
#include "core/jose/JoseError.h"

#include <QJsonArray>

namespace authscope::jose {

using crypto::KeyAlgorithm;
using crypto::PKey;

namespace {

std::unexpected<Error> keyFail(const QString& message)
{
    return JoseError::fail(JoseErrc::KeyInvalid, message);
}

Result<Jwk> keyFrom(const Result<PKey>& pkey)
{
    if (!pkey) {
        return keyFail(pkey.error().message);
    }
    return Jwk::fromPKey(*pkey);
}

// Reads a required or optional base64url member of a JWK.
Result<QByteArray> member(const QJsonObject& json, const char* name, bool required)
{
    const QJsonValue v = json.value(QLatin1StringView(name));
    if (v.isUndefined()) {
        if (required) {
            return keyFail(QStringLiteral("JWK member '%1' is missing").arg(QLatin1StringView(name)));
        }
        return QByteArray();
    }
    if (!v.isString()) {
        return keyFail(QStringLiteral("JWK member '%1' must be a base64url string").arg(QLatin1StringView(name)));
    }
    auto bytes = Base64Url::decode(v.toString().toLatin1());
    if (!bytes || bytes->isEmpty()) {
        return keyFail(QStringLiteral("JWK member '%1' is not strict base64url").arg(QLatin1StringView(name)));
    }
    return bytes;
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(Base64Url::encode(bytes));
}

// An EC or OKP key's members: crv, x, y (EC only: `y` is null for OKP), and d when the private part is asked for.
void writeCurveKey(QJsonObject& out, const QString& curve, const QByteArray& x, const QByteArray* y,
                   const QByteArray& d, bool includePrivate)
{
    out.insert(QStringLiteral("crv"), curve);
    out.insert(QStringLiteral("x"), b64(x));
    if (y != nullptr) {
        out.insert(QStringLiteral("y"), b64(*y));
    }
    if (includePrivate && !d.isEmpty()) {
        out.insert(QStringLiteral("d"), b64(d));
    }
}

Result<Jwk> readRsa(const QJsonObject& json)
{
    if (json.contains(QLatin1StringView("oth"))) {
        return keyFail(QStringLiteral("multi-prime RSA keys ('oth') are not supported"));
    }
    crypto::RsaComponents c;
    struct Field
    {
        const char* name;
        QByteArray* out;
        bool required;
    };
    const Field fields[] = {{"n", &c.n, true},  {"e", &c.e, true},    {"d", &c.d, false},   {"p", &c.p, false},
                            {"q", &c.q, false}, {"dp", &c.dp, false}, {"dq", &c.dq, false}, {"qi", &c.qi, false}};
    for (const Field& f : fields) {
        auto v = member(json, f.name, f.required);
        if (!v) {
            return std::unexpected(v.error());
        }
        *f.out = *v;
    }
    return keyFrom(PKey::fromRsa(c));
}

Result<Jwk> readEc(const QJsonObject& json)
{
    const auto curve = PKey::curveFromName(json.value(QLatin1StringView("crv")).toString());
    if (!curve) {
        return keyFail(QStringLiteral("unsupported EC curve '%1' (P-256, P-384 or P-521)")
                           .arg(json.value(QLatin1StringView("crv")).toString()));
    }
    crypto::EcComponents c;
    c.curve = *curve;
    auto x = member(json, "x", true);
    auto y = member(json, "y", true);
    auto d = member(json, "d", false);
    if (!x || !y || !d) {
        return std::unexpected(!x ? x.error() : !y ? y.error() : d.error());
    }
    c.x = *x;
    c.y = *y;
    c.d = *d;
    return keyFrom(PKey::fromEc(c));
}

Result<Jwk> readOkp(const QJsonObject& json)
{
    const QString crv = json.value(QLatin1StringView("crv")).toString();
    const auto algorithm = crypto::OkpCurve::fromName(crv);
    if (!algorithm) {
        return keyFail(QStringLiteral("unsupported OKP curve '%1' (Ed25519, Ed448, X25519 or X448)").arg(crv));
    }
    // X25519/X448 agree on keys for ECDH-ES (RFC 8037 §3.2): never marked for signatures (K-USE).
    if (crypto::OkpCurve::isMontgomery(*algorithm) && json.value(QLatin1StringView("use")).toString() == u"sig") {
        return keyFail(QStringLiteral("an %1 key is for key agreement (use 'enc'), not signatures").arg(crv));
    }
    auto x = member(json, "x", true);
    auto d = member(json, "d", false);
    if (!x || !d) {
        return std::unexpected(!x ? x.error() : d.error());
    }
    return keyFrom(PKey::fromOkp(*algorithm, crypto::OkpComponents{*x, *d}));
}

Result<Jwk> readOct(const QJsonObject& json)
{
    auto k = member(json, "k", true);
    if (!k) {
        return std::unexpected(k.error());
    }
    return Jwk::fromSecret(*k);
}

} // namespace

Result<Jwk> JwkJson::readKey(KeyType type, const QJsonObject& json)
{
    switch (type) {
    case KeyType::Rsa:
        return readRsa(json);
    case KeyType::Ec:
        return readEc(json);
    case KeyType::Okp:
        return readOkp(json);
    case KeyType::Oct:
        break;
    }
    return readOct(json);
}

Result<JwkJson::Parameters> JwkJson::readParameters(const QJsonObject& json)
{
    Parameters p;
    struct StringField
    {
        const char* name;
        QString* out;
    };
    for (const StringField& f : {StringField{"kid", &p.kid}, StringField{"alg", &p.alg}, StringField{"use", &p.use}}) {
        const QJsonValue v = json.value(QLatin1StringView(f.name));
        if (v.isUndefined()) {
            continue;
        }
        if (!v.isString()) {
            return keyFail(QStringLiteral("JWK member '%1' must be a string").arg(QLatin1StringView(f.name)));
        }
        *f.out = v.toString();
    }
    if (const QJsonValue ops = json.value(QLatin1StringView("key_ops")); !ops.isUndefined()) {
        if (!ops.isArray()) {
            return keyFail(QStringLiteral("JWK member 'key_ops' must be an array of strings"));
        }
        for (const QJsonValue& op : ops.toArray()) {
            if (!op.isString()) {
                return keyFail(QStringLiteral("JWK member 'key_ops' must be an array of strings"));
            }
            if (p.keyOps.contains(op.toString())) {
                return keyFail(QStringLiteral("JWK 'key_ops' lists '%1' twice").arg(op.toString()));
            }
            p.keyOps.append(op.toString());
        }
        p.hasKeyOps = true;
    }
    return p;
}

void JwkJson::writeKey(const Jwk& key, QByteArrayView secret, bool includePrivate, QJsonObject& out)
{
    switch (key.type()) {
    case KeyType::Rsa: {
        auto c = key.pkey().rsaComponents();
        if (c) {
            out.insert(QStringLiteral("n"), b64(c->n));
            out.insert(QStringLiteral("e"), b64(c->e));
            if (includePrivate && !c->d.isEmpty()) {
                out.insert(QStringLiteral("d"), b64(c->d));
                if (!c->p.isEmpty()) {
                    out.insert(QStringLiteral("p"), b64(c->p));
                    out.insert(QStringLiteral("q"), b64(c->q));
                    out.insert(QStringLiteral("dp"), b64(c->dp));
                    out.insert(QStringLiteral("dq"), b64(c->dq));
                    out.insert(QStringLiteral("qi"), b64(c->qi));
                }
            }
        }
        break;
    }
    case KeyType::Ec:
        if (auto c = key.pkey().ecComponents()) {
            writeCurveKey(out, key.curve(), c->x, &c->y, c->d, includePrivate);
        }
        break;
    case KeyType::Okp:
        if (auto c = key.pkey().okpComponents()) {
            writeCurveKey(out, key.curve(), c->x, nullptr, c->d, includePrivate);
        }
        break;
    case KeyType::Oct:
        if (includePrivate) {
            out.insert(QStringLiteral("k"), QString::fromLatin1(Base64Url::encode(secret)));
        }
        break;
    }
}

void JwkJson::writeParameters(const Parameters& parameters, QJsonObject& out)
{
    if (!parameters.kid.isEmpty()) {
        out.insert(QStringLiteral("kid"), parameters.kid);
    }
    if (!parameters.alg.isEmpty()) {
        out.insert(QStringLiteral("alg"), parameters.alg);
    }
    if (!parameters.use.isEmpty()) {
        out.insert(QStringLiteral("use"), parameters.use);
    }
    if (parameters.hasKeyOps) {
        out.insert(QStringLiteral("key_ops"), QJsonArray::fromStringList(parameters.keyOps));
    }
}

Result<QByteArray> JwkJson::thumbprintInput(const Jwk& key, QByteArrayView secret)
{
    // All values are base64url or fixed names, so nothing needs escaping.
    switch (key.type()) {
    case KeyType::Rsa: {
        auto c = key.pkey().rsaComponents();
        if (!c) {
            return keyFail(c.error().message);
        }
        return "{\"e\":\"" + Base64Url::encode(c->e) + "\",\"kty\":\"RSA\",\"n\":\"" + Base64Url::encode(c->n) + "\"}";
    }
    case KeyType::Ec: {
        auto c = key.pkey().ecComponents();
        if (!c) {
            return keyFail(c.error().message);
        }
        return "{\"crv\":\"" + key.curve().toLatin1() + "\",\"kty\":\"EC\",\"x\":\"" + Base64Url::encode(c->x) +
               "\",\"y\":\"" + Base64Url::encode(c->y) + "\"}";
    }
    case KeyType::Okp: {
        auto c = key.pkey().okpComponents();
        if (!c) {
            return keyFail(c.error().message);
        }
        return "{\"crv\":\"" + key.curve().toLatin1() + "\",\"kty\":\"OKP\",\"x\":\"" + Base64Url::encode(c->x) + "\"}";
    }
    case KeyType::Oct:
        break;
    }
    return "{\"k\":\"" + Base64Url::encode(secret) + "\",\"kty\":\"oct\"}";
}

} // namespace authscope::jose
