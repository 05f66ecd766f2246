#include "core/common/WorkerThread.h"

#include <QMetaObject>
#include <QThread>

namespace authscope {

QThread* WorkerThread::start(QObject* worker, const QString& name)
{
    auto* thread = new QThread;
    thread->setObjectName(name);
    worker->moveToThread(thread);
    thread->start();
    return thread;
}

void WorkerThread::stop(QThread*& thread, QObject* context, const std::function<void()>& end)
{
    QMetaObject::invokeMethod(context, end, Qt::BlockingQueuedConnection);
    thread->quit();
    thread->wait();
    delete thread;
    thread = nullptr;
}

} // namespace authscope
