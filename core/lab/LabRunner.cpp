#include "core/lab/LabRunner.h"

#include "core/lab/LabResultStore.h"
#include "core/lab/LabSteps.h"

#include <QThread>

namespace authscope::lab {

namespace {

// How much of the run's time each experiment takes, roughly, for one progress bar over all of them.
double weightOf(Experiment experiment, const LabOptions& options)
{
    switch (experiment) {
    case Experiment::CostPerRequest:
        return (options.secondsPerMode + options.warmupSeconds) * double(4 + options.jwtAlgorithms.size());
    case Experiment::RevocationWindow:
        return options.revocationAfterMs / 1000.0 + options.revocationTokenLifetimeSecs + 1.0;
    case Experiment::BytesOnWire:
        return 1.0;
    case Experiment::Scale: {
        double w = 0;
        for (const qint64 n : options.scaleSizes) {
            w += 1.0 + double(n) / 100'000.0 + 8 * options.scaleJwtSeconds;
        }
        return w;
    }
    case Experiment::StolenCredential:
        return 2.0 + 2 * options.stolenObserveMs / 1000.0;
    case Experiment::NodeRevocation:
        return 3.0 + options.nodeRepetitions * 0.05;
    }
    return 1.0;
}

// GCC 12's std::expected has no transform().
template <typename T>
Result<QJsonObject> asJson(const Result<T>& result)
{
    if (!result) {
        return std::unexpected(result.error());
    }
    return result->toJson();
}

// Runs one experiment: what it measured, as JSON.
Result<QJsonObject> measure(Experiment experiment, const LabOptions& options,
                            const std::optional<LabPostgresServer>& postgres, const LabProgress& progress)
{
    switch (experiment) {
    case Experiment::CostPerRequest:
        return asJson(runCostExperiment(options, progress));
    case Experiment::RevocationWindow:
        return asJson(runRevocationExperiment(options, progress));
    case Experiment::BytesOnWire:
        return asJson(runBytesExperiment(options, progress));
    case Experiment::Scale:
        return asJson(runScaleExperiment(options, progress));
    case Experiment::StolenCredential:
        return asJson(runStolenCredentialExperiment(options, progress));
    case Experiment::NodeRevocation:
        return asJson(runNodeRevocationExperiment(options, postgres, progress));
    }
    return fail(QStringLiteral("lab.internal"), QStringLiteral("Unknown experiment."));
}

} // namespace

LabRunner::LabRunner(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<authscope::lab::Experiment>();
    qRegisterMetaType<authscope::lab::LabRun>();
}

LabRunner::~LabRunner()
{
    cancel();
    wait();
}

void LabRunner::wait()
{
    if (m_thread != nullptr) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

bool LabRunner::run(const QList<Experiment>& experiments, const LabOptions& options)
{
    if (m_running.load() || experiments.isEmpty()) {
        return false;
    }
    wait(); // the thread of the previous run, already finished
    m_cancel.store(false);
    m_running.store(true);
    m_thread = QThread::create([this, experiments, options] { (void)execute(experiments, options); });
    m_thread->setObjectName(QStringLiteral("authscope-lab"));
    m_thread->start();
    return true;
}

Result<QList<LabRun>> LabRunner::runBlocking(const QList<Experiment>& experiments, const LabOptions& options)
{
    if (m_running.load()) {
        return fail(QStringLiteral("lab.busy"), QStringLiteral("The Lab is already running."));
    }
    m_cancel.store(false);
    m_running.store(true);
    return execute(experiments, options);
}

Result<QList<LabRun>> LabRunner::execute(const QList<Experiment>& experiments, const LabOptions& options)
{
    QList<LabRun> runs;
    double total = 0;
    for (const Experiment e : experiments) {
        total += weightOf(e, options);
    }
    double done = 0;
    const QJsonObject optionsJson = options.toJson();
    const QJsonObject machine = LabRun::currentMachine();
    // The run ends early with `message`: failed(), and the error `code` with that message.
    const auto stop = [this](const QString& code, const QString& message) {
        m_running.store(false);
        Q_EMIT failed(message);
        return fail(code, message);
    };
    for (const Experiment experiment : experiments) {
        if (m_cancel.load()) {
            break;
        }
        const double weight = weightOf(experiment, options);
        LabProgress progress;
        progress.cancel = &m_cancel;
        int lastPercent = -1;
        QString lastStep;
        progress.report = [&](double fraction, const QString& step) {
            const double overall = total > 0 ? (done + weight * std::clamp(fraction, 0.0, 1.0)) / total : 1;
            const int percent = std::clamp(static_cast<int>(overall * 100), 0, 100);
            if (percent != lastPercent || step != lastStep) {
                lastPercent = percent;
                lastStep = step;
                Q_EMIT this->progress(percent, step);
            }
        };
        progress.partial = [this, experiment](const QJsonObject& partial) {
            Q_EMIT experimentUpdated(experiment, partial);
        };
        LabRun run;
        run.experiment = experiment;
        run.started = QDateTime::currentDateTimeUtc();
        run.quick = options.quick;
        run.options = optionsJson;
        run.machine = machine;
        const Result<QJsonObject> result = measure(experiment, options, m_postgres, progress);
        if (!result) {
            return stop(result.error().code,
                        QStringLiteral("%1 failed: %2").arg(experimentTitle(experiment), result.error().message));
        }
        run.finished = QDateTime::currentDateTimeUtc();
        run.cancelled = m_cancel.load();
        run.result = *result;
        Q_EMIT experimentFinished(experiment, run.result);
        if (m_store != nullptr) {
            auto id = m_store->save(run);
            if (!id) {
                return stop(id.error().code, QStringLiteral("The %1 result could not be saved: %2")
                                                 .arg(experimentTitle(experiment), id.error().message));
            }
            run.id = *id;
            Q_EMIT experimentSaved(run);
        }
        runs.append(run);
        done += weight;
    }
    const bool cancelled = m_cancel.load();
    if (!cancelled) {
        Q_EMIT progress(100, QStringLiteral("done"));
    }
    m_running.store(false);
    Q_EMIT finished(cancelled);
    return runs;
}

} // namespace authscope::lab
