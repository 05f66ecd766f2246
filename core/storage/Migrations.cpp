#include "core/storage/Migrations.h"

#include "core/storage/SqliteFileGuard.h"

namespace authscope {

namespace {

// A new step takes the next version number and goes at the end; released steps are never edited.
QList<Migration> buildMigrations()
{
    QList<Migration> list;

    list.append({1,
                 QStringLiteral("meta and audit log"),
                 {
                     QStringLiteral("CREATE TABLE meta ("
                                    " key TEXT PRIMARY KEY NOT NULL,"
                                    " value TEXT NOT NULL) WITHOUT ROWID"),
                     QStringLiteral("CREATE TABLE audit_log ("
                                    " id INTEGER PRIMARY KEY,"
                                    " ts_ms INTEGER NOT NULL,"
                                    " actor TEXT NOT NULL,"
                                    " action TEXT NOT NULL,"
                                    " target TEXT NOT NULL DEFAULT '',"
                                    " details TEXT NOT NULL DEFAULT '{}',"
                                    " prev_hash TEXT NOT NULL,"
                                    " hash TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX audit_log_action ON audit_log(action, id)"),
                     QStringLiteral("CREATE INDEX audit_log_ts ON audit_log(ts_ms)"),
                 }});

    list.append(
        {2,
         QStringLiteral("users, sessions, issued JWTs and the deny-list"),
         {
             QStringLiteral("CREATE TABLE users ("
                            " id INTEGER PRIMARY KEY,"
                            " username TEXT NOT NULL COLLATE NOCASE,"
                            " display_name TEXT NOT NULL DEFAULT '',"
                            " password_hash TEXT NOT NULL DEFAULT '',"
                            " roles TEXT NOT NULL DEFAULT '',"
                            " disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),"
                            " created_ms INTEGER NOT NULL,"
                            " updated_ms INTEGER NOT NULL,"
                            " tokens_not_before_ms INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE UNIQUE INDEX users_username ON users(username)"),
             QStringLiteral("CREATE TABLE user_agents ("
                            " id INTEGER PRIMARY KEY,"
                            " text TEXT NOT NULL UNIQUE,"
                            " label TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX user_agents_label ON user_agents(label, id)"),
             QStringLiteral("CREATE TABLE sessions ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " id_hash BLOB NOT NULL,"
                            " user_id INTEGER NOT NULL REFERENCES users(id),"
                            " created_ms INTEGER NOT NULL,"
                            " last_seen_ms INTEGER NOT NULL,"
                            " idle_timeout_s INTEGER NOT NULL,"
                            " idle_expires_ms INTEGER NOT NULL,"
                            " absolute_expires_ms INTEGER NOT NULL,"
                            " ip TEXT NOT NULL DEFAULT '',"
                            " ip_key BLOB NOT NULL DEFAULT x'',"
                            " ua_id INTEGER NOT NULL REFERENCES user_agents(id),"
                            " auth_method INTEGER NOT NULL CHECK (auth_method IN (0, 1)),"
                            " revoked_ms INTEGER,"
                            " revoked_by TEXT,"
                            " revoke_reason TEXT,"
                            " expires_ms INTEGER GENERATED ALWAYS AS"
                            " (min(idle_expires_ms, absolute_expires_ms)) STORED)"),
             QStringLiteral("CREATE UNIQUE INDEX sessions_id_hash ON sessions(id_hash)"),
             QStringLiteral("CREATE INDEX sessions_user ON sessions(user_id, last_seen_ms)"),
             // The default order. It carries the columns the state, time and method filters test, so a
             // walk that skips many rows reads only the index, never the table.
             QStringLiteral("CREATE INDEX sessions_last_seen ON sessions(last_seen_ms, expires_ms, revoked_ms,"
                            " created_ms, auth_method)"),
             QStringLiteral("CREATE INDEX sessions_created ON sessions(created_ms)"),
             QStringLiteral("CREATE INDEX sessions_expires ON sessions(expires_ms, revoked_ms)"),
             QStringLiteral("CREATE INDEX sessions_revoked ON sessions(revoked_ms) WHERE revoked_ms IS NOT NULL"),
             QStringLiteral("CREATE INDEX sessions_ip ON sessions(ip_key)"),
             QStringLiteral("CREATE INDEX sessions_ua ON sessions(ua_id, last_seen_ms)"),
             QStringLiteral("CREATE TABLE session_changes ("
                            " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " ts_ms INTEGER NOT NULL,"
                            " scope INTEGER NOT NULL,"
                            " target INTEGER NOT NULL DEFAULT 0,"
                            " id_hash BLOB)"),
             QStringLiteral("CREATE TABLE issued_tokens ("
                            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " issuer TEXT NOT NULL,"
                            " jti TEXT NOT NULL,"
                            " session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,"
                            " user_id INTEGER NOT NULL REFERENCES users(id),"
                            " kid TEXT NOT NULL DEFAULT '',"
                            " issued_ms INTEGER NOT NULL,"
                            " expires_ms INTEGER NOT NULL,"
                            " revoked_ms INTEGER,"
                            " UNIQUE (issuer, jti))"),
             QStringLiteral("CREATE INDEX issued_tokens_session ON issued_tokens(session_id, expires_ms)"),
             QStringLiteral("CREATE INDEX issued_tokens_user ON issued_tokens(user_id, expires_ms)"),
             QStringLiteral("CREATE INDEX issued_tokens_expires ON issued_tokens(expires_ms)"),
             QStringLiteral("CREATE TABLE token_denylist ("
                            " issuer TEXT NOT NULL,"
                            " jti TEXT NOT NULL,"
                            " expires_ms INTEGER NOT NULL,"
                            " denied_ms INTEGER NOT NULL,"
                            " reason TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (issuer, jti)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX token_denylist_expires ON token_denylist(expires_ms)"),
         }});

    list.append({3,
                 QStringLiteral("token inspector history"),
                 {
                     QStringLiteral("CREATE TABLE token_history ("
                                    " id INTEGER PRIMARY KEY,"
                                    " token_sha256 BLOB NOT NULL UNIQUE,"
                                    " token TEXT NOT NULL,"
                                    " kind TEXT NOT NULL CHECK (kind IN ('jws', 'jwe')),"
                                    " alg TEXT NOT NULL DEFAULT '',"
                                    " kid TEXT NOT NULL DEFAULT '',"
                                    " issuer TEXT NOT NULL DEFAULT '',"
                                    " subject TEXT NOT NULL DEFAULT '',"
                                    " expires_at INTEGER,"
                                    " label TEXT NOT NULL DEFAULT '',"
                                    " first_seen_ms INTEGER NOT NULL,"
                                    " last_seen_ms INTEGER NOT NULL,"
                                    " seen_count INTEGER NOT NULL DEFAULT 1)"),
                     QStringLiteral("CREATE INDEX token_history_last_seen ON token_history(last_seen_ms, id)"),
                 }});

    list.append({4,
                 QStringLiteral("signing keys, the key vault and rotation policies"),
                 {
                     // The data key wrapped under the administrator passphrase (scrypt + AES-256-GCM).
                     QStringLiteral("CREATE TABLE key_vault ("
                                    " id INTEGER PRIMARY KEY CHECK (id = 1),"
                                    " format INTEGER NOT NULL,"
                                    " kdf TEXT NOT NULL,"
                                    " kdf_log_n INTEGER NOT NULL,"
                                    " kdf_r INTEGER NOT NULL,"
                                    " kdf_p INTEGER NOT NULL,"
                                    " salt BLOB NOT NULL,"
                                    " wrapped_key BLOB NOT NULL,"
                                    " created_ms INTEGER NOT NULL,"
                                    " changed_ms INTEGER NOT NULL)"),
                     // Private keys and HMAC secrets only ever as sealed_private (AES-256-GCM under the data key).
                     QStringLiteral("CREATE TABLE signing_keys ("
                                    " id INTEGER PRIMARY KEY,"
                                    " kid TEXT NOT NULL UNIQUE,"
                                    " purpose TEXT NOT NULL,"
                                    " kty TEXT NOT NULL CHECK (kty IN ('RSA', 'EC', 'OKP', 'oct')),"
                                    " crv TEXT NOT NULL DEFAULT '',"
                                    " bits INTEGER NOT NULL,"
                                    " alg TEXT NOT NULL,"
                                    " key_use TEXT NOT NULL DEFAULT 'sig',"
                                    " state TEXT NOT NULL"
                                    "  CHECK (state IN ('next', 'active', 'retiring', 'retired', 'revoked')),"
                                    " origin TEXT NOT NULL CHECK (origin IN ('generated', 'imported')),"
                                    " thumbprint TEXT UNIQUE,"
                                    " public_jwk TEXT NOT NULL DEFAULT '',"
                                    " sealed_private BLOB,"
                                    " created_ms INTEGER NOT NULL,"
                                    " activated_ms INTEGER,"
                                    " rotated_out_ms INTEGER,"
                                    " retire_after_ms INTEGER,"
                                    " retired_ms INTEGER,"
                                    " revoked_ms INTEGER,"
                                    " revoke_reason TEXT,"
                                    " max_token_lifetime_s INTEGER NOT NULL DEFAULT 0,"
                                    " updated_ms INTEGER NOT NULL,"
                                    " CHECK (state NOT IN ('next', 'active') OR sealed_private IS NOT NULL),"
                                    " CHECK (state <> 'retiring' OR retire_after_ms IS NOT NULL),"
                                    " CHECK (state <> 'revoked' OR (revoked_ms IS NOT NULL AND revoke_reason <> '')))"),
                     // At most one active and one next key per purpose, whoever writes.
                     QStringLiteral("CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys(purpose)"
                                    " WHERE state = 'active'"),
                     QStringLiteral("CREATE UNIQUE INDEX signing_keys_one_next ON signing_keys(purpose)"
                                    " WHERE state = 'next'"),
                     QStringLiteral("CREATE INDEX signing_keys_state ON signing_keys(state, retire_after_ms)"),
                     QStringLiteral("CREATE TABLE key_policy ("
                                    " purpose TEXT PRIMARY KEY NOT NULL,"
                                    " rotate_every_days INTEGER NOT NULL DEFAULT 0,"
                                    " pre_generate_next INTEGER NOT NULL DEFAULT 1,"
                                    " token_lifetime_s INTEGER NOT NULL DEFAULT 3600,"
                                    " leeway_s INTEGER NOT NULL DEFAULT 30,"
                                    " jwks_max_age_s INTEGER NOT NULL DEFAULT 3600,"
                                    " alg TEXT NOT NULL DEFAULT 'ES256',"
                                    " updated_ms INTEGER NOT NULL) WITHOUT ROWID"),
                 }});

    list.append({5,
                 QStringLiteral("refresh tokens of the test server"),
                 {
                     QStringLiteral("CREATE TABLE refresh_tokens ("
                                    " id INTEGER PRIMARY KEY,"
                                    " token_hash BLOB NOT NULL UNIQUE,"
                                    " family TEXT NOT NULL,"
                                    " session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,"
                                    " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                                    " issued_ms INTEGER NOT NULL,"
                                    " expires_ms INTEGER NOT NULL,"
                                    " used_ms INTEGER,"
                                    " revoked_ms INTEGER,"
                                    " revoke_reason TEXT NOT NULL DEFAULT '')"),
                     QStringLiteral("CREATE INDEX refresh_tokens_family ON refresh_tokens(family)"),
                     QStringLiteral("CREATE INDEX refresh_tokens_session ON refresh_tokens(session_id)"),
                 }});

    list.append({6,
                 QStringLiteral("results of the Lab's trade-off experiments"),
                 {
                     QStringLiteral("CREATE TABLE lab_runs ("
                                    " id INTEGER PRIMARY KEY,"
                                    " experiment TEXT NOT NULL"
                                    "  CHECK (experiment IN ('cost', 'revocation', 'bytes', 'scale')),"
                                    " started_ms INTEGER NOT NULL,"
                                    " finished_ms INTEGER NOT NULL,"
                                    " quick INTEGER NOT NULL DEFAULT 0,"
                                    " cancelled INTEGER NOT NULL DEFAULT 0,"
                                    " options TEXT NOT NULL DEFAULT '{}',"
                                    " machine TEXT NOT NULL DEFAULT '{}',"
                                    " result TEXT NOT NULL DEFAULT '{}')"),
                     QStringLiteral("CREATE INDEX lab_runs_experiment ON lab_runs(experiment, started_ms)"),
                 }});

    // F-FOREIGN-DB: AuthScope's marker in the SQLite header, for new databases and those made before it.
    // PostgreSQL: no file header to mark; the meta table (and a COMMENT ON SCHEMA 'authscope') plays that part.
    list.append({7,
                 QStringLiteral("AuthScope's application_id"),
                 {
                     QStringLiteral("PRAGMA application_id = %1").arg(SqliteFileGuard::ApplicationId),
                 }});

    // A-SEAL: each audit row may carry an HMAC-SHA-256 of its chained hash under the audit key (NULL: written
    // while the key vault was locked, sealed at the next unlock). PostgreSQL: ALTER TABLE audit_log ADD COLUMN mac TEXT
    list.append({8,
                 QStringLiteral("audit log seals"),
                 {
                     QStringLiteral("ALTER TABLE audit_log ADD COLUMN mac TEXT"),
                 }});

    // PostgreSQL: CREATE TABLE issuers (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE,
    //   url TEXT NOT NULL UNIQUE, client_id TEXT NOT NULL DEFAULT '', client_secret BYTEA,
    //   allow_http BOOLEAN NOT NULL DEFAULT FALSE, discovery_url TEXT NOT NULL DEFAULT '',
    //   discovery TEXT NOT NULL DEFAULT '{}', discovered_ms BIGINT NOT NULL DEFAULT 0, jwks TEXT,
    //   jwks_fetched_ms BIGINT NOT NULL DEFAULT 0, jwks_max_age_s BIGINT NOT NULL DEFAULT 600,
    //   jwks_refetch_ms BIGINT NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', created_ms BIGINT NOT NULL)
    list.append({9,
                 QStringLiteral("remote issuers: discovery document and cached JWKS"),
                 {
                     QStringLiteral("CREATE TABLE issuers ("
                                    " id INTEGER PRIMARY KEY,"
                                    " name TEXT NOT NULL UNIQUE,"
                                    " url TEXT NOT NULL UNIQUE,"
                                    " client_id TEXT NOT NULL DEFAULT '',"
                                    " client_secret BLOB,"
                                    " allow_http INTEGER NOT NULL DEFAULT 0,"
                                    " discovery_url TEXT NOT NULL DEFAULT '',"
                                    " discovery TEXT NOT NULL DEFAULT '{}',"
                                    " discovered_ms INTEGER NOT NULL DEFAULT 0,"
                                    " jwks TEXT,"
                                    " jwks_fetched_ms INTEGER NOT NULL DEFAULT 0,"
                                    " jwks_max_age_s INTEGER NOT NULL DEFAULT 600,"
                                    " jwks_refetch_ms INTEGER NOT NULL DEFAULT 0,"
                                    " last_error TEXT NOT NULL DEFAULT '',"
                                    " created_ms INTEGER NOT NULL)"),
                 }});

    // Token history keeps claims and a hash, the usable token only when asked per entry (D-TOKEN-HISTORY).
    // PostgreSQL: ALTER TABLE token_history ADD COLUMN keep_token INTEGER NOT NULL DEFAULT 0
    list.append({10,
                 QStringLiteral("token history: the usable token only when kept on request"),
                 {
                     QStringLiteral("ALTER TABLE token_history ADD COLUMN keep_token INTEGER NOT NULL DEFAULT 0"),
                 }});

    // PostgreSQL:
    //   CREATE TABLE oidc_sessions (session_id BIGINT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
    //   issuer_url TEXT NOT NULL, sub TEXT NOT NULL, sid TEXT NOT NULL DEFAULT '', created_ms BIGINT NOT NULL)
    //   CREATE INDEX oidc_sessions_sid ON oidc_sessions(issuer_url, sid)
    //   CREATE INDEX oidc_sessions_sub ON oidc_sessions(issuer_url, sub)
    list.append({11,
                 QStringLiteral("local sessions opened through a remote issuer, by the provider's sid and sub"),
                 {
                     QStringLiteral("CREATE TABLE oidc_sessions ("
                                    " session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,"
                                    " issuer_url TEXT NOT NULL,"
                                    " sub TEXT NOT NULL,"
                                    " sid TEXT NOT NULL DEFAULT '',"
                                    " created_ms INTEGER NOT NULL)"),
                     QStringLiteral("CREATE INDEX oidc_sessions_sid ON oidc_sessions(issuer_url, sid)"),
                     QStringLiteral("CREATE INDEX oidc_sessions_sub ON oidc_sessions(issuer_url, sub)"),
                 }});

    // The Lab's stolen-credential and revocation-across-nodes experiments: their runs are kept like the others.
    // SQLite cannot change a CHECK constraint in place: the table is rebuilt. PostgreSQL: the constraint is
    // dropped and added again (ALTER TABLE lab_runs DROP/ADD CONSTRAINT lab_runs_experiment_check).
    list.append(
        {12,
         QStringLiteral("Lab runs of the stolen-credential and revocation-across-nodes experiments"),
         {
             QStringLiteral("CREATE TABLE lab_runs_new ("
                            " id INTEGER PRIMARY KEY,"
                            " experiment TEXT NOT NULL"
                            "  CHECK (experiment IN ('cost', 'revocation', 'bytes', 'scale', 'stolen', 'nodes')),"
                            " started_ms INTEGER NOT NULL,"
                            " finished_ms INTEGER NOT NULL,"
                            " quick INTEGER NOT NULL DEFAULT 0,"
                            " cancelled INTEGER NOT NULL DEFAULT 0,"
                            " options TEXT NOT NULL DEFAULT '{}',"
                            " machine TEXT NOT NULL DEFAULT '{}',"
                            " result TEXT NOT NULL DEFAULT '{}')"),
             QStringLiteral("INSERT INTO lab_runs_new (id, experiment, started_ms, finished_ms, quick, cancelled,"
                            " options, machine, result) SELECT id, experiment, started_ms, finished_ms, quick,"
                            " cancelled, options, machine, result FROM lab_runs"),
             QStringLiteral("DROP TABLE lab_runs"),
             QStringLiteral("ALTER TABLE lab_runs_new RENAME TO lab_runs"),
             QStringLiteral("CREATE INDEX lab_runs_experiment ON lab_runs(experiment, started_ms)"),
         }});

    return list;
}

} // namespace

const QList<Migration>& Migrations::all()
{
    static const QList<Migration> list = buildMigrations();
    return list;
}

int Migrations::latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

} // namespace authscope
