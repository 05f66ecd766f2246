#include "core/services/Services.h"

#include "core/audit/AuditLog.h"
#include "core/audit/AuditSealer.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/server/AuthRoutes.h"
#include "core/sessions/IssuedTokenRegistry.h"
#include "core/sessions/SessionPolicy.h"
#include "core/sessions/SessionStore.h"
#include "core/sessions/UserStore.h"
#include "core/storage/Database.h"

#include <type_traits>

namespace authscope {

namespace {

// The service in `slot`, made on first use by `make` from what `dependency` opens first (the audit log, the vault).
template <typename T, typename Dependency, typename Make>
Result<T*> madeOnce(std::unique_ptr<T>& slot, Dependency&& dependency, Make&& make)
{
    if (!slot) {
        auto opened = dependency();
        if (!opened) {
            return std::unexpected(opened.error());
        }
        auto made = make(**opened);
        if constexpr (std::is_same_v<decltype(made), std::unique_ptr<T>>) {
            slot = std::move(made); // a part that cannot fail to be made (no error path for GCC to warn about)
        } else {
            if (!made) {
                return std::unexpected(made.error());
            }
            slot = std::move(*made);
        }
    }
    return slot.get();
}

// The same for a part the services may have been lent (`used` set by the constructor): made into `own` when not.
template <typename T, typename Dependency, typename Make>
Result<T*> madeOnce(T*& used, std::unique_ptr<T>& own, Dependency&& dependency, Make&& make)
{
    if (used == nullptr) {
        auto made = madeOnce(own, std::forward<Dependency>(dependency), std::forward<Make>(make));
        if (!made) {
            return std::unexpected(made.error());
        }
        used = *made;
    }
    return used;
}

} // namespace

Services::Services(Options options, const Clock& clock) : m_options(std::move(options)), m_clock(clock) {}

Services::Services(Database& database, AuditLog& audit, KeyVault* vault, const Clock& clock)
    : m_clock(clock), m_database(&database), m_audit(&audit), m_vault(vault)
{
    m_options.databasePath = database.path();
}

Services::~Services()
{
    // The stores use the vault, the audit log and the database: they go first.
    m_issuedTokens.reset();
    m_users.reset();
    m_sessions.reset();
    m_keys.reset();
    m_ownVault.reset();
    m_ownAudit.reset();
    m_ownDatabase.reset();
}

QString Services::databasePath() const
{
    return m_options.databasePath.isEmpty() ? Database::defaultPath() : m_options.databasePath;
}

Result<Database*> Services::database()
{
    if (m_database == nullptr) {
        Database::Options options;
        options.password = m_options.databasePassword;
        auto db = Database::open(databasePath(), options);
        if (!db && db.error().code == QStringLiteral("storage.password-needed") && m_options.askDatabasePassword) {
            auto password = m_options.askDatabasePassword(databasePath());
            if (password) {
                options.password = *password;
                db = Database::open(databasePath(), options);
            }
        }
        if (!db) {
            return std::unexpected(db.error());
        }
        m_ownDatabase = std::move(*db);
        m_database = m_ownDatabase.get();
        m_databasePassword = options.password;
    }
    return m_database;
}

Result<AuditLog*> Services::audit()
{
    return madeOnce(
        m_audit, m_ownAudit, [this] { return database(); },
        [this](Database& db) { return std::make_unique<AuditLog>(db, m_clock, m_options.auditActor); });
}

Result<KeyVault*> Services::keyVault()
{
    auto vault = madeOnce(
        m_vault, m_ownVault, [this] { return audit(); },
        [this](AuditLog& log) { return std::make_unique<KeyVault>(*m_database, log, m_clock); });
    if (!vault) {
        return vault;
    }
    if (!m_auditSealer) {
        m_auditSealer = std::make_unique<AuditSealer>(*m_database, *m_audit, *m_vault);
    }
    return m_vault;
}

Result<KeyStore*> Services::keyStore()
{
    return madeOnce(
        m_keys, [this] { return keyVault(); },
        [this](KeyVault& vault) { return std::make_unique<KeyStore>(*m_database, *m_audit, vault, m_clock); });
}

Result<SessionStore*> Services::sessionStore()
{
    return madeOnce(
        m_sessions, [this] { return audit(); },
        [this](AuditLog& log) -> Result<std::unique_ptr<SessionStore>> {
            auto policy = SessionPolicy::load(*m_database);
            if (!policy) {
                return std::unexpected(policy.error());
            }
            return std::make_unique<SessionStore>(*m_database, log, m_clock, *policy);
        });
}

Result<UserStore*> Services::userStore()
{
    return madeOnce(
        m_users, [this] { return audit(); },
        [this](AuditLog& log) {
            return std::make_unique<UserStore>(*m_database, log, m_clock, m_options.passwordHashing);
        });
}

Result<IssuedTokenRegistry*> Services::issuedTokens()
{
    return madeOnce(
        m_issuedTokens, [this] { return audit(); },
        [this](AuditLog& log) { return std::make_unique<IssuedTokenRegistry>(*m_database, log, m_clock); });
}

TestServer::RouteFactory Services::authRoutes(KeyStore* keys)
{
    // The route group is made in the server thread at every start.
    return [keys](const ServerContext& context) {
        std::vector<std::unique_ptr<RouteGroup>> groups;
        groups.push_back(std::make_unique<AuthRoutes>(context, keys));
        return groups;
    };
}

} // namespace authscope
