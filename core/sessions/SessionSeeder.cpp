#include "core/sessions/SessionSeeder.h"

#include "core/audit/AuditLog.h"
#include "core/crypto/Random.h"
#include "core/sessions/IpRange.h"
#include "core/sessions/SessionToken.h"
#include "core/storage/SqliteConnection.h"
#include "core/storage/SqliteResetGuard.h"
#include "core/sessions/UserAgentInfo.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

#include <cmath>
#include <random>

namespace authscope {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kSpanMs = 30 * kDayMs; // logins spread over the last month

const char* const kFirstNames[] = {
    "alice",  "bob",   "carol",  "dave",  "erin",   "frank", "grace",  "heidi",  "ivan",  "judy",  "mallory", "niaj",
    "olivia", "peggy", "rupert", "sybil", "trent",  "uma",   "victor", "walter", "amara", "bruno", "chen",    "dmitri",
    "elena",  "farah", "goran",  "hana",  "ines",   "jonas", "kofi",   "lena",   "mateo", "nadia", "omar",    "priya",
    "quinn",  "rosa",  "sven",   "tariq", "ulla",   "vera",  "wei",    "ximena", "yusuf", "zoe",   "akira",   "bianca",
    "carlos", "dalia", "emil",   "fiona", "gustav", "helga", "ingrid", "jamal",  "keiko", "liam",  "maya",    "noah",
};

const char* const kLastNames[] = {
    "smith",   "garcia", "mueller",   "nguyen", "kowalski", "rossi",  "tanaka", "okafor",   "silva",  "novak",
    "jensen",  "dubois", "cohen",     "khan",   "ivanova",  "larsen", "moreau", "schmidt",  "santos", "yamada",
    "fischer", "haddad", "lindqvist", "moreno", "nakamura", "obrien", "petrov", "quispe",   "reyes",  "sato",
    "torres",  "umarov", "varga",     "weber",  "xu",       "yilmaz", "zhang",  "andersen", "becker", "costa",
};

struct AgentSpec
{
    const char* text;
    int weight;
    bool api; // a programmatic client: holds a JWT, not a cookie
};

const AgentSpec kAgents[] = {
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.130 "
     "Safari/537.36",
     20, false},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.85 "
     "Safari/537.36",
     10, false},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.129 "
     "Safari/537.36",
     8, false},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
     "Safari/537.36 Edg/120.0.2210.91",
     8, false},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0", 6, false},
    {"Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0", 3, false},
    {"Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0", 2, false},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 "
     "Safari/605.1.15",
     6, false},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 "
     "Mobile/15E148 Safari/604.1",
     8, false},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 "
     "Mobile/15E148 Safari/604.1",
     3, false},
    {"Mozilla/5.0 (iPad; CPU OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 "
     "Mobile/15E148 Safari/604.1",
     2, false},
    {"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile "
     "Safari/537.36",
     5, false},
    {"Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 "
     "Chrome/115.0.0.0 Mobile Safari/537.36",
     3, false},
    {"Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
     "Safari/537.36",
     1, false},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
     "Safari/537.36 OPR/106.0.0.0",
     1, false},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1",
     2, false},
    {"curl/8.4.0", 2, true},
    {"python-requests/2.31.0", 3, true},
    {"okhttp/4.12.0", 3, true},
    {"Go-http-client/2.0", 2, true},
    {"PostmanRuntime/7.36.0", 2, true},
    {"axios/1.6.2", 2, true},
};

struct Reason
{
    const char* by;
    const char* why;
};

const Reason kAdminReasons[] = {
    {"admin", "suspicious activity"},       {"admin", "device reported lost"}, {"secops", "password reset"},
    {"secops", "concurrent session limit"}, {"admin", "user request"},
};

