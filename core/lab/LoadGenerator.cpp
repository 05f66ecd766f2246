#include "core/lab/LoadGenerator.h"

#include "core/http/HttpResponseReader.h"
#include "core/lab/LabHttpClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

namespace authscope::lab {

namespace {

using http::HttpResponseReader;

// Only the status and the framing are needed: nothing is copied per answer.
constexpr HttpResponseReader::Options kStatusOnly{.keep = HttpResponseReader::Keep::StatusOnly};

// Everything below lives in the generator's thread.
class LoadDriver final
{
public:
    explicit LoadDriver(const LoadGenerator::Options& options)
        : m_options(options), m_request(LabHttpClient::buildRequest("GET", options.path, options.headers)),
          m_warmupEndNs(static_cast<qint64>(options.warmupSeconds * 1e9)),
          m_endNs(m_warmupEndNs + static_cast<qint64>(options.seconds * 1e9))
    {}

    Result<LoadGenerator::Report> run()
    {
        QEventLoop loop;
        m_loop = &loop;
        m_clock.start();
        for (int i = 0; i < std::max(1, m_options.connections); ++i) {
            m_connections.push_back(std::make_unique<Connection>());
            open(*m_connections.back());
        }
        QTimer tick;
        tick.setInterval(50);
        QObject::connect(&tick, &QTimer::timeout, &loop, [this] { check(); });
        tick.start();
        loop.exec();
        m_connections.clear();
        if (m_failed && m_report.requests == 0) {
            return fail(QStringLiteral("lab.load"), m_failure);
        }
        return std::move(m_report);
    }

private:
    struct Connection
    {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray buffer;
        http::HttpClientResponse response; // the last answer's status (reused: no allocation per answer)
        qint64 sentNs = -1;                // -1: idle
    };

    void open(Connection& c)
    {
        c.socket = std::make_unique<QTcpSocket>();
        c.buffer.clear();
        c.sentNs = -1;
        QTcpSocket* s = c.socket.get();
        QObject::connect(s, &QTcpSocket::connected, s, [this, &c] {
            c.socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            send(c);
        });
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, &c] { onReadyRead(c); });
        QObject::connect(s, &QTcpSocket::disconnected, s, [this, &c] { onDropped(c); });
        QObject::connect(s, &QTcpSocket::errorOccurred, s, [this, &c](QAbstractSocket::SocketError) {
            if (c.socket && c.socket->state() != QAbstractSocket::ConnectedState) {
                onDropped(c);
            }
        });
        s->connectToHost(m_options.address, m_options.port);
    }

    void send(Connection& c)
    {
        if (m_stopping || m_clock.nsecsElapsed() >= m_endNs) {
            c.sentNs = -1;
            return;
        }
        c.sentNs = m_clock.nsecsElapsed();
        c.socket->write(m_request);
    }

    void onReadyRead(Connection& c)
    {
        c.buffer += c.socket->readAll();
        while (true) {
            const HttpResponseReader::Outcome outcome = HttpResponseReader::read(c.buffer, c.response, kStatusOnly);
            if (outcome.step == HttpResponseReader::Step::NeedMore) {
                return;
            }
            const bool malformed = outcome.step == HttpResponseReader::Step::Failed;
            const int status = malformed ? -1 : c.response.status;
            const bool close = malformed || c.response.closeAfter;
            if (malformed) {
                c.buffer.clear();
            } else {
                c.buffer.remove(0, outcome.consumed);
            }
            const qint64 now = m_clock.nsecsElapsed();
            ++m_answered;
            if (c.sentNs >= m_warmupEndNs && now <= m_endNs) {
                ++m_report.requests;
                m_report.latenciesNs.push_back(now - c.sentNs);
                if (status != 200) {
                    ++m_report.errors;
                }
            }
            if (close) {
                c.sentNs = -1;
                c.socket->disconnect();
                c.socket->abort();
                reopenLater(c);
                return;
            }
            send(c);
        }
    }

