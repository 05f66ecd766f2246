#include "core/lab/RevocationRace.h"

#include "core/jose/Base64Url.h"
#include "core/lab/LabScratch.h"
#include "core/server/TestServer.h"
#include "core/sessions/SessionStore.h"
#include "core/storage/Database.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace authscope {

namespace {

// The two clients must stay apart: Qt's shared cookie jar would hand the cookie client's session to the JWT
// client (and a login carrying an old session ID logs that session out, against fixation).
void manualCookies(QNetworkRequest& request)
{
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
}

} // namespace

RevocationRace::RevocationRace(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<authscope::RevocationRace::Sample>();
    connect(&m_poll, &QTimer::timeout, this, &RevocationRace::poll);
}

RevocationRace::~RevocationRace()
{
    m_poll.stop();
    if (m_server) {
        m_server->stop();
    }
}

QString RevocationRace::scratchDatabasePath() const
{
    return m_scratch ? m_scratch->database().path() : QString();
}

void RevocationRace::setDenyListEnabled(bool enabled)
{
    m_denyList = enabled;
    if (m_server) {
        m_server->setDenyListEnabled(enabled);
    }
}

Result<QByteArray> RevocationRace::loginRequest(const QString& mode, QByteArray* setCookie)
{
    QNetworkRequest request(QUrl(m_baseUrl + QStringLiteral("/login")));
    manualCookies(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("username"), m_scratch->username()},
                                  {QStringLiteral("password"), QString::fromLatin1(m_scratch->password())},
                                  {QStringLiteral("mode"), mode}})
            .toJson(QJsonDocument::Compact);
    QNetworkReply* reply = m_net.post(request, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (status != 200) {
        const QString why =
            QJsonDocument::fromJson(answer).object().value(QStringLiteral("error_description")).toString();
        return fail(QStringLiteral("race.login"), QStringLiteral("The %1 login failed (HTTP %2): %3")
                                                      .arg(mode)
                                                      .arg(status)
                                                      .arg(why.isEmpty() ? reply->errorString() : why));
    }
    if (setCookie != nullptr) {
        const QByteArray header = reply->rawHeader("Set-Cookie");
        const qsizetype semi = header.indexOf(';');
        *setCookie = header.left(semi);
    }
    return answer;
}

Result<void> RevocationRace::start(bool denyList, int intervalMs)
{
    stop();
    m_samples.clear();
    m_revokedAt.reset();
    m_cookieSession = 0;
    m_jwtSession = 0;
    ++m_run; // answers to an earlier run's requests are dropped
    // A world of its own: the user, its sessions and their audit rows live in a temporary database.
    lab::LabScratch::Options options;
    options.actor = QStringLiteral("revocation-race");
    options.fileName = QStringLiteral("race.db");
    options.username = RaceUser;
    options.labKeyPolicy = false; // the keys and token lifetime a real server has
    auto scratch = lab::LabScratch::create(options);
    if (!scratch) {
        return std::unexpected(scratch.error());
    }
    m_scratch = std::move(*scratch);
    // The JWT client needs a signing key; the scratch world starts with none.
    if (auto key = m_scratch->useAlgorithm(QStringLiteral("ES256")); !key) {
        m_scratch.reset();
        return key;
    }
    ServerConfig config = lab::LabScratch::serverConfig();
    config.denyListEnabled = denyList;
    auto server = m_scratch->startServer(config);
    if (!server) {
        m_scratch.reset();
        return std::unexpected(server.error());
    }
    m_server = std::move(*server);
    m_denyList = denyList;
    m_baseUrl = m_server->baseUrl();
    if (auto in = logInBoth(); !in) {
        stop();
        return in;
    }
    m_clock.start();
    m_poll.start(std::max(20, intervalMs));
    poll();
    return {};
}

Result<void> RevocationRace::logInBoth()
{
    QByteArray cookie;
    auto session = loginRequest(QStringLiteral("session"), &cookie);
    if (!session) {
        return std::unexpected(session.error());
    }
    m_cookie = cookie;
    m_cookieSession = QJsonDocument::fromJson(*session).object().value(QStringLiteral("session")).toInteger();
    auto jwt = loginRequest(QStringLiteral("jwt"), nullptr);
    if (!jwt) {
        return std::unexpected(jwt.error());
    }
    const QJsonObject tokens = QJsonDocument::fromJson(*jwt).object();
    m_jwt = tokens.value(QStringLiteral("access_token")).toString().toLatin1();
    m_jwtExpiresIn = tokens.value(QStringLiteral("expires_in")).toInteger();
    // The JWT's session is named by its sid claim.
    const QList<QByteArray> parts = m_jwt.split('.');
    if (parts.size() == 3) {
        if (auto payload = jose::Base64Url::decode(parts.at(1)); payload) {
            m_jwtSession =
                QJsonDocument::fromJson(*payload).object().value(QStringLiteral("sid")).toString().toLongLong();
        }
    }
    return {};
}

