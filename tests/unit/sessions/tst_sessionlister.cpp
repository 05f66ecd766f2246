// Listing against a seeded database: every filter and every sort, walked page by page with cursors, must give
// exactly what a plain in-memory filter and sort of all rows gives, whichever query plan each page used.
#include "tests/unit/sessions/SessionsTestEnv.h"

#include "core/sessions/IpRange.h"
#include "core/sessions/IssuedTokenRegistry.h"
#include "core/sessions/SessionListRepository.h"
#include "core/sessions/SessionSeeder.h"

#include "tests/support/DataColumns.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace authscope;
using namespace authscope::test;

namespace {

struct Row
{
    qint64 id = 0;
    QString user;
    qint64 created = 0;
    qint64 lastSeen = 0;
    qint64 expires = 0;
    bool revoked = false;
    QByteArray ipKey;
    QString ip;
    QString label;
    qint64 uaId = 0;
    QString uaText;
    int method = 0;
    int tokens = 0;

    [[nodiscard]] int rank(qint64 now) const { return revoked ? 2 : expires <= now ? 1 : 0; }
};

template <typename T>
int compareValues(const T& a, const T& b)
{
    return a < b ? -1 : b < a ? 1 : 0;
}

} // namespace

class tst_SessionLister final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SessionsTestEnv> m_env;
    QList<Row> m_rows;
    qint64 m_now = 0;
    QString m_busiestUser;
    QString m_someIp;
    QSet<QString> m_plans;

    QHash<QString, SessionFilter> filters() const
    {
        QHash<QString, SessionFilter> f;
        f.insert(QStringLiteral("none"), {});
        SessionFilter user;
        user.user = m_busiestUser.toUpper(); // names match case-insensitively
        f.insert(QStringLiteral("user"), user);
        SessionFilter prefix;
        prefix.user = m_busiestUser.left(2);
        prefix.userPrefix = true;
        f.insert(QStringLiteral("user prefix"), prefix);
        SessionFilter cidr;
        cidr.ip = QStringLiteral("10.1.0.0/16");
        f.insert(QStringLiteral("cidr"), cidr);
        SessionFilter ip;
        ip.ip = m_someIp;
        f.insert(QStringLiteral("ip"), ip);
        SessionFilter ua;
        ua.userAgent = QStringLiteral("FireFox");
        f.insert(QStringLiteral("ua"), ua);
        for (const SessionState s : {SessionState::Active, SessionState::Expired, SessionState::Revoked}) {
            SessionFilter st;
            st.states = {s};
            f.insert(QStringLiteral("state ") + sessionStateName(s), st);
        }
        SessionFilter ended;
        ended.states = {SessionState::Expired, SessionState::Revoked};
        f.insert(QStringLiteral("ended"), ended);
        SessionFilter jwt;
        jwt.method = AuthMethod::Jwt;
        f.insert(QStringLiteral("jwt"), jwt);
        SessionFilter recent;
        recent.createdFromMs = m_now - 86400 * 1000LL;
        f.insert(QStringLiteral("created last day"), recent);
        SessionFilter seen;
        seen.seenFromMs = m_now - 2 * 3600 * 1000LL;
        seen.seenToMs = m_now - 3600 * 1000LL;
        f.insert(QStringLiteral("seen an hour ago"), seen);
        SessionFilter combined;
        combined.states = {SessionState::Active};
        combined.method = AuthMethod::Cookie;
        combined.userAgent = QStringLiteral("chrome");
        f.insert(QStringLiteral("active cookie chrome"), combined);
        return f;
    }

    bool matches(const Row& r, const SessionFilter& f) const
    {
        if (!f.user.isEmpty()) {
            const bool ok = f.userPrefix ? r.user.startsWith(f.user, Qt::CaseInsensitive)
                                         : r.user.compare(f.user, Qt::CaseInsensitive) == 0;
            if (!ok) {
                return false;
            }
        }
        if (!f.ip.isEmpty()) {
            const auto range = IpRange::parse(f.ip);
            if (r.ipKey < range->low() || range->high() < r.ipKey) {
                return false;
            }
        }
        if (!f.userAgent.isEmpty() && !r.uaText.contains(f.userAgent, Qt::CaseInsensitive) &&
            !r.label.contains(f.userAgent, Qt::CaseInsensitive)) {
            return false;
        }
        if (!f.states.isEmpty() && !f.states.contains(static_cast<SessionState>(r.rank(m_now)))) {
            return false;
        }
        if (f.method && static_cast<int>(*f.method) != r.method) {
            return false;
        }
        if ((f.createdFromMs && r.created < *f.createdFromMs) || (f.createdToMs && r.created >= *f.createdToMs)) {
            return false;
        }
        if ((f.seenFromMs && r.lastSeen < *f.seenFromMs) || (f.seenToMs && r.lastSeen >= *f.seenToMs)) {
            return false;
        }
        return true;
    }

    // The documented total order of each sort, written out plainly.
    QList<qint64> expected(const SessionFilter& filter, const SessionSort& sort) const
    {
        QList<Row> rows;
        for (const Row& r : m_rows) {
            if (matches(r, filter)) {
                rows << r;
            }
        }
        const int dir = sort.order == Qt::DescendingOrder ? -1 : 1;
        const qint64 now = m_now;
        auto tail = [](const Row& a, const Row& b) {
            // last seen newest first, then id descending
            if (int c = compareValues(a.lastSeen, b.lastSeen)) {
                return -c;
            }
            return -compareValues(a.id, b.id);
        };
        std::function<int(const Row&, const Row&)> cmp;
        switch (sort.key) {
        case SessionSortKey::Id:
            cmp = [dir](const Row& a, const Row& b) { return dir * compareValues(a.id, b.id); };
            break;
        case SessionSortKey::Created:
            cmp = [dir](const Row& a, const Row& b) {
                const int c = compareValues(a.created, b.created);
                return dir * (c != 0 ? c : compareValues(a.id, b.id));
            };
            break;
        case SessionSortKey::LastSeen:
            cmp = [dir](const Row& a, const Row& b) {
                const int c = compareValues(a.lastSeen, b.lastSeen);
                return dir * (c != 0 ? c : compareValues(a.id, b.id));
            };
            break;
        case SessionSortKey::Expires:
            cmp = [dir](const Row& a, const Row& b) {
                const int c = compareValues(a.expires, b.expires);
                return dir * (c != 0 ? c : compareValues(a.id, b.id));
            };
            break;
        case SessionSortKey::Ip:
            cmp = [dir](const Row& a, const Row& b) {
                const int c = compareValues(a.ipKey, b.ipKey);
                return dir * (c != 0 ? c : compareValues(a.id, b.id));
            };
            break;
        case SessionSortKey::User:
            cmp = [dir, tail](const Row& a, const Row& b) {
                const int c = compareValues(a.user.toLower(), b.user.toLower());
                return c != 0 ? dir * c : tail(a, b);
            };
            break;
        case SessionSortKey::UserAgent:
            cmp = [dir, tail](const Row& a, const Row& b) {
                int c = compareValues(a.label, b.label);
                if (c == 0) {
                    c = compareValues(a.uaId, b.uaId);
                }
                return c != 0 ? dir * c : tail(a, b);
            };
            break;
        case SessionSortKey::State:
            cmp = [dir, tail, now](const Row& a, const Row& b) {
                const int c = compareValues(a.rank(now), b.rank(now));
                return c != 0 ? dir * c : tail(a, b);
            };
            break;
        case SessionSortKey::Method:
            cmp = [dir, tail](const Row& a, const Row& b) {
                const int c = compareValues(a.method, b.method);
                return c != 0 ? dir * c : tail(a, b);
            };
            break;
        case SessionSortKey::Tokens:
            cmp = [dir, tail](const Row& a, const Row& b) {
                const int c = compareValues(a.tokens, b.tokens);
                return c != 0 ? dir * c : tail(a, b);
            };
            break;
        }
        std::sort(rows.begin(), rows.end(), [&cmp](const Row& a, const Row& b) { return cmp(a, b) < 0; });
        QList<qint64> ids;
        for (const Row& r : std::as_const(rows)) {
            ids << r.id;
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = std::make_unique<SessionsTestEnv>();
        m_now = m_env->clock.nowMs();
        SessionSeeder::Options options = seedOptions(1500, 20261126);
        options.users = 40;
        auto report = m_env->seeder().run(options);
        VERIFY_OK(report);

        // JWTs for some sessions: live, expired and revoked ones, so the JWT sort has something to sort.
        IssuedTokenRegistry registry(*m_env->db, *m_env->audit, m_env->clock);
        QSqlQuery q(m_env->db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, user_id FROM sessions WHERE id % 37 = 0")));
        QList<std::pair<qint64, qint64>> owners;
        while (q.next()) {
            owners.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        }
        int n = 0;
        for (const auto& [sid, uid] : std::as_const(owners)) {
            for (int k = 0; k <= n % 3; ++k) {
                const qint64 issued = m_now - (k == 2 ? 7200'000 : 60'000);
                QVERIFY(registry.record(NewIssuedToken{QStringLiteral("iss"), QStringLiteral("j%1-%2").arg(sid).arg(k),
                                                       sid, uid, QStringLiteral("k"), issued, issued + 3600'000}));
            }
            ++n;
        }
        QVERIFY(registry.deny(QStringLiteral("iss"), QStringLiteral("j%1-0").arg(owners.constFirst().first),
                              m_now + 3600'000, {}));

        QSqlQuery all(m_env->db->connection());
        QVERIFY(all.exec(QStringLiteral(
            "SELECT s.id, u.username, s.created_ms, s.last_seen_ms, s.expires_ms, s.revoked_ms IS NOT NULL, s.ip_key, "
            "s.ip, ua.label, ua.id, ua.text, s.auth_method FROM sessions s JOIN users u ON u.id = s.user_id "
            "JOIN user_agents ua ON ua.id = s.ua_id")));
        QHash<QString, int> perUser;
        while (all.next()) {
            Row r;
            r.id = all.value(0).toLongLong();
            r.user = all.value(1).toString();
            r.created = all.value(2).toLongLong();
            r.lastSeen = all.value(3).toLongLong();
            r.expires = all.value(4).toLongLong();
            r.revoked = all.value(5).toInt() != 0;
            r.ipKey = all.value(6).toByteArray();
            r.ip = all.value(7).toString();
            r.label = all.value(8).toString();
            r.uaId = all.value(9).toLongLong();
            r.uaText = all.value(10).toString();
            r.method = all.value(11).toInt();
            ++perUser[r.user];
            m_rows << r;
        }
        QCOMPARE(m_rows.size(), 1500);
        QSqlQuery tokens(m_env->db->connection());
        QVERIFY(tokens.exec(QStringLiteral("SELECT session_id, revoked_ms, expires_ms FROM issued_tokens")));
        QHash<qint64, int> live;
        while (tokens.next()) {
            if (tokens.value(1).isNull() && tokens.value(2).toLongLong() > m_now) {
                ++live[tokens.value(0).toLongLong()];
            }
        }
        for (Row& r : m_rows) {
            r.tokens = live.value(r.id);
        }
        m_busiestUser = std::max_element(perUser.cbegin(), perUser.cend()).key();
        m_someIp = m_rows.at(700).ip;
    }

    void pagesMatchThePlainSort_data()
    {
        addColumns<QString, int, bool, int>("filterName", "sortKey", "descending", "probeCap");
        QStringList names = filters().keys();
        names.sort();
        for (const QString& name : std::as_const(names)) {
            for (int key = 0; key <= static_cast<int>(SessionSortKey::Tokens); ++key) {
                for (const bool desc : {true, false}) {
                    for (const int cap : {40, 5000}) {
                        QTest::addRow("%s/%s/%s/cap %d", qPrintable(name),
                                      qPrintable(sessionSortKeyName(static_cast<SessionSortKey>(key))),
                                      desc ? "desc" : "asc", cap)
                            << name << key << desc << cap;
                    }
                }
            }
        }
    }

    void pagesMatchThePlainSort()
    {
        QFETCH(QString, filterName);
        QFETCH(int, sortKey);
        QFETCH(bool, descending);
        QFETCH(int, probeCap);
        const SessionFilter filter = filters().value(filterName);
        const SessionSort sort{static_cast<SessionSortKey>(sortKey),
                               descending ? Qt::DescendingOrder : Qt::AscendingOrder};
        SessionListRepository lister(m_env->db->connection(), m_now, probeCap);
        QList<qint64> got;
        SessionCursor cursor;
        for (int page = 0; page < 200; ++page) {
            auto result = lister.list(filter, sort, 64, cursor);
            VERIFY_OK(result);
            m_plans.insert(result->plan.section(u' ', 0, 1));
            for (const Session& s : std::as_const(result->sessions)) {
                got << s.id;
            }
            if (result->next.isNull()) {
                break;
            }
            // Cursors survive the trip through text, as on the command line.
            cursor = *SessionCursor::fromString(result->next.toString());
        }
        const QList<qint64> want = expected(filter, sort);
        QCOMPARE(got.size(), want.size());
        QCOMPARE(got, want);
    }

    void bothPlansWereUsed()
    {
        QVERIFY2(m_plans.contains(QStringLiteral("filter on")), qPrintable(QStringList(m_plans.values()).join(u'|')));
        QVERIFY(m_plans.contains(QStringLiteral("index walk")));
        QVERIFY(m_plans.contains(QStringLiteral("segments 0,")) || m_plans.contains(QStringLiteral("segments 2,")) ||
                m_plans.size() >= 4);
    }

    void counts()
    {
        SessionListRepository lister(m_env->db->connection(), m_now);
        const auto all = filters();
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            const qint64 want = expected(it.value(), {}).size();
            QCOMPARE(*lister.count(it.value()), want);
            QCOMPARE(*lister.count(it.value(), 10), std::min<qint64>(want, 10));
        }
    }

    void counters()
    {
        SessionListRepository lister(m_env->db->connection(), m_now);
        const qint64 since = m_now - 86400 * 1000LL;
        auto c = lister.counters(since, 3600 * 1000);
        QVERIFY(c);
        qint64 active = 0;
        qint64 soon = 0;
        QSqlQuery q(m_env->db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sessions WHERE revoked_ms >= %1").arg(since)));
        QVERIFY(q.next());
        for (const Row& r : std::as_const(m_rows)) {
            if (r.rank(m_now) == 0) {
                ++active;
                soon += r.expires <= m_now + 3600 * 1000 ? 1 : 0;
            }
        }
        QCOMPARE(c->active, active);
        QCOMPARE(c->expiringSoon, soon);
        QCOMPARE(c->revokedSince, q.value(0).toLongLong());
        QCOMPARE(c->total, 1500);
        QVERIFY(c->active > 0 && c->revokedSince > 0 && c->expiringSoon > 0);
    }

    void fetchKeepsOrder()
    {
        SessionListRepository lister(m_env->db->connection(), m_now);
        auto rows = lister.fetch({900, 3, 999999, 42});
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).id, 900);
        QCOMPARE(rows->at(1).id, 3);
        QCOMPARE(rows->at(2).id, 42);
        QVERIFY(!rows->at(0).userName.isEmpty());
        QVERIFY(!rows->at(0).userAgentLabel.isEmpty());
    }

    void refusesBadInput()
    {
        SessionListRepository lister(m_env->db->connection(), m_now);
        SessionFilter badIp;
        badIp.ip = QStringLiteral("10.0.0.0/99");
        QCOMPARE(lister.list(badIp, {}, 10).error().code, QStringLiteral("sessions.bad-filter"));
        SessionCursor wrong;
        wrong.key = {qint64(1)};
        QCOMPARE(lister.list({}, {}, 10, wrong).error().code, QStringLiteral("sessions.bad-cursor"));
        QVERIFY(!SessionCursor::fromString(QStringLiteral("not a cursor")));
        QVERIFY(!SessionCursor::fromString(QString(5000, u'A')));
        SessionFilter injection;
        injection.user = QStringLiteral("x' OR 1=1 --");
        QCOMPARE(lister.list(injection, {}, 10)->sessions.size(), 0);
        injection.userPrefix = true;
        injection.user = QStringLiteral("%");
        QCOMPARE(lister.list(injection, {}, 10)->sessions.size(), 0); // a literal %, not a wildcard
    }

    void searchSyntax_data()
    {
        addColumns<QString, QString, bool, QString, QString, int>("text", "user", "prefix", "ip", "ua", "states");
        QTest::newRow("bare name") << "ali"
                                   << "ali" << true << ""
                                   << "" << 0;
        QTest::newRow("bare ip") << "10.2.3.4"
                                 << "" << false << "10.2.3.4"
                                 << "" << 0;
        QTest::newRow("bare cidr") << "10.0.0.0/8"
                                   << "" << false << "10.0.0.0/8"
                                   << "" << 0;
        QTest::newRow("fields") << "user:alice ip:10.2. ua:firefox state:revoked"
                                << "alice" << false << "10.2."
                                << "firefox" << 1;
        QTest::newRow("quoted ua") << "ua:\"Mobile Safari\" state:active state:expired"
                                   << "" << false << ""
                                   << "Mobile Safari" << 2;
        QTest::newRow("user star") << "user:bo*"
                                   << "bo" << true << ""
                                   << "" << 0;
        QTest::newRow("empty") << "   "
                               << "" << false << ""
                               << "" << 0;
    }

    void searchSyntax()
    {
        QFETCH(QString, text);
        QFETCH(QString, user);
        QFETCH(bool, prefix);
        QFETCH(QString, ip);
        QFETCH(QString, ua);
        QFETCH(int, states);
        SessionFilter f;
        QVERIFY(SessionFilter::parseSearch(text, f));
        QCOMPARE(f.user, user);
        QCOMPARE(f.userPrefix, prefix);
        QCOMPARE(f.ip, ip);
        QCOMPARE(f.userAgent, ua);
        QCOMPARE(f.states.size(), states);
    }

    void searchErrors()
    {
        SessionFilter f;
        QCOMPARE(SessionFilter::parseSearch(QStringLiteral("state:sleeping"), f).error().code,
                 QStringLiteral("sessions.bad-filter"));
        QCOMPARE(SessionFilter::parseSearch(QStringLiteral("ip:banana"), f).error().code,
                 QStringLiteral("sessions.bad-filter"));
        QCOMPARE(SessionFilter::parseSearch(QStringLiteral("method:carrier-pigeon"), f).error().code,
                 QStringLiteral("sessions.bad-filter"));
    }

    void cleanupTestCase() { m_env.reset(); }
};

QTEST_GUILESS_MAIN(tst_SessionLister)
#include "tst_sessionlister.moc"