    void onDropped(Connection& c)
    {
        if (!c.socket) {
            return;
        }
        const qint64 now = m_clock.nsecsElapsed();
        if (m_stopping || (m_options.cancel != nullptr && m_options.cancel->load())) {
            // Cancelling may tear the server down before check() notices: not a failure, and nothing to reopen.
            c.sentNs = -1;
            c.socket->disconnect();
            return;
        }
        if (c.sentNs >= m_warmupEndNs && now <= m_endNs) {
            ++m_report.requests;
            ++m_report.errors;
        }
        if (m_answered == 0) {
            // Not one answer yet, warm-up included: the server cannot be reached.
            m_failed = true;
            m_failure = QStringLiteral("The load generator could not reach the scratch server: %1")
                            .arg(c.socket->errorString());
        }
        c.sentNs = -1;
        c.socket->disconnect();
        reopenLater(c);
    }

    void reopenLater(Connection& c)
    {
        // Not from inside the socket's own signal: the socket is replaced on the next turn of the loop.
        QTimer::singleShot(m_failed ? 50 : 0, m_loop, [this, &c] {
            if (!m_stopping) {
                open(c);
            }
        });
    }

    void check()
    {
        const qint64 now = m_clock.nsecsElapsed();
        if (m_options.cancel != nullptr && m_options.cancel->load()) {
            m_report.cancelled = true;
            finish(now);
            return;
        }
        if (now < m_endNs) {
            return;
        }
        m_stopping = true;
        const bool idle =
            std::all_of(m_connections.cbegin(), m_connections.cend(), [](const auto& c) { return c->sentNs < 0; });
        // Answers still in flight at the end are not counted; give them a moment so sockets close cleanly.
        if (idle || now > m_endNs + 2'000'000'000LL) {
            finish(now);
        }
    }

    void finish(qint64 now)
    {
        m_stopping = true;
        m_report.seconds = static_cast<double>(std::clamp(now, m_warmupEndNs, m_endNs) - m_warmupEndNs) / 1e9;
        m_loop->quit();
    }

    LoadGenerator::Options m_options;
    QByteArray m_request;
    qint64 m_warmupEndNs;
    qint64 m_endNs;
    QElapsedTimer m_clock;
    QEventLoop* m_loop = nullptr;
    std::vector<std::unique_ptr<Connection>> m_connections;
    LoadGenerator::Report m_report;
    bool m_stopping = false;
    qint64 m_answered = 0; // responses of any kind, warm-up included
    bool m_failed = false;
    QString m_failure;
};

} // namespace

double LoadGenerator::Report::meanMs() const
{
    if (latenciesNs.empty()) {
        return 0;
    }
    const double sum = std::accumulate(latenciesNs.cbegin(), latenciesNs.cend(), 0.0,
                                       [](double acc, qint64 v) { return acc + static_cast<double>(v); });
    return sum / static_cast<double>(latenciesNs.size()) / 1e6;
}

double LoadGenerator::Report::percentileMs(double p) const
{
    if (latenciesNs.empty()) {
        return 0;
    }
    std::vector<qint64> sorted = latenciesNs;
    const auto n = sorted.size();
    auto rank = static_cast<size_t>(std::ceil(std::clamp(p, 0.0, 100.0) / 100.0 * static_cast<double>(n)));
    rank = std::clamp<size_t>(rank, 1, n) - 1;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(rank), sorted.end());
    return static_cast<double>(sorted[rank]) / 1e6;
}

Result<LoadGenerator::Report> LoadGenerator::run(const Options& options)
{
    if (options.port == 0 || options.seconds <= 0) {
        return fail(QStringLiteral("lab.load"), QStringLiteral("The load generator needs a port and a duration."));
    }
    Result<Report> result = fail(QStringLiteral("lab.load"), QStringLiteral("The load generator did not run."));
    std::unique_ptr<QThread> thread(QThread::create([&options, &result] { result = LoadDriver(options).run(); }));
    thread->setObjectName(QStringLiteral("authscope-load"));
    thread->start();
    thread->wait();
    return result;
}

} // namespace authscope::lab
