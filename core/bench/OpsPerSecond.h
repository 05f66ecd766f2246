#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace authscope::bench {

// Runs `once` in batches of `Batch` until `seconds` have passed and returns operations per second, or -1 as soon as
// `once` fails. The clock is read once a batch so that a fast operation is not measured with the timer's cost in it;
// every benchmark driver and its raw baseline measure through this one loop, so their ratio compares like with like.
template <int Batch, typename F>
double opsPerSecond(double seconds, F once)
{
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    const qint64 budgetNs = static_cast<qint64>(seconds * 1e9);
    while (timer.nsecsElapsed() < budgetNs) {
        for (int i = 0; i < Batch; ++i) {
            if (!once()) {
                return -1;
            }
        }
        count += Batch;
    }
    return static_cast<double>(count) * 1e9 / static_cast<double>(timer.nsecsElapsed());
}

} // namespace authscope::bench
