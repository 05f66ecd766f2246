#pragma once

#include "core/common/Error.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <optional>

namespace authscope {

class AuditLog;
class Database;

// The revocation race: one client logs in with a session cookie, another with a JWT; both call /api/me every
// `intervalMs`; the administrator revokes both sessions at once; the results show the cookie refused on its
// very next request while the JWT (without the deny-list) is accepted until it expires. Real HTTP against a
// running test server; the revocation goes through the session store, as the console's does.
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

    RevocationRace(Database& database, AuditLog& audit, QObject* parent = nullptr);
    ~RevocationRace() override;

    // Logs both clients in (as a dedicated user made for the race) and starts polling.
    Result<void> start(const QString& baseUrl, int intervalMs = 200);
    void stop();
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

private:
    void poll();
    void send(Client client);
    Result<QByteArray> loginRequest(const QString& mode, QByteArray* setCookie);

    Database& m_db;
    AuditLog& m_audit;
    QNetworkAccessManager m_net;
    QTimer m_poll;
    QElapsedTimer m_clock;
    QString m_baseUrl;
    QByteArray m_password;
    QByteArray m_cookie;
    QByteArray m_jwt;
    qint64 m_cookieSession = 0;
    qint64 m_jwtSession = 0;
    qint64 m_jwtExpiresIn = 0;
    std::optional<qint64> m_revokedAt;
    QList<Sample> m_samples;
    bool m_inFlight[2] = {false, false};
};

} // namespace authscope

Q_DECLARE_METATYPE(authscope::RevocationRace::Sample)
