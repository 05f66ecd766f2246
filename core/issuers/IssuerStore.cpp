#include "core/issuers/IssuerStore.h"

#include "core/audit/AuditLog.h"
#include "core/issuers/Discovery.h"
#include "core/issuers/HttpFetcher.h"
#include "core/issuers/RemoteKeySet.h"
#include "core/keys/KeyVault.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace authscope::issuers {

namespace {

struct FetchedKeys
{
    QByteArray body;
    qint64 maxAgeSecs = Issuer::DefaultJwksMaxAgeSecs;
};

// An issuer change's audit row, written in its transaction (A-SAME-TX): its id is not needed, a failure rolls back.
Result<void> audited(const Result<qint64>& row)
{
    if (!row) {
        return std::unexpected(row.error());
    }
    return {};
}

// The JWKS named by a freshly discovered document, checked to parse before anything is stored.
Result<FetchedKeys> fetchKeys(HttpFetcher& fetcher, const Issuer& issuer)
{
    const QString uri = issuer.jwksUri();
    if (uri.isEmpty()) {
        return fail(QStringLiteral("issuers.jwks"), QStringLiteral("%1 publishes no jwks_uri").arg(issuer.url));
    }
    auto answer = fetcher.get(QUrl(uri));
    if (!answer) {
        return std::unexpected(answer.error());
    }
    if (auto set = RemoteKeySet::parse(answer->body); !set) {
        return fail(QStringLiteral("issuers.jwks"), QStringLiteral("GET %1: %2").arg(uri, set.error().message));
    }
    return FetchedKeys{
        answer->body,
        std::min(HttpFetcher::maxAge(answer->cacheControl).value_or(Issuer::DefaultJwksMaxAgeSecs), qint64(24 * 3600))};
}

} // namespace

IssuerStore::IssuerStore(Database& database, AuditLog& audit, const Clock& clock)
    : m_repository(database), m_audit(audit), m_clock(clock)
{}

bool IssuerStore::validName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QByteArray IssuerStore::secretAad(const Issuer& issuer)
{
    return QByteArrayLiteral("authscope/issuer-client-secret/v1;") + issuer.url.toUtf8();
}

Result<QList<Issuer>> IssuerStore::list() const
{
    return m_repository.list();
}

Result<std::optional<Issuer>> IssuerStore::findByUrl(const QString& url) const
{
    return m_repository.findByUrl(url);
}

Result<Issuer> IssuerStore::find(const QString& nameOrUrl) const
{
    auto byName = m_repository.findByName(nameOrUrl);
    if (!byName) {
        return std::unexpected(byName.error());
    }
    if (*byName) {
        return **byName;
    }
    auto byUrl = m_repository.findByUrl(nameOrUrl);
    if (!byUrl) {
        return std::unexpected(byUrl.error());
    }
    if (*byUrl) {
        return **byUrl;
    }
    return fail(QStringLiteral("issuers.unknown"), QStringLiteral("no saved issuer is named '%1'").arg(nameOrUrl));
}

Result<Issuer> IssuerStore::add(const NewIssuer& request, HttpFetcher& fetcher, KeyVault* vault)
{
    if (!validName(request.name)) {
        return fail(
            QStringLiteral("issuers.name"),
            QStringLiteral("an issuer name is 1-64 letters, digits, '.', '_' or '-' (got '%1')").arg(request.name));
    }
    if (auto existing = m_repository.findByName(request.name); !existing) {
        return std::unexpected(existing.error());
    } else if (*existing) {
        return fail(QStringLiteral("issuers.exists"), QStringLiteral("an issuer named '%1' exists").arg(request.name));
    }
    auto document = Discovery::discover(fetcher, request.url, request.allowHttp);
    if (!document) {
        return std::unexpected(document.error());
    }
    Issuer issuer;
    issuer.name = request.name;
    issuer.url = request.url;
    issuer.clientId = request.clientId;
    issuer.allowHttp = request.allowHttp;
    issuer.discoveryUrl = document->url;
    issuer.discovery = document->json;
    issuer.createdMs = issuer.discoveredMs = m_clock.nowMs();
    auto keys = fetchKeys(fetcher, issuer);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    if (!request.clientSecret.isEmpty()) {
        if (vault == nullptr) {
            return fail(QStringLiteral("keys.locked"), QStringLiteral("the key vault is needed to store a secret"));
        }
        auto sealed = vault->seal(request.clientSecret, secretAad(issuer));
        if (!sealed) {
            return std::unexpected(sealed.error());
        }
        issuer.sealedClientSecret = *sealed;
    }
    auto written = m_repository.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        auto id = IssuerRepository::insert(db, issuer);
        if (!id) {
            return std::unexpected(id.error());
        }
        issuer.id = *id;
        if (auto saved = IssuerRepository::saveJwks(db, issuer.id, keys->body, issuer.createdMs, keys->maxAgeSecs);
            !saved) {
            return saved;
        }
        return audited(
            m_audit.append(db, QStringLiteral("issuer.add"), issuer.name,
                           QJsonObject{{QStringLiteral("url"), issuer.url},
                                       {QStringLiteral("client_id"), issuer.clientId},
                                       {QStringLiteral("client_secret"), !issuer.sealedClientSecret.isEmpty()},
                                       {QStringLiteral("allow_http"), issuer.allowHttp}}));
    });
    if (!written) {
        return std::unexpected(written.error());
    }
    return find(issuer.name);
}

