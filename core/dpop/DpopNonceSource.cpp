#include "core/dpop/DpopNonceSource.h"

#include "core/crypto/Random.h"
#include "core/jose/Base64Url.h"

#include <QMutexLocker>

namespace authscope::dpop {

DpopNonceSource::DpopNonceSource(const Clock& clock, int lifetimeSecs)
    : m_clock(clock), m_lifetimeSecs(std::max(1, lifetimeSecs))
{}

void DpopNonceSource::rotateLocked()
{
    m_previous = m_current;
    auto bytes = crypto::Random::bytes(16);
    // Random::bytes fails only when the OS has no entropy; a nonce that cannot be made is one nobody can match.
    m_current = bytes ? QString::fromLatin1(jose::Base64Url::encode(*bytes)) : QString();
    m_issuedMs = m_clock.nowMs();
}

void DpopNonceSource::rotateIfDueLocked()
{
    const qint64 now = m_clock.nowMs();
    const qint64 age = now - m_issuedMs;
    if (m_current.isEmpty() || age >= m_lifetimeSecs * 1000LL || age < 0) {
        rotateLocked();
        if (age >= 2LL * m_lifetimeSecs * 1000) {
            m_previous.clear(); // nobody asked for a nonce for a whole lifetime: the old one is stale too
        }
    }
}

QString DpopNonceSource::current()
{
    QMutexLocker lock(&m_mutex);
    rotateIfDueLocked();
    return m_current;
}

bool DpopNonceSource::accepts(const QString& nonce)
{
    QMutexLocker lock(&m_mutex);
    rotateIfDueLocked();
    if (nonce.isEmpty()) {
        return false;
    }
    return nonce == m_current || (!m_previous.isEmpty() && nonce == m_previous);
}

void DpopNonceSource::rotate()
{
    QMutexLocker lock(&m_mutex);
    rotateLocked();
}

} // namespace authscope::dpop
