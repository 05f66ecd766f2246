#include "core/logout/IssuerCall.h"

#include <QThread>

#include <memory>

namespace authscope::logout {

void IssuerCall::run(const std::function<void()>& work)
{
    std::unique_ptr<QThread> thread(QThread::create(work));
    thread->setObjectName(QStringLiteral("authscope-issuer-call"));
    thread->start();
    thread->wait();
}

} // namespace authscope::logout
