#include "core/sessions/SessionSeeder.h"

#include "core/audit/AuditLog.h"
#include "core/crypto/Random.h"
#include "core/sessions/IpRange.h"
#include "core/sessions/RevocationRetry.h"
#include "core/sessions/SessionBulkLoader.h"
#include "core/sessions/SessionToken.h"
#include "core/sessions/UserAgentInfo.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

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

// One seeding run: the random choices and the rows they become.
class SeedRun final
{
public:
    SeedRun(SessionBulkLoader& repo, const SessionSeeder::Options& options, const SessionPolicy& policy, qint64 now,
            SessionSeeder::Report& report)
        : m_repo(repo), m_options(options), m_policy(policy), m_now(now), m_report(report), m_rng(report.seed)
    {
        for (const AgentSpec& a : kAgents) {
            m_agentWeightTotal += a.weight;
        }
    }

    Result<void> writeAgents()
    {
        for (const AgentSpec& a : kAgents) {
            auto id =
                m_repo.userAgent(QByteArrayView(a.text), UserAgentInfo::parse(QString::fromLatin1(a.text)).label());
            if (!id) {
                return std::unexpected(id.error());
            }
            m_agentIds << *id;
        }
        return {};
    }

    // Named users, with one to three devices each, written in one go.
    Result<void> writeUsers(int count)
    {
        QSet<QByteArray> taken;
        QList<SessionBulkLoader::NewUser> batch;
        const int firstCount = static_cast<int>(std::size(kFirstNames));
        const int lastCount = static_cast<int>(std::size(kLastNames));
        for (int i = 0; i < count; ++i) {
            const char* first = kFirstNames[m_rng() % firstCount];
            const char* last = kLastNames[m_rng() % lastCount];
            QByteArray base = QByteArray(first) + '.' + QByteArray(last);
            QByteArray name = base;
            for (int n = 2; taken.contains(name); ++n) {
                name = base + QByteArray::number(n);
            }
            taken.insert(name);
            QString display = QString::fromUtf8(first) + u' ' + QString::fromUtf8(last);
            display[0] = display[0].toUpper();
            display[display.indexOf(u' ') + 1] = display[display.indexOf(u' ') + 1].toUpper();
            const double r = unit(m_rng);
            const char* roles = r < 0.03 ? "admin user" : r < 0.10 ? "support user" : "user";
            const bool disabled = !m_options.freshLogins && unit(m_rng) < 0.01;
            const qint64 created = m_now - kSpanMs - between(m_rng, 0, 300 * kDayMs);
            const qint64 updated = m_now - between(m_rng, 0, kSpanMs);
            batch << SessionBulkLoader::NewUser{name, display, QByteArray(roles), disabled, created, updated};
            SeedUser u;
            u.name = name;
            const int devices = 1 + static_cast<int>(m_rng() % 3);
            for (int d = 0; d < devices; ++d) {
                u.devices << Device{pickAgent(), randomAddress(m_rng)};
            }
            m_users << u;
        }
        auto rows = m_repo.users(batch);
        if (!rows) {
            return std::unexpected(rows.error());
        }
        for (qsizetype i = 0; i < m_users.size(); ++i) {
            m_users[i].id = rows->at(i).id;
            m_users[i].disabled = rows->at(i).disabled;
        }
        m_report.users = m_users.size();
        return {};
    }

    // A big load into a small table: drop the session indexes and build them again at the end (sorting once beats
    // a million random inserts into each). All of it happens inside the run's transaction, so nobody ever sees
    // the table without them. Returns the definitions to rebuild (none for a small load).
    Result<QList<QByteArray>> dropIndexesForBigLoad()
    {
        if (m_options.batchRows > 0 || m_options.count < m_options.rebuildIndexesFrom) {
            return QList<QByteArray>();
        }
        auto rows = m_repo.sessionCount();
        if (!rows) {
            return std::unexpected(rows.error());
        }
        if (m_options.count < *rows) {
            return QList<QByteArray>();
        }
        return m_repo.dropSessionIndexes();
    }

