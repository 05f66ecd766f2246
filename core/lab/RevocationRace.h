#pragma once

#include "core/common/Error.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace authscope {

class TestServer;

namespace lab {
class LabScratch;
}

// The revocation race: one client logs in with a session cookie, another with a JWT; both call /api/me every
// `intervalMs`; the administrator revokes both sessions at once; the results show the cookie refused on its
// very next request while the JWT (without the deny-list) is accepted until it expires. Real HTTP against a test
// server of its own on a scratch database (LabScratch: a temporary folder, its own keys and user), so the race
// never writes a user, a session or an audit row into the database the console has open. The revocation goes
// through the session store, as the console's does. Once both clients are refused the race stops by itself and
// the scratch world is thrown away.
class RevocationRace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevocationRace)

public:
    enum class Client
    {
        Cookie,
        Jwt
    };

    struct Sample
    {
        Client client = Client::Cookie;
        qint64 atMs = 0; // since the race started
        int status = 0;  // HTTP status, 0 when the request failed
        qint64 latencyMicros = 0;
    };

    struct Summary
    {
        std::optional<qint64> revokedAtMs;
        // After the revocation: how many requests each client still got through, and for how long.
        int cookieAcceptedAfter = 0;
        int jwtAcceptedAfter = 0;
        qint64 cookieWindowMs = 0; // from revocation to the first refusal (0: the very next request failed)
        qint64 jwtWindowMs = -1;   // -1: still accepted at the end
    };

    explicit RevocationRace(QObject* parent = nullptr);
    ~RevocationRace() override;

    // Makes the scratch world, starts its server (with the JWT deny-list on or off), logs both clients in and
    // starts polling.
    Result<void> start(bool denyList, int intervalMs = 200);
    // Stops polling and throws the scratch world away (the samples stay).
    void stop();
    // The one deny-list switch: the race's own server checks each JWT against the revoked sessions, or not.
    void setDenyListEnabled(bool enabled);
    [[nodiscard]] bool denyListEnabled() const { return m_denyList; }
    // The scratch database's file while the race runs (empty otherwise), for the curious and for tests.
    [[nodiscard]] QString scratchDatabasePath() const;
    // Revokes both sessions through the session store.
    Result<void> revokeBoth(const QString& reason = QStringLiteral("revocation race"));

    [[nodiscard]] bool isRunning() const { return m_poll.isActive(); }
    [[nodiscard]] const QList<Sample>& samples() const { return m_samples; }
    [[nodiscard]] Summary summary() const;
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    [[nodiscard]] qint64 jwtExpiresInSecs() const { return m_jwtExpiresIn; }

    static inline const QString RaceUser = QStringLiteral("race-demo");

Q_SIGNALS:
    void sampleAdded(const authscope::RevocationRace::Sample& sample);
    void revoked(qint64 atMs);
    void failed(const QString& message);
    // The race ended: both clients were refused after the revocation (`bothRefused`), or it was stopped.
    void finished(bool bothRefused);

private:
    void poll();
    void send(Client client);
    void stopWhenBothRefused();
    Result<QByteArray> loginRequest(const QString& mode, QByteArray* setCookie);
    Result<void> logInBoth();

    std::unique_ptr<lab::LabScratch> m_scratch;
    std::unique_ptr<TestServer> m_server;
    bool m_denyList = false;
    QNetworkAccessManager m_net;
    QTimer m_poll;
    QElapsedTimer m_clock;
    QString m_baseUrl;
    QByteArray m_cookie;
    QByteArray m_jwt;
    qint64 m_cookieSession = 0;
    qint64 m_jwtSession = 0;
    qint64 m_jwtExpiresIn = 0;
    std::optional<qint64> m_revokedAt;
    QList<Sample> m_samples;
    bool m_inFlight[2] = {false, false};
    int m_run = 0;
};

} // namespace authscope

Q_DECLARE_METATYPE(authscope::RevocationRace::Sample)
