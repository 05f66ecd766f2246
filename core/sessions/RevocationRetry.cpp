#include "core/sessions/RevocationRetry.h"

#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

namespace authscope {

namespace {

// SQLite's own busy handler sleeps longer and longer (up to 100 ms) and so keeps missing a bulk writer's short
// pause; a few milliseconds per wait, retried here, does not.
constexpr int kPollBusyMs = 8;

int busyTimeout(QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next() ? q.value(0).toInt() : -1;
}

void setBusyTimeout(QSqlDatabase& db, int ms)
{
    QSqlQuery q(db);
    // PRAGMA takes no bound parameters; the value is our own integer.
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
}

} // namespace

Result<void> RevocationRetry::writeTransaction(Database& database,
                                               const std::function<Result<void>(QSqlDatabase&)>& work, qint64 limitMs)
{
    QSqlDatabase db = database.connection();
    // PostgreSQL waits on its own write lock (no busy handler to shorten); its serialization and lock errors map to
    // storage.busy as SQLite's do, so the retry loop below serves both.
    const int before = db.isOpen() && !database.isPostgres() ? busyTimeout(db) : -1;
    if (before >= 0) {
        setBusyTimeout(db, kPollBusyMs);
    }
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
    if (before >= 0) {
        setBusyTimeout(db, before);
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
