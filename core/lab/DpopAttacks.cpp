#include "core/lab/DpopAttacks.h"

#include "core/dpop/DpopProofBuilder.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jwk.h"
#include "core/lab/AttackJudge.h"
#include "core/lab/AttackSession.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>

#include <functional>

namespace authscope::lab {

namespace {

using http::HttpClientResponse;

const QString kMePath = QStringLiteral("/api/me");
const QString kLoginPath = QStringLiteral("/login");
const QString kRefreshPath = QStringLiteral("/token/refresh");

// A proof for one request, made once the nonce to put in it is known.
using ProofMaker = std::function<Result<QByteArray>(const QString& nonce)>;

bool asksForNonce(const HttpClientResponse& r)
{
    return !r.header("dpop-nonce").isEmpty() &&
           (r.header("www-authenticate").contains("use_dpop_nonce") ||
            r.json().value(QStringLiteral("error")).toString() == QStringLiteral("use_dpop_nonce"));
}

// One client of the target: its key, the target's latest nonce, and its DPoP-bound tokens.
class DpopClient final
{
public:
    explicit DpopClient(AttackSession& session) : m_session(session) {}

    QString url(const QString& path) const { return m_session.probe().baseUrl() + path; }
    const jose::Jwk& key() const { return m_key; }
    const QByteArray& token() const { return m_token; }
    const QString& nonce() const { return m_nonce; }
    bool sawNonce() const { return m_sawNonce; }

    ProofMaker proofFor(const jose::Jwk& key, const QByteArray& method, const QString& path,
                        const QByteArray& token) const
    {
        return [this, key, method, path, token](const QString& nonce) {
            dpop::DpopProofBuilder::Options o;
            o.method = method;
            o.url = url(path);
            o.accessToken = token;
            o.nonce = nonce;
            return dpop::DpopProofBuilder::build(key, o);
        };
    }

    // Sends a request with a proof from `make`; when the target asks for a nonce, once more with it (what a client
    // does). `sent` is the proof of the last request.
    Result<HttpClientResponse> send(const QByteArray& method, const QString& path, HttpProbe::Headers headers,
                                    const QByteArray& body, const ProofMaker& make, QByteArray* sent = nullptr)
    {
        Result<HttpClientResponse> r;
        for (int attempt = 0; attempt < 2; ++attempt) {
            auto proof = make(m_nonce);
            if (!proof) {
                return std::unexpected(proof.error());
            }
            HttpProbe::Headers all = headers;
            all.append({QByteArrayLiteral("DPoP"), *proof});
            if (!body.isEmpty()) {
                all.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
            }
            r = m_session.probe().send(method, path, all, body);
            if (sent != nullptr) {
                *sent = *proof;
            }
            if (!r || !asksForNonce(*r)) {
                break;
            }
            m_nonce = QString::fromLatin1(r->header("dpop-nonce"));
            m_sawNonce = true;
        }
        if (r && !r->header("dpop-nonce").isEmpty()) {
            m_nonce = QString::fromLatin1(r->header("dpop-nonce"));
            m_sawNonce = true;
        }
        return r;
    }

    Result<HttpClientResponse> me(const ProofMaker& make, QByteArray* sent = nullptr)
    {
        return send(QByteArrayLiteral("GET"), kMePath, {{QByteArrayLiteral("Authorization"), "DPoP " + m_token}}, {},
                    make, sent);
    }

    // Logs in with a proof of a fresh key and checks that a correct DPoP request is accepted. An AttackResult when
    // the attack cannot go on (skipped or error), nothing when it can.
    std::optional<AttackResult> prepare(const AttackSpec& attack, bool control = true)
    {
        jose::Jwk::GenerateOptions options;
        auto key = jose::Jwk::generate(options);
        if (!key) {
            return AttackJudge::error(attack, key.error().message);
        }
        m_key = *key;
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("username"), m_session.target().username},
                                      {QStringLiteral("password"), QString::fromUtf8(m_session.target().password)},
                                      {QStringLiteral("mode"), QStringLiteral("jwt")}})
                .toJson(QJsonDocument::Compact);
        auto login = send(QByteArrayLiteral("POST"), kLoginPath, {}, body,
                          proofFor(m_key, QByteArrayLiteral("POST"), kLoginPath, {}));
        if (!login) {
            return AttackJudge::error(attack, login.error().message);
        }
        m_token = login->json().value(QStringLiteral("access_token")).toString().toLatin1();
        if (login->status != 200 || m_token.isEmpty()) {
            return AttackJudge::error(
                attack, QStringLiteral("JWT login with a DPoP proof failed: %1").arg(AttackJudge::describe(*login)));
        }
        if (login->json().value(QStringLiteral("token_type")).toString().compare(u"DPoP", Qt::CaseInsensitive) != 0) {
            return AttackJudge::skipped(attack, QStringLiteral("The target issues no DPoP-bound tokens (a login "
                                                               "with a DPoP proof got token_type %1).")
                                                    .arg(login->json().value(QStringLiteral("token_type")).toString()));
        }
        if (!control) {
            return std::nullopt;
        }
        auto accepted = me(proofFor(m_key, QByteArrayLiteral("GET"), kMePath, m_token));
        if (!accepted || accepted->status != 200) {
            return AttackJudge::skipped(
                attack, QStringLiteral("Control failed: a correct DPoP request with the bound token was refused (%1), "
                                       "so a refusal would prove nothing.")
                            .arg(accepted ? AttackJudge::describe(*accepted) : accepted.error().message));
        }
        return std::nullopt;
    }

