#pragma once

#include "core/storage/ChangeDetector.h"

#include <memory>

namespace authscope {

class Database;
class PostgresChangeListener;

// The PostgreSQL change detector: it compares the change sequence the Database's listener last heard of (an
// atomic, moved by LISTEN/NOTIFY; see PostgresChangeListener) with the one this thread accepted. No query, no system
// call. While the listener's connection is down it answers "changed": a cache that cannot be told about changes
// is not trusted.
class PostgresChangeDetector final : public ChangeDetector
{
public:
    static Result<std::unique_ptr<PostgresChangeDetector>> open(Database& database);

    Result<bool> poll() override;
    void accept() override;
    Result<qint64> stamp() override;

private:
    explicit PostgresChangeDetector(PostgresChangeListener& listener) : m_listener(listener) {}

    PostgresChangeListener& m_listener;
    qint64 m_seen = -2; // never accepted: the first poll answers "changed"
    qint64 m_polled = -2;
    quint64 m_seenLocal = 0;
    quint64 m_polledLocal = 0;
};

} // namespace authscope
