#include "core/logout/BackchannelNotifier.h"

#include "core/logout/BackchannelTrace.h"
#include "core/storage/ChangeDetector.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace authscope::logout {

namespace {

constexpr qsizetype kAnnouncedCapacity = 100'000;

bool isRetryable(int status)
{
    // B-RETRY: no answer, a redirect (never followed: the token goes to the registered URI only), a server error,
    // 408 and 429 are worth another attempt; any other 4xx is the RP refusing the token itself.
    return status == 0 || (status >= 300 && status < 400) || status >= 500 || status == 408 || status == 429;
}

} // namespace

BackchannelNotifier::BackchannelNotifier(Database& database, const KeyStore* keys, BackchannelSettings settings,
                                         std::shared_ptr<BackchannelTrace> trace, QObject* parent)
    : QObject(parent), m_db(database), m_keys(keys), m_settings(std::move(settings)), m_trace(std::move(trace)),
      m_repository(database)
{}

BackchannelNotifier::~BackchannelNotifier() = default;

Result<void> BackchannelNotifier::start()
{
    auto detector = m_db.openChangeDetector();
    if (!detector) {
        return std::unexpected(detector.error());
    }
    m_changes = std::move(*detector);
    // B-FEED: start at the newest feed row; sessions that ended earlier belong to an earlier run.
    auto seq = m_repository.latestSeq();
    if (!seq) {
        return std::unexpected(seq.error());
    }
    m_seq = *seq;
    if (auto changed = m_changes->poll(); changed) {
        m_changes->accept();
    }
    m_net = new QNetworkAccessManager(this);
    m_net->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_net->setProxy(QNetworkProxy::NoProxy); // B-TOKEN: straight to the registered URI, never through a proxy
    m_timer = new QTimer(this);
    m_timer->setInterval(m_settings.pollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &BackchannelNotifier::pollNow);
    m_timer->start();
    return {};
}

void BackchannelNotifier::pollNow()
{
    if (!m_changes) {
        return;
    }
    auto changed = m_changes->poll();
    if (!changed || !*changed) {
        return; // an error is retried on the next tick
    }
    constexpr int kRows = 200;
    for (;;) {
        auto batch = m_repository.endedAfter(m_seq, kRows);
        if (!batch) {
            qWarning("authscope: back-channel logout: cannot read the session change feed: %s",
                     qPrintable(batch.error().message));
            return; // not accepted: the next poll tries again from the same row
        }
        const bool more = batch->rows >= kRows;
        m_seq = batch->lastSeq;
        for (const EndedSession& session : std::as_const(batch->sessions)) {
            announce(session);
        }
        if (!more) {
            break;
        }
    }
    m_changes->accept();
}

void BackchannelNotifier::announce(const EndedSession& session)
{
    if (m_announced.contains(session.sessionId)) {
        return;
    }
    m_announced.insert(session.sessionId);
    m_announcedOrder.push_back(session.sessionId);
    while (static_cast<qsizetype>(m_announcedOrder.size()) > kAnnouncedCapacity) {
        m_announced.remove(m_announcedOrder.front());
        m_announcedOrder.pop_front();
    }
    for (const QString& uri : std::as_const(m_settings.uris)) {
        Delivery delivery;
        delivery.uri = uri;
        delivery.session = session;
        if (m_pending >= m_settings.maxPending) {
            record(delivery, 0, QStringLiteral("too many deliveries pending; this one was dropped"),
                   BackchannelDelivery::Outcome::Failed);
            continue;
        }
        LogoutToken::Claims spec;
        spec.issuer = m_settings.issuer;
        spec.audience = m_settings.audience;
        spec.sid = QString::number(session.sessionId); // the sid the server's JWTs carry
        spec.sub = session.username;
        spec.iatSecs = QDateTime::currentSecsSinceEpoch();
        spec.lifetimeSecs = m_settings.tokenLifetimeSecs;
        auto claims = LogoutToken::claims(spec);
        if (!claims) {
            record(delivery, 0, claims.error().message, BackchannelDelivery::Outcome::Failed);
            continue;
        }
        delivery.jti = claims->value(QStringLiteral("jti")).toString();
        if (m_keys == nullptr) {
            record(delivery, 0, QStringLiteral("the server has no key store to sign logout tokens with"),
                   BackchannelDelivery::Outcome::Failed);
            continue;
        }
        auto token = LogoutToken::sign(*m_keys, *claims);
        if (!token) {
            record(delivery, 0, QStringLiteral("cannot sign the logout token: ") + token.error().message,
                   BackchannelDelivery::Outcome::Failed);
            continue;
        }
        delivery.token = *token;
        ++m_pending;
        send(delivery);
    }
}

void BackchannelNotifier::send(const Delivery& delivery)
{
    QNetworkRequest request{QUrl(delivery.uri)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(m_settings.timeoutMs);
    // B-TOKEN: form-encoded, as Back-Channel Logout 1.0 §2.5 says.
    const QByteArray body = "logout_token=" + QUrl::toPercentEncoding(QString::fromLatin1(delivery.token));
    QNetworkReply* reply = m_net->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString error =
            reply->error() == QNetworkReply::NoError || status != 0 ? QString() : reply->errorString();
        reply->deleteLater();
        finished(delivery, status, error);
    });
}

void BackchannelNotifier::finished(const Delivery& delivery, int status, const QString& error)
{
    using Outcome = BackchannelDelivery::Outcome;
    if (status >= 200 && status < 300) {
        record(delivery, status, {}, Outcome::Delivered);
        --m_pending;
        return;
    }
    const QString reason = !error.isEmpty() ? error : QStringLiteral("HTTP %1").arg(status);
    if (!isRetryable(status)) {
        record(delivery, status, reason, Outcome::Refused);
        --m_pending;
        return;
    }
    if (delivery.attempt >= m_settings.maxAttempts) {
        record(delivery, status, reason + QStringLiteral(" (no attempt left)"), Outcome::Failed);
        --m_pending;
        return;
    }
    record(delivery, status, reason, Outcome::Retrying);
    Delivery next = delivery;
    next.attempt = delivery.attempt + 1;
    const qint64 wait = qint64(m_settings.retryBaseMs) << std::min(delivery.attempt - 1, 16);
    QTimer::singleShot(std::chrono::milliseconds(wait), this, [this, next] { send(next); });
}

void BackchannelNotifier::record(const Delivery& delivery, int status, const QString& reason,
                                 BackchannelDelivery::Outcome outcome)
{
    BackchannelDelivery entry;
    entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    entry.rpUri = delivery.uri;
    entry.sid = QString::number(delivery.session.sessionId);
    entry.sub = delivery.session.username;
    entry.jti = delivery.jti;
    entry.cause = delivery.session.reason;
    entry.attempt = delivery.attempt;
    entry.status = status;
    entry.reason = reason;
    entry.outcome = outcome;
    if (m_trace) {
        m_trace->record(entry);
    }
}

} // namespace authscope::logout
