#include "core/sessions/RevocationRetry.h"

#include "core/storage/Database.h"
#include "core/storage/ScopedBusyTimeout.h"

#include <QElapsedTimer>
#include <QThread>

namespace authscope {

namespace {

// SQLite's own busy handler sleeps longer and longer (up to 100 ms) and so keeps missing a bulk writer's short
// pause; a few milliseconds per wait, retried here, does not.
constexpr int kPollBusyMs = 8;

} // namespace

Result<void> RevocationRetry::writeTransaction(Database& database,
                                               const std::function<Result<void>(QSqlDatabase&)>& work, qint64 limitMs)
{
    // PostgreSQL waits on its own write lock (no busy handler to shorten); its serialization and lock errors map to
    // storage.busy as SQLite's do, so the retry loop below serves both.
    const ScopedBusyTimeout polling(database, kPollBusyMs);
    QElapsedTimer waited;
    waited.start();
    Result<void> result;
    int attempts = 0;
    while (true) {
        ++attempts;
        result = database.writeTransaction(work);
        if (result || result.error().code != QStringLiteral("storage.busy") || waited.elapsed() >= limitMs) {
            break;
        }
        QThread::msleep(1);
    }
    if (!result && result.error().code == QStringLiteral("storage.busy")) {
        return fail(QStringLiteral("storage.busy"),
                    QStringLiteral("The revocation could not be written: another program kept the database locked for "
                                   "%1 s (%2 attempts). Nothing was revoked; the credential is still valid. Try again "
                                   "when the other program is done.")
                        .arg(waited.elapsed() / 1000)
                        .arg(attempts));
    }
    return result;
}

} // namespace authscope