    // Sessions number `from` to `to` - 1.
    Result<void> writeSessions(qint64 from, qint64 to)
    {
        constexpr qsizetype kPoolIds = 4096;
        for (qint64 i = from; i < to; ++i) {
            if (m_poolAt >= m_randomPool.size()) {
                auto bytes = crypto::Random::bytes(kPoolIds * SessionToken::RawBytes);
                if (!bytes) {
                    return std::unexpected(bytes.error());
                }
                m_randomPool = *bytes;
                m_poolAt = 0;
            }
            const QByteArrayView raw(m_randomPool.constData() + m_poolAt, SessionToken::RawBytes);
            m_poolAt += SessionToken::RawBytes;
            if (m_options.keepTokens) {
                m_report.tokens << SessionToken::encode(raw);
            }
            if (auto ok = writeSession(i, SessionToken::keyOfRaw(raw)); !ok) {
                return ok;
            }
            if (m_options.progress && (i + 1) % 16384 == 0 && !m_options.progress(i + 1, m_options.count)) {
                return fail(
                    QStringLiteral("sessions.cancelled"),
                    from == 0
                        ? QStringLiteral("Seeding was cancelled; nothing was written.")
                        : QStringLiteral("Seeding was cancelled; the %1 sessions written before stay.").arg(from));
            }
        }
        return {};
    }

private:
    int pickAgent()
    {
        qint64 r = static_cast<qint64>(m_rng() % static_cast<quint64>(m_agentWeightTotal));
        for (int i = 0; i < static_cast<int>(std::size(kAgents)); ++i) {
            r -= kAgents[i].weight;
            if (r < 0) {
                return i;
            }
        }
        return 0;
    }

    // Session number `i` of the run (row order is login order).
    Result<void> writeSession(qint64 i, const SessionKey& key)
    {
        // A few heavy users, a long tail of occasional ones.
        const SeedUser& user = m_users.at(static_cast<qsizetype>(std::pow(unit(m_rng), 1.7) * m_users.size()));
        const Device& device = user.devices.at(static_cast<qsizetype>(m_rng() % user.devices.size()));
        const AgentSpec& agent = kAgents[device.agent];
        const Address roaming = unit(m_rng) < 0.15 ? randomAddress(m_rng) : Address{};
        const Address& address = roaming.key.isEmpty() ? device.address : roaming;
        const bool jwt = agent.api || unit(m_rng) < 0.08;
        qint64 idleS = m_policy.idleTimeoutSecs;
        qint64 absoluteS = m_policy.absoluteTimeoutSecs;
        if (jwt) {
            idleS = 3600;
            absoluteS = 24 * 3600;
        } else if (unit(m_rng) < 0.35) {
            idleS = 7 * 24 * 3600; // "remember me"
            absoluteS = 30 * 24 * 3600;
        }
        SessionBulkLoader::Row row;
        row.key = key;
        row.userId = user.id;
        row.idleTimeoutSecs = idleS;
        row.ip = address.text;
        row.ipKey = address.key;
        row.userAgentId = m_agentIds.at(device.agent);
        row.jwt = jwt;
        if (m_options.freshLogins) {
            const qint64 throttleMs = std::max<qint64>(1000, qint64(m_policy.slideThrottleSecs) * 1000);
            row.createdMs = m_now - between(m_rng, 0, throttleMs / 2);
            row.lastSeenMs = row.createdMs;
        } else {
            history(i, user, idleS * 1000, absoluteS * 1000, row);
        }
        row.idleExpiresMs = row.lastSeenMs + idleS * 1000;
        row.absoluteExpiresMs = row.createdMs + absoluteS * 1000;
        if (row.revokedMs) {
            ++m_report.revoked;
        } else if (std::min(row.idleExpiresMs, row.absoluteExpiresMs) <= m_now) {
            ++m_report.expired;
        } else {
            ++m_report.active;
        }
        auto id = m_repo.insertSession(row);
        if (!id) {
            return std::unexpected(id.error());
        }
        if (i == 0) {
            m_report.firstId = *id;
        }
        return {};
    }

