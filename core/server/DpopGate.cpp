#include "core/server/DpopGate.h"

#include "core/http/HttpRequest.h"
#include "core/http/HttpResponse.h"

namespace authscope {

namespace {

using http::HttpRequest;
using http::HttpResponse;

// RFC 6750 §3 / RFC 9449 §7.1: a quoted auth-param holds printable ASCII without quote and backslash; the sentence
// can quote what the proof carried (an htu with CR LF, non-ASCII), so everything else becomes '?'.
QString authParam(QString text)
{
    text.replace(u'"', u'\'').replace(u'\\', u'/');
    for (QChar& ch : text) {
        if (ch.unicode() < 0x20 || ch.unicode() > 0x7e) {
            ch = u'?';
        }
    }
    return text.left(300);
}

QString describe(const dpop::DpopResult& result)
{
    QStringList parts;
    for (const Error& e : result.issues) {
        parts << e.code + QStringLiteral(": ") + e.message;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

DpopGate::DpopGate(const ServerConfig& config, QString baseUrl, const Clock& clock)
    : m_baseUrl(std::move(baseUrl)), m_tls(config.tls),
      m_nonces(config.dpopNonce ? std::make_unique<dpop::DpopNonceSource>(clock, config.dpopNonceLifetimeSecs)
                                : nullptr),
      m_validator(dpop::DpopPolicy{}, clock, &m_replay, m_nonces.get())
{}

DpopGate::Credential DpopGate::credential(const HttpRequest& request)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    if (space > 0 && authorization.left(space).compare("DPoP", Qt::CaseInsensitive) == 0) {
        return Credential{authorization.mid(space + 1).trimmed(), true};
    }
    return Credential{request.bearerToken(), false};
}

QString DpopGate::requestUrl(const HttpRequest& request) const
{
    // The Host the client used (H-HOST has already refused foreign names) and the path, never the query.
    const QByteArray host = request.header("host");
    if (host.isEmpty()) {
        return m_baseUrl + request.path;
    }
    return (m_tls ? QStringLiteral("https://") : QStringLiteral("http://")) + QString::fromLatin1(host) + request.path;
}

std::expected<dpop::DpopResult, DpopGate::Refusal> DpopGate::validate(const HttpRequest& request,
                                                                      const dpop::DpopRequest& check)
{
    qsizetype headers = 0;
    for (const auto& h : request.headers) {
        headers += h.first == "dpop" ? 1 : 0;
    }
    // RFC 9449 §4.3 check 1: exactly one DPoP header.
    if (headers > 1) {
        return std::unexpected(Refusal{400, QStringLiteral("invalid_dpop_proof"),
                                       QStringLiteral("A request carries one DPoP header, not %1.").arg(headers)});
    }
    dpop::DpopResult result = m_validator.validate(request.header("dpop"), check);
    if (result.valid) {
        return result;
    }
    // DP-NONCE: a proof that only lacks the current nonce is asked to come again with it.
    const QString error = result.onlyNonceIssues()                 ? QStringLiteral("use_dpop_nonce")
                          : result.has(dpop::DpopErrc::JktMissing) ? QStringLiteral("invalid_token")
                                                                   : QStringLiteral("invalid_dpop_proof");
    return std::unexpected(Refusal{400, error, describe(result)});
}

std::expected<QString, DpopGate::Refusal> DpopGate::checkTokenRequest(const HttpRequest& request)
{
    if (request.header("dpop").isEmpty()) {
        return QString(); // no proof: a bearer token, as before
    }
    dpop::DpopRequest check;
    check.method = request.method;
    check.url = requestUrl(request);
    auto result = validate(request, check);
    if (!result) {
        return std::unexpected(result.error());
    }
    return result->jkt;
}

std::optional<DpopGate::Refusal> DpopGate::checkResourceRequest(const HttpRequest& request,
                                                                const Credential& credential, const QJsonObject& claims)
{
    const QString jkt = claims.value(QLatin1StringView("cnf")).toObject().value(QLatin1StringView("jkt")).toString();
    if (!credential.dpop) {
        if (jkt.isEmpty()) {
            return std::nullopt; // a bearer token used as one
        }
        // DP-BIND: a stolen bound token is useless without the key, so it must never pass as a bearer token.
        return Refusal{401, QStringLiteral("invalid_token"),
                       QStringLiteral("This token is bound to a DPoP key (cnf.jkt): send it as Authorization: DPoP "
                                      "with a proof signed by that key.")};
    }
    if (request.header("dpop").isEmpty()) {
        return Refusal{401, QStringLiteral("invalid_dpop_proof"),
                       QStringLiteral("Authorization: DPoP needs a DPoP header with a proof.")};
    }
    dpop::DpopRequest check;
    check.method = request.method;
    check.url = requestUrl(request);
    check.accessToken = credential.token;
    check.boundJkt = jkt;
    auto result = validate(request, check);
    if (!result) {
        Refusal r = result.error();
        r.status = 401;
        return r;
    }
    return std::nullopt;
}

HttpResponse DpopGate::tokenEndpointError(const Refusal& refusal)
{
    // RFC 9449 §5, §8: the token endpoint answers 400 with an OAuth error body.
    HttpResponse r = HttpResponse::error(refusal.status, refusal.error, refusal.description);
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    addNonce(r);
    return r;
}

HttpResponse DpopGate::resourceError(const Refusal& refusal)
{
    // RFC 9449 §7.1, §9: 401 with a DPoP challenge naming the error and the algorithms accepted.
    HttpResponse r = HttpResponse::error(refusal.status, refusal.error, refusal.description);
    const QString challenge = QStringLiteral("DPoP error=\"%1\", error_description=\"%2\", algs=\"%3\"")
                                  .arg(refusal.error, authParam(refusal.description), challengeAlgs());
    r.setHeader(QByteArrayLiteral("WWW-Authenticate"), challenge.toLatin1());
    addNonce(r);
    return r;
}

void DpopGate::addNonce(HttpResponse& response)
{
    if (m_nonces != nullptr) {
        response.setHeader(QByteArrayLiteral("DPoP-Nonce"), m_nonces->current().toLatin1());
    }
}

QJsonArray DpopGate::signingAlgorithms() const
{
    QJsonArray algs;
    for (const jose::JwsAlgorithm alg : m_validator.policy().allowedAlgorithms) {
        algs.append(jose::JwsAlgorithms::name(alg));
    }
    return algs;
}

QString DpopGate::challengeAlgs() const
{
    QStringList names;
    for (const QJsonValue& v : signingAlgorithms()) {
        names << v.toString();
    }
    return names.join(u' ');
}

} // namespace authscope
