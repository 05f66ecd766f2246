#pragma once

#include "core/lab/AttackRunner.h"

#include <QObject>

#include <atomic>

class QThread;

namespace authscope {

// One self-attack run in a worker thread, so the console never stalls: for the built-in target it makes, uses and
// destroys the SelfAttackEnvironment in that thread (as the environment requires); then AttackRunner::run. The
// signals arrive in the thread the job lives in.
class AttackJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttackJob)

public:
    struct Config
    {
        bool builtIn = true;
        lab::AttackTarget target; // for another server: baseUrl, username, password
        lab::SelfAttackEnvironment::Options environment;
    };

    explicit AttackJob(QObject* parent = nullptr);
    ~AttackJob() override; // cancels and waits

    // False when a run is already going.
    bool start(const Config& config);
    // The row under way finishes (a row takes up to four requests), the others are not run.
    void cancel() { m_cancel.store(true); }
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }
    [[nodiscard]] bool isCancelling() const { return m_cancel.load(); }

Q_SIGNALS:
    void stepChanged(const QString& text);
    void targetReady(const QString& baseUrl);
    void attackFinished(int done, int total, const authscope::lab::AttackResult& result);
    // The run ended: results (those finished until a cancel), cancelled or not. On an error: failed instead.
    void finished(const QList<authscope::lab::AttackResult>& results, bool cancelled);
    void failed(const QString& message);

private:
    void work(Config config);
    void done();

    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace authscope
