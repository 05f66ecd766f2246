#include "core/logout/JtiReplayCache.h"

#include <algorithm>
#include <vector>

namespace authscope::logout {

bool JtiReplayCache::remember(const QString& issuer, const QString& jti, qint64 expMs, qint64 nowMs)
{
    const QString key = issuer + u'\n' + jti;
    if (auto it = m_seen.constFind(key); it != m_seen.constEnd() && it.value() > nowMs) {
        return false;
    }
    if (m_seen.size() >= m_capacity) {
        makeRoom(nowMs);
    }
    m_seen.insert(key, expMs);
    return true;
}

void JtiReplayCache::makeRoom(qint64 nowMs)
{
    m_seen.removeIf([nowMs](const auto& entry) { return entry.value() <= nowMs; });
    if (m_seen.size() < m_capacity) {
        return;
    }
    // Still full of live entries: drop the quarter that expires soonest.
    std::vector<qint64> expiries;
    expiries.reserve(static_cast<size_t>(m_seen.size()));
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
        expiries.push_back(it.value());
    }
    const auto cut = expiries.begin() + static_cast<std::ptrdiff_t>(expiries.size() / 4);
    std::nth_element(expiries.begin(), cut, expiries.end());
    const qint64 threshold = *cut;
    m_seen.removeIf([threshold](const auto& entry) { return entry.value() <= threshold; });
}

} // namespace authscope::logout
