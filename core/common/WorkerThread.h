#pragma once

#include <QString>

#include <functional>

class QObject;
class QThread;

namespace authscope {

// A thread of its own for a QObject worker (a server's listening socket and the connections it accepts): started
// with the worker moved onto it, and taken down with what lives there ending there.
class WorkerThread final
{
public:
    WorkerThread() = delete;

    // A new thread named `name`, started, with `worker` moved onto it.
    [[nodiscard]] static QThread* start(QObject* worker, const QString& name);
    // Runs `end` on the thread in `context`'s event loop and waits for it, then stops the thread, deletes it and
    // nulls `thread`.
    static void stop(QThread*& thread, QObject* context, const std::function<void()>& end);
};

} // namespace authscope