private:
    AttackSession& m_session;
    jose::Jwk m_key;
    QByteArray m_token;
    QString m_nonce;
    bool m_sawNonce = false;
};

// A prepared client's /api/me request with a proof of its own key made for `method` and `path` (and bound to its
// token when `withAth`): the rows that break one claim of an otherwise correct proof.
AttackResult judgeProof(AttackSession& session, const AttackSpec& attack, const QByteArray& method, const QString& path,
                        bool withAth)
{
    DpopClient client(session);
    if (auto stop = client.prepare(attack)) {
        return *stop;
    }
    return AttackJudge::judge(
        attack, client.me(client.proofFor(client.key(), method, path, withAth ? client.token() : QByteArray())));
}

} // namespace

AttackResult DpopAttacks::proofReplay(AttackSession& session, const AttackSpec& attack)
{
    DpopClient client(session);
    if (auto stop = client.prepare(attack)) {
        return *stop;
    }
    QByteArray accepted;
    auto first = client.me(client.proofFor(client.key(), QByteArrayLiteral("GET"), kMePath, client.token()), &accepted);
    if (auto refused =
            AttackJudge::controlRefused(attack, first, QStringLiteral("Control failed: a fresh proof was refused."))) {
        return *refused;
    }
    // The same proof bytes again, as a thief who copied the request would send them.
    return AttackJudge::judge(
        attack, session.probe().get(kMePath, {{QByteArrayLiteral("Authorization"), "DPoP " + client.token()},
                                              {QByteArrayLiteral("DPoP"), accepted}}));
}

AttackResult DpopAttacks::htuSwap(AttackSession& session, const AttackSpec& attack)
{
    return judgeProof(session, attack, QByteArrayLiteral("GET"), kRefreshPath, true);
}

AttackResult DpopAttacks::htmSwap(AttackSession& session, const AttackSpec& attack)
{
    return judgeProof(session, attack, QByteArrayLiteral("POST"), kMePath, true);
}

AttackResult DpopAttacks::missingAth(AttackSession& session, const AttackSpec& attack)
{
    return judgeProof(session, attack, QByteArrayLiteral("GET"), kMePath, false);
}

AttackResult DpopAttacks::foreignKey(AttackSession& session, const AttackSpec& attack)
{
    DpopClient client(session);
    if (auto stop = client.prepare(attack)) {
        return *stop;
    }
    // Everything right (method, URL, ath, nonce) except the key: the thief's own.
    return AttackJudge::judge(
        attack, client.me(client.proofFor(session.attackerKey(), QByteArrayLiteral("GET"), kMePath, client.token())));
}

AttackResult DpopAttacks::staleNonce(AttackSession& session, const AttackSpec& attack)
{
    DpopClient client(session);
    if (auto stop = client.prepare(attack)) {
        return *stop;
    }
    if (!client.sawNonce()) {
        return AttackJudge::skipped(attack, QStringLiteral("The target demands no DPoP nonces (the test server does "
                                                           "with serve --dpop-nonce)."));
    }
    // Wait for two rotations: then the nonce in hand is neither the current one nor the previous.
    const QString old = client.nonce();
    QStringList seen{old};
    QElapsedTimer waited;
    waited.start();
    while (seen.size() < 3 && waited.elapsed() < 15'000) {
        QThread::msleep(250);
        auto r = session.probe().get(kMePath, {{QByteArrayLiteral("Authorization"), "DPoP " + client.token()}});
        const QString n = r ? QString::fromLatin1(r->header("dpop-nonce")) : QString();
        if (n.isEmpty()) {
            return AttackJudge::skipped(attack, QStringLiteral("The target hands out no DPoP-Nonce at /api/me, so its "
                                                               "nonces cannot be watched rotating."));
        }
        if (!seen.contains(n)) {
            seen.append(n);
        }
    }
    if (seen.size() < 3) {
        return AttackJudge::skipped(attack, QStringLiteral("The target's nonce did not rotate twice within 15 s, so "
                                                           "no stale nonce could be had."));
    }
    dpop::DpopProofBuilder::Options o;
    o.method = QByteArrayLiteral("GET");
    o.url = client.url(kMePath);
    o.accessToken = client.token();
    o.nonce = old;
    auto proof = dpop::DpopProofBuilder::build(client.key(), o);
    if (!proof) {
        return AttackJudge::error(attack, proof.error().message);
    }
    AttackResult r = AttackJudge::judge(
        attack, session.probe().get(kMePath, {{QByteArrayLiteral("Authorization"), "DPoP " + client.token()},
                                              {QByteArrayLiteral("DPoP"), *proof}}));
    AttackJudge::addNote(
        r.detail,
        QStringLiteral("The nonce was %1 rotations old after %2 ms.").arg(seen.size() - 1).arg(waited.elapsed()));
    return r;
}

AttackResult DpopAttacks::boundAsBearer(AttackSession& session, const AttackSpec& attack)
{
    // No control request: a target that ignores DPoP at /api/me is exactly what this attack looks for.
    DpopClient client(session);
    if (auto stop = client.prepare(attack, false)) {
        return *stop;
    }
    return AttackJudge::judge(attack, session.bearer(client.token()));
}

} // namespace authscope::lab
