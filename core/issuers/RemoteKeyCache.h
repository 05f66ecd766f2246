#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/issuers/Issuer.h"
#include "core/issuers/RemoteKeySet.h"

#include <memory>

namespace authscope::issuers {

class HttpFetcher;
class IssuerRepository;

// An issuer's key set as the verifier sees it (R-JWKS-CACHE): the set stored with the issuer is reused until the
// provider's Cache-Control max-age (10 minutes when it gives none) runs out, then fetched again. A failed fetch keeps
// the last good set and says how stale it is; nothing from a failed fetch is stored. An unknown kid refetches at most
// once per cooldown (30 s) counted from the last fetch of any kind, which the database records so that separate CLI
// runs share it (R-KID-COOLDOWN). Offline never fetches. The set is parsed once per fetch, not per token: current()
// on a fresh set is one clock read.
class RemoteKeyCache final
{
public:
    struct Options
    {
        bool offline = false;
        qint64 cooldownSecs = 30;
    };
    static constexpr qint64 MaxAgeCapSecs = 24 * 3600;

    // `repository` may be null: a bare JWKS URL (verify --jwks-url) is cached only for this object's life.
    RemoteKeyCache(IssuerRepository* repository, HttpFetcher& fetcher, Issuer issuer, Options options,
                   const Clock& clock = Clock::system());

    [[nodiscard]] Result<std::shared_ptr<const RemoteKeySet>> current();
    // After a kid the current set does not hold: a refetch when the cooldown allows, else issuers.kid-cooldown.
    [[nodiscard]] Result<std::shared_ptr<const RemoteKeySet>> afterKidMiss(const QString& kid);

    [[nodiscard]] const Issuer& issuer() const { return m_issuer; }
    // Why the set in use is not fresh ("offline: fetched 12 min ago ..."), or empty.
    [[nodiscard]] const QString& note() const { return m_note; }
    [[nodiscard]] int fetchCount() const { return m_fetches; }

private:
    [[nodiscard]] Result<std::shared_ptr<const RemoteKeySet>> fetch();
    void adopt(std::shared_ptr<const RemoteKeySet> set);
    [[nodiscard]] QString ageText(qint64 nowMs) const;

    IssuerRepository* m_repository;
    HttpFetcher& m_fetcher;
    Issuer m_issuer;
    Options m_options;
    const Clock& m_clock;
    std::shared_ptr<const RemoteKeySet> m_set;
    qint64 m_freshUntilMs = 0;
    QString m_note;
    int m_fetches = 0;
};

} // namespace authscope::issuers
