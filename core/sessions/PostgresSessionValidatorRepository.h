#pragma once

#include "core/sessions/SessionValidatorRepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace authscope {

class PostgresChangeDetector;

// SessionValidatorRepository on PostgreSQL (QtSql's QPSQL driver): a connection of its own with every statement
// prepared once on the server, and the LISTEN/NOTIFY change detector, so a validation answered from the cache
// sends nothing to the server. A connection the server dropped (restart, pg_terminate_backend) is reopened and
// its statements prepared again on the next call. Writes take the same database-wide write lock as
// Database::writeTransaction.
class PostgresSessionValidatorRepository final : public SessionValidatorRepository
{
public:
    static Result<std::unique_ptr<PostgresSessionValidatorRepository>> open(Database& database);
    ~PostgresSessionValidatorRepository() override;

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
    explicit PostgresSessionValidatorRepository(Database& database);
    Result<void> prepare();
    // Reopens the connection (and prepares again) when the server dropped it.
    Result<void> ready();
    Result<void> run(QSqlQuery& query, const QVariantList& bindings, const char* doing);
    Result<void> inTransaction(const std::function<Result<void>()>& work);

    Database& m_database;
    QString m_name;
    QSqlDatabase m_connection;
    std::unique_ptr<PostgresChangeDetector> m_changes;
    QSqlQuery m_lookup;
    QSqlQuery m_feed;
    QSqlQuery m_slide;
    QSqlQuery m_user;
    QSqlQuery m_uaFind;
    QSqlQuery m_uaInsert;
    QSqlQuery m_insert;
};

} // namespace authscope