    // When session `i` began and how it went: logins bunch towards the present; some sessions were logged out,
    // revoked by an administrator, or expired idle or at their absolute limit.
    void history(qint64 i, const SeedUser& user, qint64 idleMs, qint64 absoluteMs, SessionBulkLoader::Row& row)
    {
        const double x = (static_cast<double>(i) + unit(m_rng)) / static_cast<double>(m_options.count);
        const qint64 created = m_now - static_cast<qint64>(static_cast<double>(kSpanMs) * std::pow(1.0 - x, 3.0));
        const qint64 age = m_now - created;
        const qint64 lifeEnd = std::min(m_now, created + absoluteMs);
        if (user.disabled) {
            row.revokedMs = between(m_rng, created, lifeEnd);
            row.revokedBy = "admin";
            row.revokeReason = "account disabled";
        } else if (unit(m_rng) < 0.09) {
            row.revokedMs = between(m_rng, created, lifeEnd);
            if (unit(m_rng) < 0.7) {
                row.revokedBy = user.name;
                row.revokeReason = "logout";
            } else {
                const Reason& r = kAdminReasons[m_rng() % std::size(kAdminReasons)];
                row.revokedBy = r.by;
                row.revokeReason = r.why;
            }
        }
        qint64 lastSeen = 0;
        if (row.revokedMs) {
            lastSeen = between(m_rng, created, *row.revokedMs);
        } else if (age >= absoluteMs) {
            lastSeen = between(m_rng, created, created + absoluteMs - 1000);
        } else if (unit(m_rng) < 0.85 || m_now - idleMs <= created) {
            lastSeen = between(m_rng, std::max(created, m_now - idleMs * 9 / 10), m_now);
        } else {
            lastSeen = between(m_rng, created, m_now - idleMs);
        }
        row.createdMs = created;
        row.lastSeenMs = lastSeen;
    }

    SessionBulkLoader& m_repo;
    const SessionSeeder::Options& m_options;
    const SessionPolicy& m_policy;
    qint64 m_now;
    SessionSeeder::Report& m_report;
    std::mt19937_64 m_rng;
    qint64 m_agentWeightTotal = 0;
    QList<qint64> m_agentIds;
    QList<SeedUser> m_users;
    QByteArray m_randomPool;
    qsizetype m_poolAt = 0;
};