// A fast uniform double in [0, 1) from the 53 high bits.
double unit(std::mt19937_64& rng)
{
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

qint64 between(std::mt19937_64& rng, qint64 low, qint64 high)
{
    if (high <= low) {
        return low;
    }
    return low + static_cast<qint64>(unit(rng) * static_cast<double>(high - low));
}

struct Address
{
    QByteArray key;
    QByteArray text;
};

QByteArray ipv4Text(quint32 a)
{
    return QByteArray::number(a >> 24) + '.' + QByteArray::number((a >> 16) & 0xff) + '.' +
           QByteArray::number((a >> 8) & 0xff) + '.' + QByteArray::number(a & 0xff);
}

// Office VPN, mobile carrier NAT, home routers, documentation ranges, IPv6 documentation prefix.
Address randomAddress(std::mt19937_64& rng)
{
    const double r = unit(rng);
    quint32 a = 0;
    if (r < 0.35) {
        a = (10u << 24) | static_cast<quint32>(rng() & 0x3ffff); // 10.0.0.0/14
    } else if (r < 0.55) {
        a = (100u << 24) | (64u << 16) | static_cast<quint32>(rng() & 0x3fffff); // 100.64.0.0/10
    } else if (r < 0.65) {
        a = (192u << 24) | (168u << 16) | static_cast<quint32>(rng() & 0xffff);
    } else if (r < 0.85) {
        static constexpr quint32 kTestNets[] = {(192u << 24) | (0u << 16) | (2u << 8),
                                                (198u << 24) | (51u << 16) | (100u << 8),
                                                (203u << 24) | (0u << 16) | (113u << 8)};
        a = kTestNets[rng() % 3] | static_cast<quint32>(1 + rng() % 254);
    } else {
        QByteArray key(16, '\0');
        key[0] = 0x20;
        key[1] = 0x01;
        key[2] = 0x0d;
        key[3] = static_cast<char>(0xb8);
        const quint64 site = rng();
        for (int i = 0; i < 4; ++i) {
            key[4 + i] = static_cast<char>((site >> (8 * i)) & 0xff);
        }
        const quint16 host = static_cast<quint16>(rng());
        key[14] = static_cast<char>(host >> 8);
        key[15] = static_cast<char>(host & 0xff);
        auto group = [&key](int i) -> QByteArray {
            const int v = (static_cast<unsigned char>(key[i]) << 8) | static_cast<unsigned char>(key[i + 1]);
            return QByteArray::number(v, 16);
        };
        return {key, "2001:db8:" + group(4) + ':' + group(6) + "::" + group(14)};
    }
    return {IpRange::keyOfIpv4(a), ipv4Text(a)};
}

struct Device
{
    int agent = 0;
    Address address;
};

struct SeedUser
{
    qint64 id = 0;
    QByteArray name;
    bool disabled = false;
    QList<Device> devices;
};

} // namespace

SessionSeeder::SessionSeeder(Database& database, AuditLog& audit, const Clock& clock, const SessionPolicy& policy)
    : m_db(database), m_audit(audit), m_clock(clock), m_policy(policy)
{}

