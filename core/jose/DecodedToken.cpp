#include "core/jose/DecodedToken.h"

#include "core/jose/Base64Url.h"
#include "core/jose/JoseError.h"
#include "core/jose/Jws.h"
#include "core/jose/StrictJson.h"
#include "core/jose/TokenLinter.h"

#include <QJsonArray>

namespace authscope::jose {

namespace {

QList<DecodedToken::Part> splitParts(QByteArrayView token, const QStringList& roles)
{
    QList<DecodedToken::Part> parts;
    qsizetype start = 0;
    for (const QString& role : roles) {
        qsizetype end = token.indexOf('.', start);
        if (end < 0) {
            end = token.size();
        }
        parts.append(DecodedToken::Part{role, start, end - start});
        start = end + 1;
    }
    return parts;
}

Result<DecodedToken> decodeJwe(QByteArrayView token, const JsonLimits& limits)
{
    DecodedToken out;
    out.kind = DecodedToken::Kind::Jwe;
    out.token = token.toByteArray();
    out.parts = splitParts(token, {QStringLiteral("header"), QStringLiteral("encrypted_key"), QStringLiteral("iv"),
                                   QStringLiteral("ciphertext"), QStringLiteral("tag")});
    const DecodedToken::Part& h = out.parts.first();
    auto bytes = Base64Url::decode(token.sliced(h.start, h.length));
    if (!bytes) {
        return JoseError::fail(JoseErrc::Base64, QStringLiteral("JWE header: ") + bytes.error().message);
    }
    auto header = StrictJson::parseObject(*bytes, limits.maxDepth, u"JWE header");
    if (!header) {
        return std::unexpected(header.error());
    }
    out.headerBytes = *bytes;
    out.header = *header;
    for (qsizetype i = 1; i < out.parts.size(); ++i) {
        const DecodedToken::Part& p = out.parts[i];
        if (!Base64Url::isValid(token.sliced(p.start, p.length))) {
            return JoseError::fail(JoseErrc::Base64, QStringLiteral("JWE %1: not strict base64url").arg(p.role));
        }
    }
    out.warnings = TokenLinter::lint(out);
    return out;
}

} // namespace

QString DecodedToken::algorithmName() const
{
    return header.value(QLatin1StringView("alg")).toString();
}

QString DecodedToken::kid() const
{
    return header.value(QLatin1StringView("kid")).toString();
}

Result<DecodedToken> DecodedToken::decode(QByteArrayView input, const JsonLimits& limits)
{
    if (input.size() > limits.maxTokenBytes) {
        return JoseError::fail(JoseErrc::TooLarge, QStringLiteral("the token is %1 bytes, over the %2-byte limit")
                                                       .arg(input.size())
                                                       .arg(limits.maxTokenBytes));
    }
    const QByteArrayView token = input.trimmed();
    if (token.count('.') == 4) {
        return decodeJwe(token, limits);
    }
    auto jws = Jws::parse(token, limits);
    if (!jws) {
        return std::unexpected(jws.error());
    }
    DecodedToken out;
    out.kind = Kind::Jws;
    out.token = jws->compact();
    out.header = jws->header().json;
    out.headerBytes = jws->header().raw;
    out.payload = jws->payload();
    out.signature = jws->signature();
    out.parts = splitParts(token, {QStringLiteral("header"), QStringLiteral("payload"), QStringLiteral("signature")});
    if (!out.payload.isEmpty()) {
        auto json = StrictJson::parse(out.payload, limits.maxDepth);
        if (json && (json->isObject() || json->isArray())) {
            out.payloadIsJson = true;
            out.payloadJson = json->isObject() ? QJsonValue(json->object()) : QJsonValue(json->array());
        }
    }
    out.warnings = TokenLinter::lint(out);
    return out;
}

QJsonObject DecodedToken::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("header"), header);
    QJsonArray warningList;
    for (const TokenWarning& w : warnings) {
        warningList.append(QJsonObject{{QStringLiteral("code"), w.code},
                                       {QStringLiteral("severity"), TokenWarning::severityName(w.severity)},
                                       {QStringLiteral("message"), w.message}});
    }
    if (kind == Kind::Jwe) {
        o.insert(QStringLiteral("jwe"), true);
        o.insert(QStringLiteral("note"), QStringLiteral("an encrypted token: only the protected header is shown; "
                                                        "decrypt it with 'authscope-cli decrypt --key FILE'"));
        o.insert(QStringLiteral("warnings"), warningList);
        return o;
    }
    if (payloadIsJson) {
        o.insert(QStringLiteral("payload"), payloadJson);
    } else if (StrictJson::isValidUtf8(payload)) {
        o.insert(QStringLiteral("payload"), QString::fromUtf8(payload));
    } else {
        o.insert(QStringLiteral("payload"), QString::fromLatin1(Base64Url::encode(payload)));
        o.insert(QStringLiteral("payloadEncoding"), QStringLiteral("base64url"));
    }
    const Part& sig = parts.last();
    o.insert(QStringLiteral("signature"), QString::fromLatin1(token.mid(sig.start, sig.length)));
    o.insert(QStringLiteral("warnings"), warningList);
    return o;
}

} // namespace authscope::jose
