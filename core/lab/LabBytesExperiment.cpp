// Bytes on the wire: the session cookie against bearer tokens per algorithm and claim set, and what a token tells
// anyone who reads it.
#include "core/jose/Base64Url.h"
#include "core/keys/KeyStore.h"
#include "core/lab/LabScratch.h"
#include "core/lab/LabSteps.h"
#include "core/server/TestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace authscope::lab {

namespace {

QString decodedPart(const QByteArray& token, int index)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3) {
        return {};
    }
    auto json = jose::Base64Url::decode(parts.at(index));
    if (!json) {
        return {};
    }
    return QString::fromUtf8(QJsonDocument::fromJson(*json).toJson(QJsonDocument::Compact));
}

QJsonObject payloadOf(const QByteArray& token)
{
    return QJsonDocument::fromJson(decodedPart(token, 1).toUtf8()).object();
}

// Claims many identity providers put into access tokens; made up, but the shape is real.
QJsonObject richClaims(QJsonObject claims)
{
    claims.insert(QStringLiteral("name"), QStringLiteral("Lab User"));
    claims.insert(QStringLiteral("email"), QStringLiteral("lab-user@example.org"));
    claims.insert(QStringLiteral("email_verified"), true);
    claims.insert(QStringLiteral("preferred_username"), QStringLiteral("lab-user"));
    claims.insert(QStringLiteral("locale"), QStringLiteral("en-GB"));
    claims.insert(QStringLiteral("tenant"), QStringLiteral("3f6c1a52-9d0b-4f7e-8a21-7c5d2e9b4a10"));
    claims.insert(QStringLiteral("scope"),
                  QStringLiteral("openid profile email orders:read orders:write billing:read"));
    claims.insert(QStringLiteral("roles"),
                  QJsonArray{QStringLiteral("user"), QStringLiteral("support"), QStringLiteral("billing-viewer")});
    claims.insert(QStringLiteral("groups"),
                  QJsonArray{QStringLiteral("eu-west"), QStringLiteral("team-payments"), QStringLiteral("on-call")});
    claims.insert(QStringLiteral("amr"), QJsonArray{QStringLiteral("pwd"), QStringLiteral("otp")});
    claims.insert(QStringLiteral("auth_time"), claims.value(QStringLiteral("iat")));
    return claims;
}

QString summarise(const BytesResult& r)
{
    const BytesRow* cookie = nullptr;
    const BytesRow* smallest = nullptr;
    const BytesRow* largest = nullptr;
    const BytesRow* rich = nullptr;
    for (const BytesRow& row : r.rows) {
        if (row.credential == QStringLiteral("cookie")) {
            cookie = &row;
        } else if (row.claimSet == QStringLiteral("typical")) {
            if (smallest == nullptr || row.requestHeaderBytes < smallest->requestHeaderBytes) {
                smallest = &row;
            }
            if (largest == nullptr || row.requestHeaderBytes > largest->requestHeaderBytes) {
                largest = &row;
            }
        } else if (row.claimSet == QStringLiteral("rich") &&
                   (rich == nullptr || row.requestHeaderBytes > rich->requestHeaderBytes)) {
            rich = &row;
        }
    }
    if (cookie == nullptr || smallest == nullptr) {
        return QStringLiteral("No measurement finished.");
    }
    // Three short bullets: the cookie, the token's size, what the token reveals.
    const QString first = QStringLiteral("• The session cookie is a %1-character random ID: %2 bytes per request, "
                                         "and it reveals nothing.")
                              .arg(cookie->credentialBytes)
                              .arg(cookie->requestHeaderBytes);
    QString second =
        QStringLiteral("• A typical access token from this server takes %1 bytes per request with %2 "
                       "(%3x the cookie)")
            .arg(smallest->requestHeaderBytes)
            .arg(smallest->algorithm)
            .arg(QString::number(double(smallest->requestHeaderBytes) / double(cookie->requestHeaderBytes), 'f', 1));
    if (largest != nullptr && largest != smallest) {
        second += QStringLiteral(", %1 with %2").arg(largest->requestHeaderBytes).arg(largest->algorithm);
    }
    if (rich != nullptr) {
        second += QStringLiteral("; with the claims identity providers like to add (roles, groups, e-mail) %1")
                      .arg(rich->requestHeaderBytes);
    }
    second += u'.';
    const QString third = QStringLiteral("• A JWT is signed, not encrypted: anyone who sees it (a log, a proxy, the "
                                         "browser) can read its claims, as the decoded payload shows.");
    return first + u'\n' + second + u'\n' + third;
}

} // namespace

