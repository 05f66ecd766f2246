#pragma once

#include <QDateTime>

#include <atomic>
#include <cstdint>

namespace authscope {

// Where "now" comes from. Production code asks the system clock; tests and the CLI's --now set a fixed or
// moving fake time so that expiry, rotation and timeouts can be checked without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual qint64 nowMs() const = 0;
    [[nodiscard]] qint64 nowSecs() const { return nowMs() / 1000; }
    [[nodiscard]] QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

    // The process-wide system clock.
    static const Clock& system();
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override;
};

class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 0) : m_ms(startMs) {}
    [[nodiscard]] qint64 nowMs() const override { return m_ms.load(); }
    void setMs(qint64 ms) { m_ms.store(ms); }
    void setSecs(qint64 secs) { m_ms.store(secs * 1000); }
    void advanceMs(qint64 ms) { m_ms.fetch_add(ms); }
    void advanceSecs(qint64 secs) { m_ms.fetch_add(secs * 1000); }

private:
    std::atomic<qint64> m_ms;
};

} // namespace authscope
