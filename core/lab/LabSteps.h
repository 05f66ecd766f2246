#pragma once

// Internal to core/lab: the four experiments as functions, called by LabRunner (one per Lab*Experiment.cpp).

#include "core/common/Error.h"
#include "core/lab/LabExperiments.h"

#include <atomic>
#include <functional>

namespace authscope::lab {

// How an experiment reports where it is and learns that it should stop.
struct LabProgress
{
    std::function<void(double fraction, const QString& step)> report; // fraction of this experiment, 0..1
    const std::atomic<bool>* cancel = nullptr;

    [[nodiscard]] bool cancelled() const { return cancel != nullptr && cancel->load(); }
    void operator()(double fraction, const QString& step) const
    {
        if (report) {
            report(fraction, step);
        }
    }
};

// Each returns what it measured; when cancelled, what it measured until then (the runner marks the run).
Result<CostResult> runCostExperiment(const LabOptions& options, const LabProgress& progress);
Result<RevocationResult> runRevocationExperiment(const LabOptions& options, const LabProgress& progress);
Result<BytesResult> runBytesExperiment(const LabOptions& options, const LabProgress& progress);
Result<ScaleResult> runScaleExperiment(const LabOptions& options, const LabProgress& progress);

} // namespace authscope::lab
