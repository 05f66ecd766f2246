#pragma once

#include "core/logout/BackchannelDelivery.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <deque>

namespace authscope::logout {

// The record of every back-channel logout delivery attempt (B-TRACE): kept in memory, bounded (the oldest entries
// go first), readable from any thread. The notifier appends from its own thread; deliveryRecorded() is emitted
// there, so widgets and the CLI's log connect with a queued connection.
class BackchannelTrace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackchannelTrace)

public:
    static constexpr qsizetype DefaultCapacity = 1000;

    explicit BackchannelTrace(qsizetype capacity = DefaultCapacity, QObject* parent = nullptr);

    void record(const BackchannelDelivery& delivery);
    [[nodiscard]] QList<BackchannelDelivery> entries() const;
    [[nodiscard]] qsizetype size() const;
    void clear();

Q_SIGNALS:
    void deliveryRecorded(const authscope::logout::BackchannelDelivery& delivery);

private:
    const qsizetype m_capacity;
    mutable QMutex m_mutex;
    std::deque<BackchannelDelivery> m_entries;
};

} // namespace authscope::logout
