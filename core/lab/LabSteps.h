#pragma once

// Internal to core/lab: the experiments as functions, called by LabRunner (one per Lab*Experiment.cpp).

#include "core/common/Error.h"
#include "core/lab/LabExperiments.h"
#include "core/lab/NodeRevocationResult.h"
#include "core/lab/StolenCredentialResult.h"

#include <atomic>
#include <functional>
#include <memory>

namespace authscope::lab {

// How an experiment reports where it is and learns that it should stop.
struct LabProgress
{
    std::function<void(double fraction, const QString& step)> report; // fraction of this experiment, 0..1
    const std::atomic<bool>* cancel = nullptr;
    // What was measured so far, for charts that fill in while the experiment runs (e.g. CostResult::toJson()).
    std::function<void(const QJsonObject& partial)> partial;

    [[nodiscard]] bool cancelled() const { return cancel != nullptr && cancel->load(); }
    void operator()(double fraction, const QString& step) const
    {
        if (report) {
            report(fraction, step);
        }
    }
    void update(const QJsonObject& result) const
    {
        if (partial) {
            partial(result);
        }
    }
};

// What a set-up step made (a scratch world, a server, a node), kept in `into` for the rest of the experiment; the
// error when it could not be made.
template <typename T>
Result<void> keep(std::unique_ptr<T>& into, Result<std::unique_ptr<T>> made)
{
    if (!made) {
        return std::unexpected(made.error());
    }
    into = std::move(*made);
    return {};
}

// Each returns what it measured; when cancelled, what it measured until then (the runner marks the run).
Result<CostResult> runCostExperiment(const LabOptions& options, const LabProgress& progress);
Result<RevocationResult> runRevocationExperiment(const LabOptions& options, const LabProgress& progress);
Result<BytesResult> runBytesExperiment(const LabOptions& options, const LabProgress& progress);
Result<ScaleResult> runScaleExperiment(const LabOptions& options, const LabProgress& progress);
Result<StolenCredentialResult> runStolenCredentialExperiment(const LabOptions& options, const LabProgress& progress);
// On an SQLite file always; on PostgreSQL too when `postgres` names a server.
Result<NodeRevocationResult> runNodeRevocationExperiment(const LabOptions& options,
                                                         const std::optional<LabPostgresServer>& postgres,
                                                         const LabProgress& progress);

} // namespace authscope::lab
