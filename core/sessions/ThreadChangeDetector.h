#pragma once

#include "core/common/Error.h"

#include <QThread>

#include <memory>

namespace authscope {

class ChangeDetector;
class Database;

// A ChangeDetector on a connection of its own for the thread that asked last: opened on first use, and again when
// another thread asks (a connection belongs to the thread that opened it). Not thread-safe: the owner serialises.
class ThreadChangeDetector final
{
public:
    ThreadChangeDetector();
    ~ThreadChangeDetector();
    ThreadChangeDetector(const ThreadChangeDetector&) = delete;
    ThreadChangeDetector& operator=(const ThreadChangeDetector&) = delete;

    // The detector for the calling thread on `database`, or why it could not be opened.
    [[nodiscard]] Result<ChangeDetector*> forCurrentThread(Database& database)
    {
        if (m_thread == QThread::currentThread()) {
            return m_detector.get();
        }
        return reopen(database);
    }

private:
    Result<ChangeDetector*> reopen(Database& database);

    std::unique_ptr<ChangeDetector> m_detector;
    QThread* m_thread = nullptr;
};

} // namespace authscope
