#include "core/audit/RefusedLoginLog.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"

#include <QJsonObject>

namespace authscope {

namespace {

constexpr int SampleAddresses = 16;

QJsonObject counts(const QMap<QString, qint64>& map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

} // namespace

RefusedLoginLog::RefusedLoginLog(Database& database, AuditLog& audit, const Limits& limits)
    : m_db(database), m_audit(audit), m_limits(limits)
{}

RefusedLoginLog::~RefusedLoginLog()
{
    if (auto done = flush(); !done) {
        qWarning("authscope: %lld refused logins were not audited: %s", static_cast<long long>(pendingRefusals()),
                 qPrintable(done.error().message));
    }
}

void RefusedLoginLog::count(Bucket& bucket, const QString& reason, qint64 nowMs)
{
    if (bucket.count == 0) {
        bucket.firstMs = nowMs;
    }
    bucket.lastMs = nowMs;
    ++bucket.count;
    ++bucket.reasons[reason];
}

void RefusedLoginLog::record(const QString& user, const QString& address, const QString& reason, qint64 nowMs)
{
    const qint64 windowMs = m_limits.windowSecs * 1000LL;
    const qint64 window = nowMs - nowMs % windowMs;
    // A-FLOOD: the name is what the client typed, so it is cut short; case is kept as typed.
    const QString name = user.left(64);
    const QString key = QString::number(window) + u'|' + name + u'|' + address;
    const QMutexLocker lock(&m_mutex);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        int& pairs = m_bucketsPerWindow[window];
        if (pairs >= m_limits.maxRowsPerWindow) {
            Bucket& overflow = m_overflow[window];
            overflow.windowStartMs = window;
            count(overflow, reason, nowMs);
            if (overflow.addresses.size() < SampleAddresses || overflow.addresses.contains(address)) {
                ++overflow.addresses[address];
            }
            return;
        }
        ++pairs;
        it = m_buckets.insert(key, Bucket{name, address, window, 0, 0, 0, {}, {}});
    }
    count(*it, reason, nowMs);
}

qint64 RefusedLoginLog::pendingRefusals() const
{
    const QMutexLocker lock(&m_mutex);
    qint64 n = 0;
    for (const Bucket& b : m_buckets) {
        n += b.count;
    }
    for (const Bucket& b : m_overflow) {
        n += b.count;
    }
    return n;
}

Result<int> RefusedLoginLog::flush(std::optional<qint64> nowMs)
{
    const qint64 windowMs = m_limits.windowSecs * 1000LL;
    QList<Bucket> due;
    QList<Bucket> overflowDue;
    {
        const QMutexLocker lock(&m_mutex);
        const auto isDue = [&](const Bucket& b) { return !nowMs || b.windowStartMs + windowMs <= *nowMs; };
        // Moves the due buckets of `from` (per user and address, or the overflow per window) to `to`.
        const auto takeDue = [&](auto& from, QList<Bucket>& to) {
            for (auto it = from.begin(); it != from.end();) {
                if (isDue(*it)) {
                    to.append(*it);
                    it = from.erase(it);
                } else {
                    ++it;
                }
            }
        };
        takeDue(m_buckets, due);
        takeDue(m_overflow, overflowDue);
        for (auto it = m_bucketsPerWindow.begin(); it != m_bucketsPerWindow.end();) {
            it = !nowMs || it.key() + windowMs <= *nowMs ? m_bucketsPerWindow.erase(it) : std::next(it);
        }
    }
    if (due.isEmpty() && overflowDue.isEmpty()) {
        return 0;
    }
    const auto details = [this](const Bucket& b) {
        return QJsonObject{{QStringLiteral("count"), b.count},
                           {QStringLiteral("reasons"), counts(b.reasons)},
                           {QStringLiteral("first_ms"), b.firstMs},
                           {QStringLiteral("last_ms"), b.lastMs},
                           {QStringLiteral("window_s"), m_limits.windowSecs}};
    };
    auto done = m_db.writeTransaction([&](QSqlDatabase& db) -> Result<void> {
        for (const Bucket& b : due) {
            QJsonObject d = details(b);
            d.insert(QStringLiteral("ip"), b.address);
            if (auto ok = m_audit.append(db, QStringLiteral("auth.login-refused"), QStringLiteral("user:") + b.user, d);
                !ok) {
                return std::unexpected(ok.error());
            }
        }
        for (const Bucket& b : overflowDue) {
            QJsonObject d = details(b);
            d.insert(QStringLiteral("overflow"), true);
            d.insert(QStringLiteral("ips"), counts(b.addresses));
            if (auto ok = m_audit.append(db, QStringLiteral("auth.login-refused"), QStringLiteral("*"), d); !ok) {
                return std::unexpected(ok.error());
            }
        }
        return {};
    });
    if (!done) {
        // Keep the counts: the next flush tries again (the totals stay exact).
        const QMutexLocker lock(&m_mutex);
        const auto mergeBack = [](Bucket& into, const Bucket& b) {
            if (into.count == 0) {
                into = b;
                return;
            }
            into.count += b.count;
            into.firstMs = std::min(into.firstMs, b.firstMs);
            into.lastMs = std::max(into.lastMs, b.lastMs);
            for (auto it = b.reasons.cbegin(); it != b.reasons.cend(); ++it) {
                into.reasons[it.key()] += it.value();
            }
        };
        for (const Bucket& b : due) {
            mergeBack(m_buckets[QString::number(b.windowStartMs) + u'|' + b.user + u'|' + b.address], b);
        }
        for (const Bucket& b : overflowDue) {
            mergeBack(m_overflow[b.windowStartMs], b);
        }
        return std::unexpected(done.error());
    }
    return static_cast<int>(due.size() + overflowDue.size());
}

} // namespace authscope
