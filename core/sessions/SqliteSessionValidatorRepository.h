#pragma once

#include "core/sessions/SessionValidatorRepository.h"
#include "core/storage/SqliteStatement.h"

#include <memory>

namespace authscope {

class SqliteChangeDetector;
class SqliteConnection;

// SessionValidatorRepository on the SQLite C API. It has a connection of its own (see SqliteConnection: no QSqlQuery
// left active elsewhere on the thread can pin it to an old snapshot) with every statement prepared once, and the
// SqliteChangeDetector on that connection.
class SqliteSessionValidatorRepository final : public SessionValidatorRepository
{
public:
    static Result<std::unique_ptr<SqliteSessionValidatorRepository>> open(Database& database);
    ~SqliteSessionValidatorRepository() override;

    ChangeDetector& changes() override;
    Result<qint64> lastChangeSeq() override;
    Result<void> readChanges(qint64 afterSeq, ChangeSink& sink) override;
    Result<std::optional<SessionCache::Entry>> lookup(const SessionKey& key) override;
    Result<std::optional<UserRow>> user(qint64 userId) override;
    Result<void> writeSlides(const Slides& slides) override;
    Result<void> loadLive(qint64 nowMs, qint64 max,
                          const std::function<void(const SessionKey&, const SessionCache::Entry&)>& each) override;
    Result<void> writeTransaction(const std::function<Result<void>(Transaction&)>& work) override;
    Result<qint64> userAgentId(const QString& text, const QString& label) override;
    Result<qint64> insertSession(const NewRow& row) override;

private:
    explicit SqliteSessionValidatorRepository(std::unique_ptr<SqliteConnection> connection);
    Result<void> prepare();

    // Declared first, destroyed last: every statement (and the detector's) is finalised before it closes.
    std::unique_ptr<SqliteConnection> m_connection;
    std::unique_ptr<SqliteChangeDetector> m_changes;
    SqliteStatement m_lookup;
    SqliteStatement m_feed;
    SqliteStatement m_slide;
    SqliteStatement m_user;
    SqliteStatement m_uaFind;
    SqliteStatement m_uaInsert;
    SqliteStatement m_insert;
};

} // namespace authscope