void RevocationRace::stop()
{
    const bool wasRunning = m_poll.isActive();
    m_poll.stop();
    if (m_server) {
        m_server->stop();
        m_server.reset();
    }
    m_scratch.reset();
    if (wasRunning) {
        Q_EMIT finished(false);
    }
}

void RevocationRace::stopWhenBothRefused()
{
    const Summary s = summary();
    if (s.revokedAtMs && s.cookieWindowMs >= 0 && s.jwtWindowMs >= 0 && m_poll.isActive()) {
        m_poll.stop(); // finished(true) instead of finished(false)
        stop();
        Q_EMIT finished(true);
    }
}

void RevocationRace::poll()
{
    send(Client::Cookie);
    send(Client::Jwt);
}

void RevocationRace::send(Client client)
{
    const int slot = client == Client::Cookie ? 0 : 1;
    if (m_inFlight[slot]) {
        return; // the previous request of this client is still on its way
    }
    QNetworkRequest request(QUrl(m_baseUrl + QStringLiteral("/api/me")));
    manualCookies(request);
    if (client == Client::Cookie) {
        request.setRawHeader("Cookie", m_cookie);
    } else {
        request.setRawHeader("Authorization", "Bearer " + m_jwt);
    }
    m_inFlight[slot] = true;
    auto* timer = new QElapsedTimer;
    timer->start();
    const qint64 sentAt = elapsedMs();
    QNetworkReply* reply = m_net.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, client, slot, timer, sentAt, run = m_run] {
        Sample s;
        s.client = client;
        s.atMs = sentAt;
        s.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        s.latencyMicros = timer->nsecsElapsed() / 1000;
        delete timer;
        reply->deleteLater();
        m_inFlight[slot] = false;
        if (run != m_run) {
            return;
        }
        m_samples.append(s);
        Q_EMIT sampleAdded(s);
        stopWhenBothRefused();
    });
}

Result<void> RevocationRace::revokeBoth(const QString& reason)
{
    if (m_cookieSession <= 0 && m_jwtSession <= 0) {
        return fail(QStringLiteral("race.not-started"), QStringLiteral("Start the race first."));
    }
    if (!m_scratch) {
        return fail(QStringLiteral("race.not-started"), QStringLiteral("The race has ended; start it again."));
    }
    SessionStore sessions(m_scratch->database(), m_scratch->audit());
    QList<qint64> ids;
    for (qint64 id : {m_cookieSession, m_jwtSession}) {
        if (id > 0) {
            ids << id;
        }
    }
    auto done = sessions.revoke(ids, reason);
    if (!done) {
        return std::unexpected(done.error());
    }
    m_revokedAt = elapsedMs();
    Q_EMIT revoked(*m_revokedAt);
    return {};
}

RevocationRace::Summary RevocationRace::summary() const
{
    Summary s;
    s.revokedAtMs = m_revokedAt;
    if (!m_revokedAt) {
        return s;
    }
    std::optional<qint64> cookieRefused;
    std::optional<qint64> jwtRefused;
    for (const Sample& sample : m_samples) {
        if (sample.atMs < *m_revokedAt) {
            continue;
        }
        const bool accepted = sample.status == 200;
        if (sample.client == Client::Cookie) {
            if (accepted && !cookieRefused) {
                ++s.cookieAcceptedAfter;
            } else if (!accepted && !cookieRefused) {
                cookieRefused = sample.atMs;
            }
        } else {
            if (accepted && !jwtRefused) {
                ++s.jwtAcceptedAfter;
            } else if (!accepted && !jwtRefused) {
                jwtRefused = sample.atMs;
            }
        }
    }
    s.cookieWindowMs = cookieRefused ? *cookieRefused - *m_revokedAt : -1;
    s.jwtWindowMs = jwtRefused ? *jwtRefused - *m_revokedAt : -1;
    return s;
}

} // namespace authscope
