#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/issuers/Issuer.h"
#include "core/issuers/IssuerRepository.h"

#include <QList>

#include <optional>

namespace authscope {
class AuditLog;
class Database;
class KeyVault;
} // namespace authscope

namespace authscope::issuers {

class HttpFetcher;

// The saved issuers and the administrative actions on them, each audited in its own transaction (A-SAME-TX).
// add() discovers the issuer and fetches its keys first and stores nothing unless both succeed; refresh() replaces the
// document and the keys only when both were fetched. The client secret is sealed by the key vault
// (D-KEYS-SEALED, R-CLIENT-SECRET) and never audited.
class IssuerStore final
{
public:
    struct NewIssuer
    {
        QString name;
        QString url;
        QString clientId;
        QByteArray clientSecret; // empty: none
        bool allowHttp = false;
    };

    IssuerStore(Database& database, AuditLog& audit, const Clock& clock = Clock::system());

    [[nodiscard]] Result<QList<Issuer>> list() const;
    // By name, else by URL; issuers.unknown when neither matches.
    [[nodiscard]] Result<Issuer> find(const QString& nameOrUrl) const;
    [[nodiscard]] Result<std::optional<Issuer>> findByUrl(const QString& url) const;

    // `vault` must be unlocked when a client secret is given.
    Result<Issuer> add(const NewIssuer& request, HttpFetcher& fetcher, KeyVault* vault);
    Result<Issuer> refresh(const QString& name, HttpFetcher& fetcher);
    Result<void> remove(const QString& name);

    // How a client change treats the secret: kept as it is, replaced by a new one (sealed by `vault`, which must be
    // unlocked), or removed.
    enum class SecretChange
    {
        Keep,
        Replace,
        Remove
    };
    // Changes how AuthScope is registered with a saved issuer; audited (issuer.client) with what changed, never the
    // secret (R-CLIENT-SECRET).
    Result<Issuer> setClient(const QString& name, const QString& clientId, SecretChange change,
                             const QByteArray& secret = {}, KeyVault* vault = nullptr);
    [[nodiscard]] Result<QByteArray> clientSecret(const Issuer& issuer, KeyVault& vault) const;

    [[nodiscard]] IssuerRepository& repository() { return m_repository; }
    [[nodiscard]] static bool validName(const QString& name);

private:
    [[nodiscard]] static QByteArray secretAad(const Issuer& issuer);

    IssuerRepository m_repository;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace authscope::issuers
