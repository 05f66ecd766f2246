#include "ui/lab/AttackJob.h"

#include <QThread>

namespace authscope {

AttackJob::AttackJob(QObject* parent) : QObject(parent) {}

AttackJob::~AttackJob()
{
    cancel();
    if (m_thread != nullptr) {
        m_thread->wait();
        delete m_thread;
    }
}

bool AttackJob::start(const Config& config)
{
    if (m_thread != nullptr) {
        return false;
    }
    m_cancel.store(false);
    m_thread = QThread::create([this, config] { work(config); });
    m_thread->setObjectName(QStringLiteral("authscope-attack"));
    m_thread->start();
    return true;
}

void AttackJob::done()
{
    if (m_thread != nullptr) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void AttackJob::work(Config config)
{
    // Runs in the worker thread; what the GUI must see is posted to this object's thread.
    const auto post = [this](auto&& fn) {
        QMetaObject::invokeMethod(this, std::forward<decltype(fn)>(fn), Qt::QueuedConnection);
    };
    std::optional<lab::SelfAttackEnvironment> environment;
    lab::AttackTarget target = config.target;
    if (config.builtIn) {
        post([this] { Q_EMIT stepChanged(tr("Starting the built-in server on a scratch database…")); });
        environment.emplace();
        auto started = environment->start(config.environment);
        if (!started) {
            const QString message = started.error().message;
            environment.reset();
            post([this, message] {
                done();
                Q_EMIT failed(message);
            });
            return;
        }
        target = *started;
    }
    const QString baseUrl = target.baseUrl;
    post([this, baseUrl] { Q_EMIT targetReady(baseUrl); });
    QList<lab::AttackResult> results;
    Result<QList<lab::AttackResult>> outcome = results;
    if (!m_cancel.load()) {
        lab::AttackRunner runner;
        outcome = runner.run(target, [this, &post](int finishedRows, int total, const lab::AttackResult& result) {
            post([this, finishedRows, total, result] { Q_EMIT attackFinished(finishedRows, total, result); });
            return !m_cancel.load();
        });
    }
    // The password leaves memory with the target; the environment goes in the thread that made it.
    target.password.fill('\0');
    config.target.password.fill('\0');
    environment.reset();
    const bool cancelled = m_cancel.load();
    if (!outcome) {
        const QString message = outcome.error().message;
        post([this, message] {
            done();
            Q_EMIT failed(message);
        });
        return;
    }
    post([this, list = *outcome, cancelled] {
        done();
        Q_EMIT finished(list, cancelled);
    });
}

} // namespace authscope
