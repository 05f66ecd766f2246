#include "core/crypto/PasswordHasher.h"

#include "core/crypto/Hmac.h"
#include "core/crypto/OpenSslUtil.h"
#include "core/crypto/Random.h"
#include "core/crypto/Scrypt.h"

#include <QStringList>

namespace authscope::crypto {

namespace {

constexpr auto Base64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// Bounds for parameters read back from storage, so that a tampered row cannot make a login allocate gigabytes.
constexpr int MinLogN = 1;
constexpr int MaxLogN = 20;
constexpr int MaxR = 32;
constexpr int MaxP = 16;

Result<QByteArray> derive(QByteArrayView password, QByteArrayView salt, const PasswordHasher::Parameters& params)
{
    // The bounds are validParameters()'; OpenSSL may take up to 1 GiB.
    return Scrypt::derive(password, salt, params.logN, params.r, params.p, params.hashBytes, uint64_t{1} << 30);
}

// New hashes get at least 8 salt bytes; stored ones are read with 4 or more (RFC 7914's own vectors use 4).
bool validParameters(const PasswordHasher::Parameters& p, int minSaltBytes = 8)
{
    return p.logN >= MinLogN && p.logN <= MaxLogN && p.r >= 1 && p.r <= MaxR && p.p >= 1 && p.p <= MaxP &&
           p.saltBytes >= minSaltBytes && p.saltBytes <= 64 && p.hashBytes >= 16 && p.hashBytes <= 64;
}

struct Decoded
{
    PasswordHasher::Parameters params;
    QByteArray salt;
    QByteArray hash;
};

Result<Decoded> decode(const QString& encoded)
{
    auto bad = [] {
        return fail(QStringLiteral("crypto.password-hash"), QStringLiteral("not a valid scrypt password hash"));
    };
    const QStringList fields = encoded.split(u'$');
    // "", "scrypt", "ln=..,r=..,p=..", salt, hash
    if (fields.size() != 5 || !fields[0].isEmpty() || fields[1] != u"scrypt") {
        return bad();
    }
    Decoded d;
    const QStringList kv = fields[2].split(u',');
    if (kv.size() != 3) {
        return bad();
    }
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    if (!kv[0].startsWith(u"ln=") || !kv[1].startsWith(u"r=") || !kv[2].startsWith(u"p=")) {
        return bad();
    }
    d.params.logN = kv[0].mid(3).toInt(&ok1);
    d.params.r = kv[1].mid(2).toInt(&ok2);
    d.params.p = kv[2].mid(2).toInt(&ok3);
    auto salt =
        QByteArray::fromBase64Encoding(fields[3].toLatin1(), Base64Options | QByteArray::AbortOnBase64DecodingErrors);
    auto hash =
        QByteArray::fromBase64Encoding(fields[4].toLatin1(), Base64Options | QByteArray::AbortOnBase64DecodingErrors);
    if (!ok1 || !ok2 || !ok3 || !salt || !hash) {
        return bad();
    }
    d.salt = *salt;
    d.hash = *hash;
    d.params.saltBytes = static_cast<int>(d.salt.size());
    d.params.hashBytes = static_cast<int>(d.hash.size());
    if (!validParameters(d.params, 4)) {
        return fail(QStringLiteral("crypto.password-hash"), QStringLiteral("scrypt parameters out of range"));
    }
    return d;
}

} // namespace

Result<QString> PasswordHasher::hash(QByteArrayView password)
{
    return hash(password, Parameters{});
}

Result<QString> PasswordHasher::hash(QByteArrayView password, const Parameters& parameters)
{
    if (!validParameters(parameters)) {
        return fail(QStringLiteral("crypto.password-hash"), QStringLiteral("scrypt parameters out of range"));
    }
    auto salt = Random::bytes(parameters.saltBytes);
    if (!salt) {
        return std::unexpected(salt.error());
    }
    auto derived = derive(password, *salt, parameters);
    if (!derived) {
        return std::unexpected(derived.error());
    }
    return QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$").arg(parameters.logN).arg(parameters.r).arg(parameters.p) +
           QString::fromLatin1(salt->toBase64(Base64Options)) + u'$' +
           QString::fromLatin1(derived->toBase64(Base64Options));
}

Result<bool> PasswordHasher::verify(QByteArrayView password, const QString& encoded)
{
    auto d = decode(encoded);
    if (!d) {
        return std::unexpected(d.error());
    }
    auto derived = derive(password, d->salt, d->params);
    if (!derived) {
        return std::unexpected(derived.error());
    }
    return Hmac::constantTimeEquals(*derived, d->hash);
}

bool PasswordHasher::needsRehash(const QString& encoded, const Parameters& current)
{
    auto d = decode(encoded);
    return !d || d->params.logN < current.logN || d->params.r < current.r || d->params.p < current.p ||
           d->params.hashBytes < current.hashBytes || d->params.saltBytes < current.saltBytes;
}

} // namespace authscope::crypto