Result<SessionSeeder::Report> SessionSeeder::run(const Options& options)
{
    if (options.count < 1 || options.count > MaxCount) {
        return fail(QStringLiteral("sessions.bad-count"),
                    QStringLiteral("The number of sessions to seed must be between 1 and %1.").arg(MaxCount));
    }
    Report report;
    report.seed = options.seed != 0 ? options.seed : QRandomGenerator::system()->generate64();
    std::mt19937_64 rng(report.seed);
    const int userCount =
        options.users > 0 ? options.users : static_cast<int>(std::clamp<qint64>(options.count / 100, 20, 20000));
    const qint64 now = m_clock.nowMs();

    auto opened = SqliteConnection::open(m_db);
    if (!opened) {
        return std::unexpected(opened.error());
    }
    SqliteConnection& conn = **opened;
    // A large page cache for the duration: the random ID hashes touch the whole of their index. Foreign keys are
    // not checked row by row: every user and user agent id below comes from rows this run just read.
    conn.exec("PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=OFF");

    QElapsedTimer timer;
    timer.start();
    QList<qint64> agentIds;
    QList<SeedUser> users;
    qint64 agentWeightTotal = 0;
    for (const AgentSpec& a : kAgents) {
        agentWeightTotal += a.weight;
    }
    auto pickAgent = [&]() -> int {
        qint64 r = static_cast<qint64>(rng() % static_cast<quint64>(agentWeightTotal));
        for (int i = 0; i < static_cast<int>(std::size(kAgents)); ++i) {
            r -= kAgents[i].weight;
            if (r < 0) {
                return i;
            }
        }
        return 0;
    };

    auto written = conn.writeTransaction([&]() -> Result<void> {
        // User agents, once each.
        auto uaInsert = conn.prepare("INSERT INTO user_agents(text, label) VALUES(?, ?) ON CONFLICT(text) DO NOTHING");
        auto uaSelect = conn.prepare("SELECT id FROM user_agents WHERE text = ?");
        if (!uaInsert || !uaSelect) {
            return std::unexpected(!uaInsert ? uaInsert.error() : uaSelect.error());
        }
        for (const AgentSpec& a : kAgents) {
            const QString text = QString::fromLatin1(a.text);
            uaInsert->bindText(1, QByteArrayView(a.text));
            uaInsert->bindText(2, UserAgentInfo::parse(text).label());
            if (auto ok = uaInsert->run(); !ok) {
                return ok;
            }
            SqliteResetGuard guard(*uaSelect);
            uaSelect->bindText(1, QByteArrayView(a.text));
            auto row = uaSelect->step();
            if (!row || !*row) {
                return !row ? std::unexpected(row.error())
                            : fail(QStringLiteral("sessions.seed"), QStringLiteral("A user agent row went missing."));
            }
            agentIds << uaSelect->int64(0);
        }

        // Users, with their devices.
        auto userInsert = conn.prepare("INSERT INTO users(username, display_name, password_hash, roles, disabled, "
                                       "created_ms, updated_ms) VALUES(?, ?, '', ?, ?, ?, ?) "
                                       "ON CONFLICT(username) DO NOTHING");
        auto userSelect = conn.prepare("SELECT id, disabled FROM users WHERE username = ?");
        if (!userInsert || !userSelect) {
            return std::unexpected(!userInsert ? userInsert.error() : userSelect.error());
        }
        QSet<QByteArray> taken;
        const int firstCount = static_cast<int>(std::size(kFirstNames));
        const int lastCount = static_cast<int>(std::size(kLastNames));
        for (int i = 0; i < userCount; ++i) {
            const char* first = kFirstNames[rng() % firstCount];
            const char* last = kLastNames[rng() % lastCount];
            QByteArray base = QByteArray(first) + '.' + QByteArray(last);
            QByteArray name = base;
            for (int n = 2; taken.contains(name); ++n) {
                name = base + QByteArray::number(n);
            }
            taken.insert(name);
            QString display = QString::fromUtf8(first) + u' ' + QString::fromUtf8(last);
            display[0] = display[0].toUpper();
            display[display.indexOf(u' ') + 1] = display[display.indexOf(u' ') + 1].toUpper();
            const double r = unit(rng);
            const char* roles = r < 0.03 ? "admin user" : r < 0.10 ? "support user" : "user";
            const bool disabled = !options.freshLogins && unit(rng) < 0.01;
            userInsert->bindText(1, QByteArrayView(name));
            userInsert->bindText(2, display);
            userInsert->bindText(3, QByteArrayView(roles));
            userInsert->bind(4, disabled ? 1 : 0);
            userInsert->bind(5, now - kSpanMs - between(rng, 0, 300 * kDayMs));
            userInsert->bind(6, now - between(rng, 0, kSpanMs));
            if (auto ok = userInsert->run(); !ok) {
                return ok;
            }
            SqliteResetGuard guard(*userSelect);
            userSelect->bindText(1, QByteArrayView(name));
            auto row = userSelect->step();
            if (!row || !*row) {
                return !row ? std::unexpected(row.error())
                            : fail(QStringLiteral("sessions.seed"), QStringLiteral("A user row went missing."));
            }
            SeedUser u;
            u.id = userSelect->int64(0);
            u.name = name;
            u.disabled = userSelect->int64(1) != 0;
            const int devices = 1 + static_cast<int>(rng() % 3);
            for (int d = 0; d < devices; ++d) {
                u.devices << Device{pickAgent(), randomAddress(rng)};
            }
            users << u;
        }
        report.users = users.size();

        // A big load into a small table: drop the session indexes and build them again at the end (sorting once
        // beats a million random inserts into each). Their definitions come from the schema itself, and all of it
        // happens inside this transaction, so nobody ever sees the table without them.
        QList<QByteArray> rebuild;
        if (options.count >= options.rebuildIndexesFrom) {
            auto existing = conn.prepare("SELECT count(*) FROM sessions");
            if (!existing) {
                return std::unexpected(existing.error());
            }
            auto row = existing->step();
            if (!row) {
                return std::unexpected(row.error());
            }
            const qint64 rows = existing->int64(0);
            existing->reset();
            if (options.count >= rows) {
                auto indexes = conn.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                            "tbl_name = 'sessions' AND sql IS NOT NULL");
                if (!indexes) {
                    return std::unexpected(indexes.error());
                }
                QList<QByteArray> names;
                while (true) {
                    auto next = indexes->step();
                    if (!next) {
                        return std::unexpected(next.error());
                    }
                    if (!*next) {
                        break;
                    }
                    names << indexes->text(0).toUtf8();
                    rebuild << indexes->text(1).toUtf8();
                }
                indexes->reset();
                for (const QByteArray& name : std::as_const(names)) {
                    if (auto ok = conn.exec(QByteArray("DROP INDEX \"" + name + "\"").constData()); !ok) {
                        return ok;
                    }
                }
            }
        }

        auto insert = conn.prepare(
            "INSERT INTO sessions(id_hash, user_id, created_ms, last_seen_ms, idle_timeout_s, idle_expires_ms, "
            "absolute_expires_ms, ip, ip_key, ua_id, auth_method, revoked_ms, revoked_by, revoke_reason) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert) {
            return std::unexpected(insert.error());
        }
        QByteArray randomPool;
        qsizetype poolAt = 0;
        constexpr qsizetype kPoolIds = 4096;
        const qint64 throttleMs = std::max<qint64>(1000, qint64(m_policy.slideThrottleSecs) * 1000);
        for (qint64 i = 0; i < options.count; ++i) {
            if (poolAt >= randomPool.size()) {
                auto bytes = crypto::Random::bytes(kPoolIds * SessionToken::RawBytes);
                if (!bytes) {
                    return std::unexpected(bytes.error());
                }
                randomPool = *bytes;
                poolAt = 0;
            }
            const QByteArrayView raw(randomPool.constData() + poolAt, SessionToken::RawBytes);
            poolAt += SessionToken::RawBytes;
            const SessionKey key = SessionToken::keyOfRaw(raw);
            if (options.keepTokens) {
                report.tokens << SessionToken::encode(raw);
            }

            // A few heavy users, a long tail of occasional ones.
            const SeedUser& user = users.at(static_cast<qsizetype>(std::pow(unit(rng), 1.7) * users.size()));
            const Device& device = user.devices.at(static_cast<qsizetype>(rng() % user.devices.size()));
            const AgentSpec& agent = kAgents[device.agent];
            const Address roaming = unit(rng) < 0.15 ? randomAddress(rng) : Address{};
            const Address& address = roaming.key.isEmpty() ? device.address : roaming;
            const bool jwt = agent.api || unit(rng) < 0.08;
            qint64 idleS = m_policy.idleTimeoutSecs;
            qint64 absoluteS = m_policy.absoluteTimeoutSecs;
            if (jwt) {
                idleS = 3600;
                absoluteS = 24 * 3600;
            } else if (unit(rng) < 0.35) {
                idleS = 7 * 24 * 3600; // "remember me"
                absoluteS = 30 * 24 * 3600;
            }
            const qint64 idleMs = idleS * 1000;
            const qint64 absoluteMs = absoluteS * 1000;

            qint64 created = 0;
            qint64 lastSeen = 0;
            std::optional<qint64> revokedAt;
            const char* revokedBy = nullptr;
            const char* reason = nullptr;
            if (options.freshLogins) {
                created = now - between(rng, 0, throttleMs / 2);
                lastSeen = created;
            } else {
                // Row order is login order; logins bunch towards the present.
                const double x = (static_cast<double>(i) + unit(rng)) / static_cast<double>(options.count);
                created = now - static_cast<qint64>(static_cast<double>(kSpanMs) * std::pow(1.0 - x, 3.0));
                const qint64 age = now - created;
                const qint64 lifeEnd = std::min(now, created + absoluteMs);
                if (user.disabled) {
                    revokedAt = between(rng, created, lifeEnd);
                    revokedBy = "admin";
                    reason = "account disabled";
                } else if (unit(rng) < 0.09) {
                    revokedAt = between(rng, created, lifeEnd);
                    if (unit(rng) < 0.7) {
                        reason = "logout";
                    } else {
                        const Reason& r = kAdminReasons[rng() % std::size(kAdminReasons)];
                        revokedBy = r.by;
                        reason = r.why;
                    }
                }
                if (revokedAt) {
                    lastSeen = between(rng, created, *revokedAt);
                } else if (age >= absoluteMs) {
                    lastSeen = between(rng, created, created + absoluteMs - 1000);
                } else if (unit(rng) < 0.85 || now - idleMs <= created) {
                    lastSeen = between(rng, std::max(created, now - idleMs * 9 / 10), now);
                } else {
                    lastSeen = between(rng, created, now - idleMs);
                }
            }
            const qint64 idleExpires = lastSeen + idleMs;
            const qint64 absoluteExpires = created + absoluteMs;
            if (revokedAt) {
                ++report.revoked;
            } else if (std::min(idleExpires, absoluteExpires) <= now) {
                ++report.expired;
            } else {
                ++report.active;
            }

            insert->bindStaticBlob(1, key.view());
            insert->bind(2, user.id);
            insert->bind(3, created);
            insert->bind(4, lastSeen);
            insert->bind(5, idleS);
            insert->bind(6, idleExpires);
            insert->bind(7, absoluteExpires);
            insert->bindText(8, QByteArrayView(address.text));
            insert->bindStaticBlob(9, address.key);
            insert->bind(10, agentIds.at(device.agent));
            insert->bind(11, jwt ? 1 : 0);
            if (revokedAt) {
                insert->bind(12, *revokedAt);
                insert->bindText(13, revokedBy != nullptr ? QByteArrayView(revokedBy) : QByteArrayView(user.name));
                insert->bindText(14, QByteArrayView(reason));
            } else {
                insert->bindNull(12);
                insert->bindNull(13);
                insert->bindNull(14);
            }
            if (auto ok = insert->run(); !ok) {
                return ok;
            }
            if (i == 0) {
                report.firstId = conn.lastInsertRowId();
            }
            if (options.progress && (i + 1) % 16384 == 0 && !options.progress(i + 1, options.count)) {
                return fail(QStringLiteral("sessions.cancelled"),
                            QStringLiteral("Seeding was cancelled; nothing was written."));
            }
        }
        for (const QByteArray& sql : std::as_const(rebuild)) {
            if (auto ok = conn.exec(sql.constData()); !ok) {
                return ok;
            }
        }
        return {};
    });
    if (!written) {
        return std::unexpected(written.error());
    }
    report.sessions = options.count;
    report.insertMs = timer.elapsed();
    if (options.progress) {
        options.progress(options.count, options.count);
    }
    if (options.count >= 10000 && !m_db.isMemory()) {
        // Fold the big write-ahead log back into the file now, not in the middle of someone's next commit.
        QElapsedTimer checkpoint;
        checkpoint.start();
        conn.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        report.checkpointMs = checkpoint.elapsed();
    }
    if (auto ok = m_audit.append(QStringLiteral("session.seed"), QStringLiteral("*"),
                                 QJsonObject{{QStringLiteral("sessions"), report.sessions},
                                             {QStringLiteral("users"), report.users},
                                             {QStringLiteral("active"), report.active},
                                             {QStringLiteral("expired"), report.expired},
                                             {QStringLiteral("revoked"), report.revoked},
                                             {QStringLiteral("seed"), QString::number(report.seed)},
                                             {QStringLiteral("fresh_logins"), options.freshLogins},
                                             {QStringLiteral("elapsed_ms"), report.insertMs}});
        !ok) {
        return std::unexpected(ok.error());
    }
    return report;
}

} // namespace authscope