// The rows in short write transactions with a pause between them (S-REVOKE-RETRY), each with its audit row; the
// last one's is the run's. With batchRows 0, one transaction, with the indexes dropped and rebuilt for a big load.
Result<void> runBatches(SessionBulkLoader& repo, SeedRun& seeding, const SessionSeeder::Options& options, int userCount,
                        const SessionSeeder::Report& report, const std::function<Result<void>(Transaction&)>& auditRun,
                        AuditLog& audit)
{
    const qint64 batchRows = options.batchRows > 0 ? options.batchRows : options.count;
    for (qint64 from = 0; from < options.count; from += batchRows) {
        const qint64 to = std::min(options.count, from + batchRows);
        const bool last = to == options.count;
        if (from > 0) {
            QThread::msleep(RevocationRetry::BulkPauseMs); // S-REVOKE-RETRY: a waiting revocation's turn
        }
        auto written = repo.writeTransaction([&](Transaction& tx) -> Result<void> {
            QList<QByteArray> rebuild;
            if (from == 0) {
                if (auto ok = seeding.writeAgents(); !ok) {
                    return ok;
                }
                if (auto ok = seeding.writeUsers(userCount); !ok) {
                    return ok;
                }
                auto dropped = seeding.dropIndexesForBigLoad();
                if (!dropped) {
                    return std::unexpected(dropped.error());
                }
                rebuild = *dropped;
            }
            if (auto ok = seeding.writeSessions(from, to); !ok) {
                return ok;
            }
            if (auto ok = repo.createIndexes(rebuild); !ok) {
                return ok;
            }
            if (last) {
                return auditRun(tx);
            }
            auto audited = audit.append(tx, QStringLiteral("session.seed.batch"), QStringLiteral("*"),
                                        QJsonObject{{QStringLiteral("sessions"), to - from},
                                                    {QStringLiteral("done"), to},
                                                    {QStringLiteral("of"), options.count},
                                                    {QStringLiteral("seed"), QString::number(report.seed)}});
            if (!audited) {
                return std::unexpected(audited.error());
            }
            return {};
        });
        if (!written) {
            return written;
        }
    }
    return {};
}

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
    const int userCount =
        options.users > 0 ? options.users : static_cast<int>(std::clamp<qint64>(options.count / 100, 20, 20000));
    auto repo = SessionBulkLoader::open(m_db);
    if (!repo) {
        return std::unexpected(repo.error());
    }
    if (auto ok = (*repo)->prepareForLoad(); !ok) {
        return std::unexpected(ok.error());
    }
    SeedRun seeding(**repo, options, m_policy, m_clock.nowMs(), report);
    QElapsedTimer timer;
    timer.start();
    // The run's audit row, in the transaction of its last rows (A-SAME-TX).
    auto auditRun = [&](Transaction& tx) -> Result<void> {
        auto audited = m_audit.append(tx, QStringLiteral("session.seed"), QStringLiteral("*"),
                                      QJsonObject{{QStringLiteral("sessions"), options.count},
                                                  {QStringLiteral("users"), report.users},
                                                  {QStringLiteral("active"), report.active},
                                                  {QStringLiteral("expired"), report.expired},
                                                  {QStringLiteral("revoked"), report.revoked},
                                                  {QStringLiteral("seed"), QString::number(report.seed)},
                                                  {QStringLiteral("fresh_logins"), options.freshLogins},
                                                  {QStringLiteral("elapsed_ms"), timer.elapsed()}});
        if (!audited) {
            return std::unexpected(audited.error());
        }
        return {};
    };
    Result<bool> staged = false;
    if (options.count >= options.rebuildIndexesFrom && options.count <= MaxStagedCount) {
        staged = (*repo)->stages(options.count);
        if (!staged) {
            return std::unexpected(staged.error());
        }
    }
    Result<void> written;
    if (*staged) {
        // PostgreSQL: one transaction, the write lock held only while the staged rows move into sessions and the
        // indexes are rebuilt (S-REVOKE-RETRY: a revocation waits for that step, not for the whole load).
        written = (*repo)->stagedTransaction([&](Transaction& tx) -> Result<void> {
            if (auto ok = seeding.writeAgents(); !ok) {
                return ok;
            }
            if (auto ok = seeding.writeUsers(userCount); !ok) {
                return ok;
            }
            if (auto ok = seeding.writeSessions(0, options.count); !ok) {
                return ok;
            }
            auto first = (*repo)->moveStaged();
            if (!first) {
                return std::unexpected(first.error());
            }
            report.firstId = *first;
            return auditRun(tx);
        });
    } else {
        written = runBatches(**repo, seeding, options, userCount, report, auditRun, m_audit);
    }
    if (!written) {
        return std::unexpected(written.error());
    }
    report.sessions = options.count;
    report.insertMs = timer.elapsed();
    if (options.progress) {
        options.progress(options.count, options.count);
    }
    if (options.count >= 10000 && !m_db.isMemory()) {
        // Fold the big write-ahead log back into the file now, not in the middle of someone's next commit
        // (PostgreSQL: VACUUM ANALYZE). The rows are committed already: a failed checkpoint only leaves the work to
        // the database's automatic one.
        QElapsedTimer checkpoint;
        checkpoint.start();
        if (auto ok = (*repo)->checkpoint(); !ok) {
            qWarning("authscope: the checkpoint after seeding failed: %s", qPrintable(ok.error().message));
        }
        report.checkpointMs = checkpoint.elapsed();
    }
    return report;
}

} // namespace authscope
