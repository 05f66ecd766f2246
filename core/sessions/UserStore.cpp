#include "core/sessions/UserStore.h"

#include "core/audit/AuditLog.h"
#include "core/sessions/SessionRepository.h"
#include "core/sessions/UserRepository.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace authscope {

namespace {

constexpr qsizetype kMinPassword = 8;
constexpr qsizetype kMaxPassword = 1024;
constexpr qsizetype kMaxDisplayName = 128;
constexpr qsizetype kMaxRoles = 32;

QString userTarget(const QString& name)
{
    return QStringLiteral("user:") + name;
}

Result<User> found(const Result<std::optional<UserRepository::Credentials>>& row, const QVariant& key)
{
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(QStringLiteral("users.not-found"), QStringLiteral("There is no user %1.").arg(key.toString()));
    }
    return (*row)->user;
}

// Runs `change` and writes its audit row in one transaction: both or neither.
template <typename Change, typename Details>
Result<void> auditedChange(Database& db, AuditLog& audit, const QString& action, const QString& target, Change&& change,
                           Details&& details)
{
    return db.writeTransaction([&](QSqlDatabase& tx) -> Result<void> {
        if (auto ok = change(tx); !ok) {
            return ok;
        }
        if (auto audited = audit.append(tx, action, target, details()); !audited) {
            return std::unexpected(audited.error());
        }
        return {};
    });
}

} // namespace

UserStore::UserStore(Database& database, AuditLog& audit, const Clock& clock,
                     const crypto::PasswordHasher::Parameters& hashing)
    : m_db(database), m_audit(audit), m_clock(clock), m_hashing(hashing)
{}

Result<void> UserStore::checkUsername(const QString& username)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"));
    if (!valid.match(username).hasMatch()) {
        return fail(QStringLiteral("users.bad-name"),
                    QStringLiteral("'%1' is not a valid user name: use 1 to 64 letters, digits, '.', '_', '@' or "
                                   "'-', starting with a letter or digit.")
                        .arg(username.left(80)));
    }
    return {};
}

Result<void> UserStore::checkPassword(QByteArrayView password)
{
    if (password.size() < kMinPassword) {
        return fail(QStringLiteral("users.weak-password"),
                    QStringLiteral("A password needs at least %1 characters.").arg(kMinPassword));
    }
    if (password.size() > kMaxPassword) {
        return fail(QStringLiteral("users.bad-password"),
                    QStringLiteral("A password may have at most %1 bytes.").arg(kMaxPassword));
    }
    return {};
}

Result<QStringList> UserStore::normaliseRoles(const QStringList& roles)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_.:-]{0,63}$"));
    QStringList out;
    for (const QString& raw : roles) {
        const QString role = raw.trimmed().toLower();
        if (role.isEmpty()) {
            continue;
        }
        if (!valid.match(role).hasMatch()) {
            return fail(QStringLiteral("users.bad-role"),
                        QStringLiteral("'%1' is not a valid role: use lower-case letters, digits, '_', '.', ':' or "
                                       "'-', starting with a letter.")
                            .arg(raw.left(80)));
        }
        if (!out.contains(role)) {
            out << role;
        }
    }
    if (out.size() > kMaxRoles) {
        return fail(QStringLiteral("users.bad-role"),
                    QStringLiteral("A user can have at most %1 roles.").arg(kMaxRoles));
    }
    out.sort();
    return out;
}

Result<User> UserStore::find(const QString& username)
{
    return found(UserRepository(m_db).findByName(username), username);
}

Result<User> UserStore::find(qint64 id)
{
    return found(UserRepository(m_db).findById(id), id);
}

