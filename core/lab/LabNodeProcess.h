#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>

class QProcess;

namespace authscope::lab {

// A second test server node in a process of its own: `authscope-cli --db DB serve --port 0 --node NAME`, as an
// administrator runs one beside another on a shared database. A process, not a thread: within one process a commit
// is seen by every change detector at once, which would measure nothing about the change feed between nodes.
// Secrets go through the child's environment, never its argv (the scratch vault's passphrase as
// AUTHSCOPE_PASSPHRASE, a PostgreSQL password as PGPASSWORD). The process is ended with this object.
class LabNodeProcess final
{
public:
    struct Options
    {
        QString database; // the file or postgresql:// URL node A serves
        QString nodeName;
        QString issuer; // the same for both nodes, as behind a load balancer
        QByteArray vaultPassphrase;
        QString databasePassword;
    };

    // Starts the node and waits (up to 60 s, or until `cancel`) until it listens.
    static Result<std::unique_ptr<LabNodeProcess>> start(const Options& options, const std::atomic<bool>* cancel);
    ~LabNodeProcess();
    Q_DISABLE_COPY_MOVE(LabNodeProcess)

    [[nodiscard]] quint16 port() const { return m_port; }

    // The authscope-cli to start: AUTHSCOPE_CLI when set, else the one beside this program (or in the build tree's
    // app/cli), else the PATH's; empty when there is none.
    [[nodiscard]] static QString cliPath();

private:
    LabNodeProcess() = default;

    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace authscope::lab