Result<Issuer> IssuerStore::refresh(const QString& name, HttpFetcher& fetcher)
{
    auto issuer = find(name);
    if (!issuer) {
        return issuer;
    }
    auto document = Discovery::discover(fetcher, issuer->url, issuer->allowHttp);
    if (!document) {
        return std::unexpected(document.error());
    }
    Issuer updated = *issuer;
    updated.discoveryUrl = document->url;
    updated.discovery = document->json;
    updated.discoveredMs = m_clock.nowMs();
    auto keys = fetchKeys(fetcher, updated);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    auto written = m_repository.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        if (auto ok = IssuerRepository::saveDiscovery(db, updated); !ok) {
            return ok;
        }
        if (auto ok = IssuerRepository::saveJwks(db, updated.id, keys->body, updated.discoveredMs, keys->maxAgeSecs);
            !ok) {
            return ok;
        }
        return audited(m_audit.append(db, QStringLiteral("issuer.refresh"), updated.name,
                                      QJsonObject{{QStringLiteral("url"), updated.url}}));
    });
    if (!written) {
        return std::unexpected(written.error());
    }
    return find(updated.name);
}

Result<void> IssuerStore::remove(const QString& name)
{
    auto issuer = m_repository.findByName(name);
    if (!issuer) {
        return std::unexpected(issuer.error());
    }
    if (!*issuer) {
        return fail(QStringLiteral("issuers.unknown"), QStringLiteral("no saved issuer is named '%1'").arg(name));
    }
    return m_repository.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        if (auto removed = IssuerRepository::remove(db, (*issuer)->id); !removed) {
            return std::unexpected(removed.error());
        }
        return audited(m_audit.append(db, QStringLiteral("issuer.remove"), name,
                                      QJsonObject{{QStringLiteral("url"), (*issuer)->url}}));
    });
}

Result<Issuer> IssuerStore::setClient(const QString& name, const QString& clientId, SecretChange change,
                                      const QByteArray& secret, KeyVault* vault)
{
    auto issuer = find(name);
    if (!issuer) {
        return issuer;
    }
    Issuer updated = *issuer;
    updated.clientId = clientId;
    if (change == SecretChange::Replace) {
        if (secret.isEmpty()) {
            return fail(QStringLiteral("issuers.secret"), QStringLiteral("the new client secret is empty"));
        }
        if (vault == nullptr) {
            return fail(QStringLiteral("keys.locked"), QStringLiteral("the key vault is needed to store a secret"));
        }
        auto sealed = vault->seal(secret, secretAad(updated));
        if (!sealed) {
            return std::unexpected(sealed.error());
        }
        updated.sealedClientSecret = *sealed;
    } else if (change == SecretChange::Remove) {
        updated.sealedClientSecret.clear();
    }
    const QString secretNote = change == SecretChange::Replace  ? QStringLiteral("replaced")
                               : change == SecretChange::Remove ? QStringLiteral("removed")
                                                                : QStringLiteral("kept");
    auto written = m_repository.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        if (auto ok = IssuerRepository::saveClient(db, updated); !ok) {
            return ok;
        }
        return audited(m_audit.append(db, QStringLiteral("issuer.client"), updated.name,
                                      QJsonObject{{QStringLiteral("url"), updated.url},
                                                  {QStringLiteral("client_id"), updated.clientId},
                                                  {QStringLiteral("client_secret"), secretNote}}));
    });
    if (!written) {
        return std::unexpected(written.error());
    }
    return find(updated.name);
}

Result<QByteArray> IssuerStore::clientSecret(const Issuer& issuer, KeyVault& vault) const
{
    if (issuer.sealedClientSecret.isEmpty()) {
        return QByteArray();
    }
    return vault.open(issuer.sealedClientSecret, secretAad(issuer));
}

} // namespace authscope::issuers
