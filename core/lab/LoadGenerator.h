#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>

#include <atomic>
#include <vector>

namespace authscope::lab {

// A small in-process HTTP load generator for the Lab: N keep-alive connections over non-blocking sockets, driven
// by an event loop in a thread of its own, each sending the same request again as soon as the answer is in (no
// pipelining). Every latency of the measuring window is kept, so percentiles are exact; answers other than 200 and
// broken connections count as errors. Loopback only by intent: it is pointed at the Lab's scratch server.
class LoadGenerator final
{
public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;
        QByteArray path = QByteArrayLiteral("/healthz");
        QList<QByteArray> headers; // complete header lines without CRLF ("Cookie: sid=...")
        int connections = 4;
        double warmupSeconds = 0.2;                // requests that start in the warm-up are not counted
        double seconds = 1.0;                      // the measuring window after the warm-up
        const std::atomic<bool>* cancel = nullptr; // polled every 50 ms; stops the run early
    };

    struct Report
    {
        qint64 requests = 0; // answered in the window (errors included)
        qint64 errors = 0;
        double seconds = 0; // the window actually measured
        bool cancelled = false;
        std::vector<qint64> latenciesNs; // of every answer counted, in arrival order

        [[nodiscard]] double requestsPerSec() const { return seconds > 0 ? double(requests) / seconds : 0; }
        [[nodiscard]] double meanMs() const;
        // p in [0, 100]; nearest-rank on the sorted latencies.
        [[nodiscard]] double percentileMs(double p) const;
    };

    // Blocks the calling thread until the run is over; the load itself runs in its own thread.
    static Result<Report> run(const Options& options);
};

} // namespace authscope::lab
