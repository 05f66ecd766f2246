#include "core/sessions/UserStore.h"

#include "core/audit/AuditLog.h"
#include "core/sessions/SessionRevoker.h"
#include "core/storage/SqlText.h"
#include "core/storage/Database.h"
#include "core/storage/SqlError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

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

User userFrom(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.hasPassword = !q.value(3).toString().isEmpty();
    u.roles = q.value(4).toString().split(u' ', Qt::SkipEmptyParts);
    u.disabled = q.value(5).toInt() != 0;
    u.createdMs = q.value(6).toLongLong();
    u.updatedMs = q.value(7).toLongLong();
    u.tokensNotBeforeMs = q.value(8).toLongLong();
    return u;
}

const QString kColumns = QStringLiteral(
    "id, username, display_name, password_hash, roles, disabled, created_ms, updated_ms, tokens_not_before_ms");

void auditOrWarn(AuditLog& audit, const QString& action, const QString& target, const QJsonObject& details)
{
    if (auto ok = audit.append(action, target, details); !ok) {
        qWarning("authscope: audit row %s for %s failed: %s", qPrintable(action), qPrintable(target),
                 qPrintable(ok.error().message));
    }
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

Result<User> UserStore::load(const QString& where, const QVariant& key)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (auto ok =
            execSql(q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE ") + where, {key});
        !ok) {
        return std::unexpected(ok.error());
    }
    if (!q.next()) {
        return fail(QStringLiteral("users.not-found"), QStringLiteral("There is no user %1.").arg(key.toString()));
    }
    return userFrom(q);
}

Result<User> UserStore::find(const QString& username)
{
    return load(QStringLiteral("username = ?"), username);
}

Result<User> UserStore::find(qint64 id)
{
    return load(QStringLiteral("id = ?"), id);
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
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        if (auto ok = execSql(q, QStringLiteral("SELECT 1 FROM users WHERE username = ?"), {name}); !ok) {
            return ok;
        }
        if (q.next()) {
            return fail(QStringLiteral("users.exists"), QStringLiteral("A user named %1 already exists.").arg(name));
        }
        return execSql(q,
                       QStringLiteral("INSERT INTO users(username, display_name, password_hash, roles, disabled, "
                                      "created_ms, updated_ms) VALUES(?, ?, ?, ?, 0, ?, ?)"),
                       {name, display.isEmpty() ? name : display, sqlText(hash), sqlText(roles->join(u' ')), now, now});
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    auditOrWarn(m_audit, QStringLiteral("user.add"), userTarget(name),
                QJsonObject{{QStringLiteral("roles"), QJsonArray::fromStringList(*roles)},
                            {QStringLiteral("password"), !hash.isEmpty()}});
    return find(name);
}

Result<QList<User>> UserStore::list(const QString& prefix, int limit)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString escaped = prefix;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    // Prefixed column names: "u.id" etc., plus a count of each user's live sessions through sessions_user.
    QString columns = kColumns;
    columns.replace(QStringLiteral(", "), QStringLiteral(", u."));
    if (auto ok = execSql(q,
                          QStringLiteral("SELECT u.") + columns +
                              QStringLiteral(", (SELECT count(*) FROM sessions s WHERE s.user_id = u.id AND "
                                             "s.revoked_ms IS NULL AND s.expires_ms > ?) FROM users u WHERE "
                                             "u.username LIKE ? ESCAPE '\\' ORDER BY u.username LIMIT ?"),
                          {m_clock.nowMs(), QString(escaped + u'%'), limit < 0 ? -1 : limit});
        !ok) {
        return std::unexpected(ok.error());
    }
    QList<User> users;
    while (q.next()) {
        User u = userFrom(q);
        u.activeSessions = q.value(9).toLongLong();
        users << u;
    }
    return users;
}

Result<User> UserStore::setDisabled(const QString& username, bool disabled, const QString& reason)
{
    auto user = find(username);
    if (!user) {
        return std::unexpected(user.error());
    }
    const qint64 now = m_clock.nowMs();
    const QString why = reason.simplified().isEmpty() ? QStringLiteral("account disabled") : reason.simplified();
    SessionRevoker::Outcome outcome;
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        if (auto ok = execSql(q, QStringLiteral("UPDATE users SET disabled = ?, updated_ms = ? WHERE id = ?"),
                              {disabled ? 1 : 0, now, user->id});
            !ok) {
            return ok;
        }
        if (!disabled) {
            return {};
        }
        auto r = SessionRevoker::revokeUser(db, user->id, now, m_audit.actor(), why);
        if (!r) {
            return std::unexpected(r.error());
        }
        outcome = *r;
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    if (disabled) {
        auditOrWarn(m_audit, QStringLiteral("user.disable"), userTarget(user->username),
                    QJsonObject{{QStringLiteral("reason"), why},
                                {QStringLiteral("sessions_revoked"), outcome.sessions},
                                {QStringLiteral("tokens_revoked"), outcome.tokens}});
    } else {
        auditOrWarn(m_audit, QStringLiteral("user.enable"), userTarget(user->username), {});
    }
    return find(user->id);
}

Result<void> UserStore::setPassword(const QString& username, QByteArrayView password)
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
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        return execSql(q, QStringLiteral("UPDATE users SET password_hash = ?, updated_ms = ? WHERE id = ?"),
                       {*hash, now, user->id});
    });
    if (!done) {
        return done;
    }
    auditOrWarn(m_audit, QStringLiteral("user.password"), userTarget(user->username), {});
    return {};
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
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        QSqlQuery q(db);
        return execSql(q, QStringLiteral("UPDATE users SET roles = ?, updated_ms = ? WHERE id = ?"),
                       {sqlText(normalised->join(u' ')), m_clock.nowMs(), user->id});
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    auditOrWarn(m_audit, QStringLiteral("user.roles"), userTarget(user->username),
                QJsonObject{{QStringLiteral("before"), QJsonArray::fromStringList(user->roles)},
                            {QStringLiteral("after"), QJsonArray::fromStringList(*normalised)}});
    return find(user->id);
}

Result<User> UserStore::authenticate(const QString& username, QByteArrayView password)
{
    const QString name = username.trimmed().left(64);
    QString stored;
    std::optional<User> user;
    {
        QSqlDatabase db = m_db.connection();
        QSqlQuery q(db);
        if (auto ok = execSql(
                q, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE username = ?"), {name});
            !ok) {
            return std::unexpected(ok.error());
        }
        if (q.next()) {
            user = userFrom(q);
            stored = q.value(3).toString();
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
    if (!match) {
        auditOrWarn(m_audit, QStringLiteral("user.login-failed"), userTarget(name),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("bad credentials")}});
        return fail(QStringLiteral("users.bad-credentials"), QStringLiteral("Wrong user name or password."));
    }
    if (user->disabled) {
        auditOrWarn(m_audit, QStringLiteral("user.login-failed"), userTarget(user->username),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("disabled")}});
        return fail(QStringLiteral("users.disabled"),
                    QStringLiteral("The account %1 is disabled.").arg(user->username));
    }
    if (crypto::PasswordHasher::needsRehash(stored, m_hashing)) {
        // Stronger parameters since this hash was made: upgrade it now that we have the password.
        if (auto h = crypto::PasswordHasher::hash(password, m_hashing); h) {
            m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
                QSqlQuery q(db);
                return execSql(q, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {*h, user->id});
            });
        }
    }
    return *user;
}

} // namespace authscope
