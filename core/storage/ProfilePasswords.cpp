#include "core/storage/ProfilePasswords.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace authscope {

namespace {

const QString kService = QStringLiteral("AuthScope database");
constexpr int kTimeoutMs = 10000;

// Runs a keychain job to its end (it reports through a signal) and maps its error.
Result<void> run(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // a password never goes to a plain file
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    switch (job.error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return fail(QStringLiteral("storage.no-keychain"),
                    QStringLiteral("No keychain service is running here (%1), so profiles keep no passwords: the "
                                   "password comes from PGPASSWORD, ~/.pgpass (PGPASSFILE) or a prompt each time.")
                        .arg(job.errorString()));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return fail(QStringLiteral("storage.keychain-denied"),
                    QStringLiteral("The keychain refused access: %1").arg(job.errorString()));
    default:
        if (job.errorString().contains(QStringLiteral("D-Bus"), Qt::CaseInsensitive) ||
            job.errorString().contains(QStringLiteral("DBus"), Qt::CaseInsensitive) ||
            job.errorString().contains(QStringLiteral("secret"), Qt::CaseInsensitive)) {
            return fail(QStringLiteral("storage.no-keychain"),
                        QStringLiteral("No keychain service is reachable here (%1), so profiles keep no passwords: "
                                       "the password comes from PGPASSWORD, ~/.pgpass (PGPASSFILE) or a prompt "
                                       "each time.")
                            .arg(job.errorString()));
        }
        return fail(QStringLiteral("storage.keychain"),
                    QStringLiteral("The keychain failed: %1").arg(job.errorString()));
    }
}

} // namespace

Result<std::optional<QString>> ProfilePasswords::read(const QString& profile)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(profile);
    if (auto ok = run(job); !ok) {
        return std::unexpected(ok.error());
    }
    if (job.error() == QKeychain::EntryNotFound) {
        return std::optional<QString>();
    }
    return std::optional<QString>(job.textData());
}

Result<void> ProfilePasswords::write(const QString& profile, const QString& password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(profile);
    job.setTextData(password);
    return run(job);
}

Result<void> ProfilePasswords::remove(const QString& profile)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(profile);
    return run(job);
}

} // namespace authscope
