#include "ui/issuers/IssuerTask.h"

#include "core/issuers/HttpFetcher.h"

#include <QThread>

namespace authscope {

IssuerTask::IssuerTask(QObject* parent) : QObject(parent) {}

IssuerTask::~IssuerTask()
{
    if (m_thread != nullptr) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool IssuerTask::start(const QString& description, bool allowHttp, Work work, Done done)
{
    if (m_thread != nullptr) {
        return false;
    }
    m_done = std::move(done);
    m_cancelled = false;
    m_result = std::make_shared<std::optional<Result<QJsonObject>>>();
    m_thread = QThread::create([this, allowHttp, work = std::move(work), result = m_result] {
        issuers::HttpFetcher fetcher(allowHttp);
        {
            const QMutexLocker lock(&m_mutex);
            if (m_cancelled) {
                *result = fail(QStringLiteral("issuers.cancelled"), QStringLiteral("cancelled"));
                return;
            }
            m_fetcher = &fetcher;
        }
        *result = work(fetcher);
        const QMutexLocker lock(&m_mutex);
        m_fetcher = nullptr;
    });
    m_thread->setObjectName(QStringLiteral("authscope-issuer-call"));
    connect(m_thread, &QThread::finished, this, &IssuerTask::finish, Qt::QueuedConnection);
    m_thread->start();
    Q_EMIT runningChanged(true, description);
    return true;
}

void IssuerTask::cancel()
{
    const QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    if (m_fetcher != nullptr) {
        m_fetcher->cancel();
    }
}

void IssuerTask::finish()
{
    if (m_thread == nullptr) {
        return;
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    bool cancelled = false;
    {
        const QMutexLocker lock(&m_mutex);
        cancelled = m_cancelled;
    }
    const Result<QJsonObject> result =
        m_result->value_or(fail(QStringLiteral("issuers.task"), QStringLiteral("the call ended without an answer")));
    m_result.reset();
    Done done = std::move(m_done);
    m_done = nullptr;
    Q_EMIT runningChanged(false, QString());
    if (done) {
        done(result, cancelled);
    }
}

} // namespace authscope