Result<User> UserStore::add(const NewUser& spec)
{
    const QString name = spec.username.trimmed();
    if (auto ok = checkUsername(name); !ok) {
        return std::unexpected(ok.error());
    }
    auto roles = normaliseRoles(spec.roles);
    if (!roles) {
        return std::unexpected(roles.error());
    }
    const QString display = spec.displayName.simplified().left(kMaxDisplayName);
    QString hash;
    if (!spec.password.isEmpty()) {
        if (auto ok = checkPassword(spec.password); !ok) {
            return std::unexpected(ok.error());
        }
        auto h = crypto::PasswordHasher::hash(spec.password, m_hashing);
        if (!h) {
            return std::unexpected(h.error());
        }
        hash = *h;
    }
    const qint64 now = m_clock.nowMs();
    auto done = auditedChange(
        m_db, m_audit, QStringLiteral("user.add"), userTarget(name),
        [&](QSqlDatabase& db) -> Result<void> {
            auto taken = UserRepository::exists(db, name);
            if (!taken) {
                return std::unexpected(taken.error());
            }
            if (*taken) {
                return fail(QStringLiteral("users.exists"),
                            QStringLiteral("A user named %1 already exists.").arg(name));
            }
            return UserRepository::insert(db, name, display.isEmpty() ? name : display, hash, roles->join(u' '), now);
        },
        [&] {
            return QJsonObject{{QStringLiteral("roles"), QJsonArray::fromStringList(*roles)},
                               {QStringLiteral("password"), !hash.isEmpty()}};
        });
    if (!done) {
        return std::unexpected(done.error());
    }
    return find(name);
}

Result<QList<User>> UserStore::list(const QString& prefix, int limit)
{
    return UserRepository(m_db).list(prefix, limit, m_clock.nowMs());
}

Result<User> UserStore::setDisabled(const QString& username, bool disabled, const QString& reason)
{
    auto user = find(username);
    if (!user) {
        return std::unexpected(user.error());
    }
    const qint64 now = m_clock.nowMs();
    const QString why = reason.simplified().isEmpty() ? QStringLiteral("account disabled") : reason.simplified();
    SessionRepository::RevokeOutcome outcome;
    auto done = auditedChange(
        m_db, m_audit, disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
        userTarget(user->username),
        [&](QSqlDatabase& db) -> Result<void> {
            if (auto ok = UserRepository::setDisabled(db, user->id, disabled, now); !ok || !disabled) {
                return ok;
            }
            auto r = SessionRepository::revokeUser(db, user->id, now, m_audit.actor(), why);
            if (!r) {
                return std::unexpected(r.error());
            }
            outcome = *r;
            return {};
        },
        [&] {
            if (!disabled) {
                return QJsonObject{};
            }
            return QJsonObject{{QStringLiteral("reason"), why},
                               {QStringLiteral("sessions_revoked"), outcome.sessions},
                               {QStringLiteral("tokens_revoked"), outcome.tokens}};
        });
    if (!done) {
        return std::unexpected(done.error());
    }
    return find(user->id);
}

Result<void> UserStore::setPassword(const QString& username, QByteArrayView password,
                                    std::optional<qint64> keepSessionId)
{
    if (auto ok = checkPassword(password); !ok) {
        return ok;
    }
    auto user = find(username);
    if (!user) {
        return std::unexpected(user.error());
    }
    auto hash = crypto::PasswordHasher::hash(password, m_hashing);
    if (!hash) {
        return std::unexpected(hash.error());
    }
    const qint64 now = m_clock.nowMs();
    const QString why = QStringLiteral("password changed");
    SessionRepository::RevokeOutcome outcome;
    qint64 refreshTokens = 0;
    // A-SAME-TX: the hash, the ended credentials and the audit row commit together or not at all.
    return auditedChange(
        m_db, m_audit, QStringLiteral("user.password"), userTarget(user->username),
        [&](QSqlDatabase& db) -> Result<void> {
            if (auto ok = UserRepository::setPasswordHash(db, user->id, *hash, now); !ok) {
                return ok;
            }
            auto ended = SessionRepository::revokeUser(db, user->id, now, m_audit.actor(), why, keepSessionId);
            if (!ended) {
                return std::unexpected(ended.error());
            }
            outcome = *ended;
            auto refresh = SessionRepository::revokeRefreshTokens(db, user->id, now, why, keepSessionId);
            if (!refresh) {
                return std::unexpected(refresh.error());
            }
            refreshTokens = *refresh;
            return {};
        },
        [&] {
            QJsonObject details{{QStringLiteral("sessions_revoked"), outcome.sessions},
                                {QStringLiteral("tokens_revoked"), outcome.tokens},
                                {QStringLiteral("refresh_tokens_revoked"), refreshTokens}};
            if (keepSessionId) {
                details.insert(QStringLiteral("kept_session"), *keepSessionId);
            }
            return details;
        });
}

