#pragma once

#include "core/common/Error.h"
#include "core/lab/LabExperiments.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <atomic>
#include <functional>
#include <optional>

class QThread;

namespace authscope::lab {

class LabResultStore;

// Runs the Lab's experiments. Each one builds its own scratch world in a temporary folder (database, users,
// fresh HS256/RS256/ES256/EdDSA keys, the test server on 127.0.0.1 with a free port) and tears it down after;
// the user's data is never touched. Only the results go to the LabResultStore, when one is set.
//
// run() works in a worker thread so that the console never stalls; the signals then arrive queued in the
// receiver's thread. runBlocking() does the same work in the calling thread (the CLI, the tests) and emits the
// same signals directly. cancel() sets an atomic flag that the experiments poll at least every half second:
// the experiment under way stops and is reported (and saved) as cancelled with what it measured so far, the
// others do not start.
class LabRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabRunner)

public:
    explicit LabRunner(QObject* parent = nullptr);
    ~LabRunner() override; // cancels a running run and waits for it

    // Where each finished experiment is saved (not owned; it must outlive the run). nullptr: not saved.
    void setResultStore(LabResultStore* store) { m_store = store; }
    // A PostgreSQL server the revocation-across-nodes experiment also runs on (a scratch database created there
    // and dropped after); std::nullopt: SQLite only. Set before run().
    void setPostgresServer(const std::optional<LabPostgresServer>& server) { m_postgres = server; }

    // Starts in a worker thread; false (and nothing happens) when a run is already going or the list is empty.
    bool run(const QList<Experiment>& experiments, const LabOptions& options);
    // The same in this thread. Returns the runs (one per experiment that ran, cancelled ones included); an error
    // when an experiment failed (the runs before it were still emitted and saved).
    Result<QList<LabRun>> runBlocking(const QList<Experiment>& experiments, const LabOptions& options);

    void cancel() { m_cancel.store(true); }
    [[nodiscard]] bool isRunning() const { return m_running.load(); }
    [[nodiscard]] bool isCancelling() const { return m_cancel.load(); }

    // Blocks until a run() started earlier has finished (returns at once when none is running).
    void wait();

Q_SIGNALS:
    // percent over the whole run (0–100); step is an English sentence ("cost: jwt-RS256").
    void progress(int percent, const QString& step);
    // An experiment finished (cancelled ones too, with what they measured); result is e.g. CostResult::toJson().
    void experimentFinished(authscope::lab::Experiment experiment, const QJsonObject& result);
    // What the experiment under way has measured so far (the same form as experimentFinished's result), a few
    // times a second, so that charts fill in as results arrive.
    void experimentUpdated(authscope::lab::Experiment experiment, const QJsonObject& partial);
    // It was saved to the result store as this run.
    void experimentSaved(const authscope::lab::LabRun& run);
    // The run is over: every experiment ran, or cancel() stopped it (cancelled = true).
    void finished(bool cancelled);
    // An experiment failed (or its result could not be saved): the run stopped; finished() is not emitted.
    void failed(const QString& message);

private:
    Result<QList<LabRun>> execute(const QList<Experiment>& experiments, const LabOptions& options);

    LabResultStore* m_store = nullptr;
    std::optional<LabPostgresServer> m_postgres;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
};

} // namespace authscope::lab
