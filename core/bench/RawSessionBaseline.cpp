#include "core/bench/RawSessionBaseline.h"

#include "core/bench/SessionBenchmark.h"
#include "core/sessions/PostgresSessionBulkRepository.h"
#include "core/sessions/SessionBulkRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PostgresBackend.h"

#include <libpq-fe.h>

#include <array>

namespace authscope {

namespace {

class SqliteBaseline final : public RawSessionBaseline
{
public:
    static Result<std::unique_ptr<RawSessionBaseline>> open(Database& database)
    {
        auto repo = SessionBulkRepository::open(database);
        if (!repo) {
            return std::unexpected(repo.error());
        }
        auto lookup = (*repo)->rawLookup();
        auto slide = (*repo)->rawSlideUpdate();
        if (!lookup || !slide) {
            return std::unexpected(!lookup ? lookup.error() : slide.error());
        }
        auto made = std::make_unique<SqliteBaseline>();
        made->m_repo = std::move(*repo);
        made->m_lookup = std::move(*lookup);
        made->m_slide = std::move(*slide);
        return std::unique_ptr<RawSessionBaseline>(std::move(made));
    }

    ~SqliteBaseline() override
    {
        // The statements are finalised before their connection closes.
        m_lookup = {};
        m_slide = {};
    }

    [[nodiscard]] QString lookupName() const override { return SessionBenchmark::RawLookupRow; }
    [[nodiscard]] QString updateName() const override
    {
        return QStringLiteral("raw SQLite: autocommit UPDATE by primary key");
    }
    Result<bool> lookup(qint64 id) override
    {
        m_lookup.bind(1, id);
        auto row = m_lookup.step();
        const bool found = row && *row && m_lookup.int64(3) > 0;
        m_lookup.reset();
        if (!row) {
            return std::unexpected(row.error());
        }
        return found;
    }
    Result<void> slide(qint64 lastSeenMs, qint64 idleExpiresMs, qint64 id) override
    {
        m_slide.bind(1, lastSeenMs);
        m_slide.bind(2, idleExpiresMs);
        m_slide.bind(3, id);
        return m_slide.run();
    }

private:
    std::unique_ptr<SessionBulkRepository> m_repo;
    SqliteStatement m_lookup;
    SqliteStatement m_slide;
};

// libpq on the connection under a Database of its own (the same server, user and schema as the benchmark's),
// with server-side prepared statements and text parameters: what a hand-written C client does.
class PostgresBaseline final : public RawSessionBaseline
{
public:
    static Result<std::unique_ptr<RawSessionBaseline>> open(const QString& location, const QString& password)
    {
        Database::Options options;
        options.password = password;
        auto db = Database::open(location, options);
        if (!db) {
            return std::unexpected(db.error());
        }
        auto made = std::make_unique<PostgresBaseline>();
        made->m_db = std::move(*db);
        made->m_pg = PostgresBackend::nativeHandle(made->m_db->connection());
        if (made->m_pg == nullptr) {
            return fail(QStringLiteral("bench.io"), QStringLiteral("No libpq connection for the baseline."));
        }
        if (auto prepared = PostgresSessionBulkRepository::prepareBaseline(made->m_pg); !prepared) {
            return fail(QStringLiteral("bench.io"),
                        QStringLiteral("Preparing the libpq baseline: %1").arg(prepared.error().message));
        }
        return std::unique_ptr<RawSessionBaseline>(std::move(made));
    }

    [[nodiscard]] QString lookupName() const override
    {
        return QStringLiteral("raw libpq: point lookup by primary key");
    }
    [[nodiscard]] QString updateName() const override
    {
        return QStringLiteral("raw libpq: autocommit UPDATE by primary key");
    }
    Result<bool> lookup(qint64 id) override
    {
        const QByteArray text = QByteArray::number(id);
        const char* values[] = {text.constData()};
        PGresult* r = PQexecPrepared(m_pg, "bench_lookup", 1, values, nullptr, nullptr, 0);
        const bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
        const bool found = ok && PQntuples(r) == 1 && QByteArray(PQgetvalue(r, 0, 3)).toLongLong() > 0;
        const QString why = ok ? QString() : QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
        if (!ok) {
            return fail(QStringLiteral("bench.io"), QStringLiteral("libpq lookup: %1").arg(why));
        }
        return found;
    }
    Result<void> slide(qint64 lastSeenMs, qint64 idleExpiresMs, qint64 id) override
    {
        const std::array<QByteArray, 3> text{QByteArray::number(lastSeenMs), QByteArray::number(idleExpiresMs),
                                             QByteArray::number(id)};
        const char* values[] = {text[0].constData(), text[1].constData(), text[2].constData()};
        PGresult* r = PQexecPrepared(m_pg, "bench_slide", 3, values, nullptr, nullptr, 0);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        const QString why = ok ? QString() : QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
        if (!ok) {
            return fail(QStringLiteral("bench.io"), QStringLiteral("libpq update: %1").arg(why));
        }
        return {};
    }

private:
    std::unique_ptr<Database> m_db;
    PGconn* m_pg = nullptr;
};

} // namespace

Result<std::unique_ptr<RawSessionBaseline>> RawSessionBaseline::open(Database& database, const QString& location,
                                                                     const QString& password)
{
    return database.isPostgres() ? PostgresBaseline::open(location, password) : SqliteBaseline::open(database);
}

} // namespace authscope