Result<User> UserStore::setRoles(const QString& username, const QStringList& roles)
{
    auto normalised = normaliseRoles(roles);
    if (!normalised) {
        return std::unexpected(normalised.error());
    }
    auto user = find(username);
    if (!user) {
        return std::unexpected(user.error());
    }
    auto done = auditedChange(
        m_db, m_audit, QStringLiteral("user.roles"), userTarget(user->username),
        [&](QSqlDatabase& db) {
            return UserRepository::setRoles(db, user->id, normalised->join(u' '), m_clock.nowMs());
        },
        [&] {
            return QJsonObject{{QStringLiteral("before"), QJsonArray::fromStringList(user->roles)},
                               {QStringLiteral("after"), QJsonArray::fromStringList(*normalised)}};
        });
    if (!done) {
        return std::unexpected(done.error());
    }
    return find(user->id);
}

Result<User> UserStore::authenticate(const QString& username, QByteArrayView password, bool auditFailure)
{
    const QString name = username.trimmed().left(64);
    QString stored;
    std::optional<User> user;
    {
        auto row = UserRepository(m_db).findByName(name);
        if (!row) {
            return std::unexpected(row.error());
        }
        if (*row) {
            user = (*row)->user;
            stored = (*row)->passwordHash;
        }
    }
    // A stand-in hash with the same parameters, so an unknown name costs as much as a wrong password.
    if (m_decoyHash.isEmpty()) {
        auto h = crypto::PasswordHasher::hash(QByteArrayView("authscope-decoy-password"), m_hashing);
        if (h) {
            m_decoyHash = *h;
        }
    }
    auto verified = crypto::PasswordHasher::verify(password, stored.isEmpty() ? m_decoyHash : stored);
    const bool match = verified && *verified && user && !stored.isEmpty();
    if (!match || user->disabled) {
        const bool disabled = match;
        // A refused login changes nothing, so its row stands alone. The refusal holds whether or not the row could
        // be written (a broken audit log must not let a guess through or tell which names exist), so a failure
        // to write it is only logged.
        if (!auditFailure) {
            // The caller records the refusal (A-FLOOD).
        } else if (auto audited = m_audit.append(
                       QStringLiteral("user.login-failed"), userTarget(disabled ? user->username : name),
                       QJsonObject{{QStringLiteral("reason"),
                                    disabled ? QStringLiteral("disabled") : QStringLiteral("bad credentials")}});
                   !audited) {
            qWarning("authscope: a failed login was not audited: %s", qPrintable(audited.error().message));
        }
        if (!disabled) {
            return fail(QStringLiteral("users.bad-credentials"), QStringLiteral("Wrong user name or password."));
        }
        return fail(QStringLiteral("users.disabled"),
                    QStringLiteral("The account %1 is disabled.").arg(user->username));
    }
    if (crypto::PasswordHasher::needsRehash(stored, m_hashing)) {
        // Stronger parameters since this hash was made: upgrade it now that we have the password. The login
        // stands on the old hash if the upgrade cannot be written; the next login tries again.
        if (auto h = crypto::PasswordHasher::hash(password, m_hashing); h) {
            auto upgraded = m_db.writeTransaction(
                [&](QSqlDatabase& db) { return UserRepository::upgradePasswordHash(db, user->id, *h); });
            if (!upgraded) {
                qWarning("authscope: could not upgrade a password hash: %s", qPrintable(upgraded.error().message));
            }
        }
    }
    return *user;
}

} // namespace authscope
