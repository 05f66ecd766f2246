#include "core/issuers/RemoteKeyCache.h"

#include "core/common/TimeFormat.h"
#include "core/issuers/HttpFetcher.h"
#include "core/issuers/IssuerRepository.h"

namespace authscope::issuers {

RemoteKeyCache::RemoteKeyCache(IssuerRepository* repository, HttpFetcher& fetcher, Issuer issuer, Options options,
                               const Clock& clock)
    : m_repository(repository), m_fetcher(fetcher), m_issuer(std::move(issuer)), m_options(options), m_clock(clock)
{}

void RemoteKeyCache::adopt(std::shared_ptr<const RemoteKeySet> set)
{
    m_set = std::move(set);
    m_freshUntilMs = m_issuer.jwksFetchedMs + m_issuer.jwksMaxAgeSecs * 1000;
}

QString RemoteKeyCache::ageText(qint64 nowMs) const
{
    return QStringLiteral("the key set was fetched %1 ago (max-age %2)")
        .arg(TimeFormat::duration((nowMs - m_issuer.jwksFetchedMs) / 1000),
             TimeFormat::duration(m_issuer.jwksMaxAgeSecs));
}

Result<std::shared_ptr<const RemoteKeySet>> RemoteKeyCache::current()
{
    const qint64 now = m_clock.nowMs();
    if (m_set && now < m_freshUntilMs) {
        return m_set;
    }
    if (!m_set && !m_issuer.jwks.isEmpty()) {
        auto stored = RemoteKeySet::parse(m_issuer.jwks);
        if (stored) {
            adopt(std::make_shared<const RemoteKeySet>(std::move(*stored)));
            if (now < m_freshUntilMs) {
                return m_set;
            }
        }
    }
    if (m_options.offline) {
        if (!m_set) {
            return fail(QStringLiteral("issuers.offline"),
                        QStringLiteral("offline, and no key set of %1 is stored").arg(m_issuer.url));
        }
        m_note = QStringLiteral("offline: ") + ageText(now);
        return m_set;
    }
    // A stale set that was tried within the cooldown (a failed fetch, or max-age 0) is used as it is for now.
    if (m_set && now - m_issuer.jwksTriedMs < m_options.cooldownSecs * 1000) {
        if (!m_issuer.lastError.isEmpty()) {
            m_note = QStringLiteral("stale: ") + ageText(now) + QStringLiteral("; the last refresh failed: ") +
                     m_issuer.lastError;
        }
        return m_set;
    }
    auto fetched = fetch();
    if (fetched || !m_set) {
        return fetched;
    }
    m_note =
        QStringLiteral("stale: ") + ageText(now) + QStringLiteral("; refreshing failed: ") + fetched.error().message;
    return m_set;
}

Result<std::shared_ptr<const RemoteKeySet>> RemoteKeyCache::afterKidMiss(const QString& kid)
{
    if (m_options.offline) {
        return fail(QStringLiteral("issuers.offline"),
                    QStringLiteral("kid '%1' is not in the stored key set, and offline mode never fetches").arg(kid));
    }
    const qint64 now = m_clock.nowMs();
    const qint64 waitMs = m_issuer.jwksTriedMs + m_options.cooldownSecs * 1000 - now;
    if (waitMs > 0) {
        return fail(QStringLiteral("issuers.kid-cooldown"),
                    QStringLiteral("kid '%1' is not in the key set of %2, fetched %3 ago; the next refetch is allowed "
                                   "in %4 (at most one per %5)")
                        .arg(kid, m_issuer.url, TimeFormat::duration((now - m_issuer.jwksTriedMs) / 1000),
                             TimeFormat::duration((waitMs + 999) / 1000),
                             TimeFormat::duration(m_options.cooldownSecs)));
    }
    return fetch();
}

Result<std::shared_ptr<const RemoteKeySet>> RemoteKeyCache::fetch()
{
    const qint64 now = m_clock.nowMs();
    const QUrl url(m_issuer.jwksUri());
    ++m_fetches;
    m_issuer.jwksTriedMs = now;
    auto failed = [&](const Error& e) -> Result<std::shared_ptr<const RemoteKeySet>> {
        m_issuer.lastError = e.message;
        if (m_repository != nullptr && m_issuer.id != 0) {
            (void)m_repository->saveFailure(m_issuer.id, e.message, now); // the fetch error is what the caller needs
        }
        return std::unexpected(e);
    };
    if (m_issuer.jwksUri().isEmpty()) {
        return failed(
            Error{QStringLiteral("issuers.jwks"), QStringLiteral("%1 publishes no jwks_uri").arg(m_issuer.url)});
    }
    auto answer = m_fetcher.get(url);
    if (!answer) {
        return failed(answer.error());
    }
    auto set = RemoteKeySet::parse(answer->body);
    if (!set) {
        return failed(Error{QStringLiteral("issuers.jwks"),
                            QStringLiteral("GET %1: %2").arg(url.toDisplayString(), set.error().message)});
    }
    const qint64 maxAge =
        std::min(HttpFetcher::maxAge(answer->cacheControl).value_or(Issuer::DefaultJwksMaxAgeSecs), MaxAgeCapSecs);
    if (m_repository != nullptr && m_issuer.id != 0) {
        if (auto saved = m_repository->saveJwks(m_issuer.id, answer->body, now, maxAge); !saved) {
            return std::unexpected(saved.error());
        }
    }
    m_issuer.jwks = answer->body;
    m_issuer.jwksFetchedMs = now;
    m_issuer.jwksMaxAgeSecs = maxAge;
    m_issuer.lastError.clear();
    m_note.clear();
    adopt(std::make_shared<const RemoteKeySet>(std::move(*set)));
    return m_set;
}

} // namespace authscope::issuers