Result<BytesResult> runBytesExperiment(const LabOptions& options, const LabProgress& progress)
{
    BytesResult result;
    progress(0, QStringLiteral("Bytes on the wire: starting a scratch server"));
    auto scratch = LabScratch::create();
    if (!scratch) {
        return std::unexpected(scratch.error());
    }
    auto server = (*scratch)->startServer(LabScratch::serverConfig());
    if (!server) {
        return std::unexpected(server.error());
    }
    const quint16 port = (*server)->port();
    {
        auto login = (*scratch)->login(port, false);
        if (!login) {
            return std::unexpected(login.error());
        }
        BytesRow row;
        row.credential = QStringLiteral("cookie");
        row.label = QStringLiteral("Session cookie");
        row.credentialBytes = login->cookieValue.size();
        row.requestHeaderBytes = login->requestHeader().size() + 2; // with its CRLF
        row.responseHeaderBytes = QByteArray("Set-Cookie: " + login->setCookie + "\r\n").size();
        result.rows.append(row);
    }
    const QStringList algorithms = options.jwtAlgorithms;
    QList<BytesRow> minimal;
    QList<BytesRow> typical;
    QList<BytesRow> rich;
    for (qsizetype i = 0; i < algorithms.size() && !progress.cancelled(); ++i) {
        const QString& alg = algorithms.at(i);
        progress(static_cast<double>(i) / static_cast<double>(algorithms.size()),
                 QStringLiteral("Bytes on the wire: signing tokens with ") + alg);
        if (auto ok = (*scratch)->useAlgorithm(alg); !ok) {
            return std::unexpected(ok.error());
        }
        auto login = (*scratch)->login(port, true);
        if (!login) {
            return std::unexpected(login.error());
        }
        const QJsonObject issued = payloadOf(login->accessToken);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject minimalClaims{{QStringLiteral("sub"), issued.value(QStringLiteral("sub"))},
                                        {QStringLiteral("exp"), now + 900}};
        auto small = (*scratch)->keys().signJwt(minimalClaims, KeyStore::DefaultPurpose, QStringLiteral("JWT"));
        if (!small) {
            return std::unexpected(small.error());
        }
        auto big = (*scratch)->keys().signJwt(richClaims(issued), KeyStore::DefaultPurpose, QStringLiteral("at+jwt"));
        if (!big) {
            return std::unexpected(big.error());
        }
        auto rowFor = [&alg](const QByteArray& token, const QString& claimSet, QList<BytesRow>& into) {
            BytesRow row;
            row.credential = QStringLiteral("bearer");
            row.label = QStringLiteral("JWT %1, %2 claims").arg(alg, claimSet);
            row.algorithm = alg;
            row.claimSet = claimSet;
            row.credentialBytes = token.size();
            row.requestHeaderBytes = QByteArray("Authorization: Bearer " + token + "\r\n").size();
            row.decodedHeader = decodedPart(token, 0);
            row.decodedPayload = decodedPart(token, 1);
            into.append(row);
        };
        rowFor(*small, QStringLiteral("minimal"), minimal);
        rowFor(login->accessToken, QStringLiteral("typical"), typical);
        rowFor(*big, QStringLiteral("rich"), rich);
    }
    result.rows << minimal << typical << rich;
    result.summary = summarise(result);
    server->reset();
    progress(1, QStringLiteral("Bytes on the wire: done"));
    return result;
}

} // namespace authscope::lab
