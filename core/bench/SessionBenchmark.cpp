#include "core/bench/SessionBenchmark.h"

#include "core/audit/AuditLog.h"
#include "core/bench/RawSessionBaseline.h"
#include "core/sessions/SessionAdmin.h"
#include "core/sessions/SessionSeeder.h"
#include "core/sessions/SessionStore.h"
#include "core/sessions/UserRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PostgresScratchSchema.h"
#include "core/storage/SqliteConnection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <numeric>
#include <random>

namespace authscope {

namespace {

const QString kValidate = SessionBenchmark::ValidateRow;
// Long loops look for a cancel every 4,096 iterations: a few microseconds apart, invisible in the timings.
constexpr qint64 kCancelCheckMask = 4095;

double seconds(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

} // namespace

QJsonObject SessionBenchmark::Report::toJson() const
{
    QJsonArray rowArray;
    for (const Row& r : rows) {
        QJsonObject o{{QStringLiteral("name"), r.name},
                      {QStringLiteral("operations"), r.operations},
                      {QStringLiteral("seconds"), r.seconds},
                      {QStringLiteral("per_second"), r.perSecond}};
        if (!r.baseline.isEmpty()) {
            o.insert(QStringLiteral("baseline"), r.baseline);
            o.insert(QStringLiteral("ratio"), r.ratio);
        }
        rowArray.append(o);
    }
    return QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("sessions")},
                       {QStringLiteral("sessions"), sessions},
                       {QStringLiteral("operations"), operations},
                       {QStringLiteral("backend"), backend},
                       {QStringLiteral("sqlite"), SqliteConnection::libraryVersion()},
                       {QStringLiteral("revocations_instant"), revocationsInstant},
                       {QStringLiteral("rows"), rowArray},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

namespace {

// One run of the benchmark: its database, clock and stores, and one function per phase.
class BenchRun final
{
public:
    using Options = SessionBenchmark::Options;
    using Report = SessionBenchmark::Report;

    explicit BenchRun(const Options& options) : m_options(options), m_clock(QDateTime::currentMSecsSinceEpoch()) {}

    Result<Report> run()
    {
        m_report.sessions = m_options.sessions;
        m_report.operations =
            m_options.operations > 0 ? m_options.operations : std::min<qint64>(m_options.sessions, 1'000'000);
        m_rng.seed(m_options.seed != 0 ? m_options.seed : QRandomGenerator::system()->generate64());
        if (auto ok = open(); !ok) {
            return std::unexpected(ok.error());
        }
        using Phase = Result<void> (BenchRun::*)();
        const Phase phases[] = {&BenchRun::seed,         &BenchRun::rawLookups,   &BenchRun::rawUpdates,
                                &BenchRun::warmValidate, &BenchRun::revokedPhase, &BenchRun::slidePhase,
                                &BenchRun::noCachePhase, &BenchRun::createPhase};
        for (const Phase phase : phases) {
            if (auto ok = (this->*phase)(); !ok) {
                return std::unexpected(ok.error());
            }
        }
        say(QStringLiteral("done"));
        return m_report;
    }

private:
    void say(const QString& phase) const
    {
        if (m_options.progress) {
            m_options.progress(phase);
        }
    }
    [[nodiscard]] bool stopped() const { return m_options.cancelled && m_options.cancelled(); }
    static Result<void> cancelled()
    {
        return fail(QStringLiteral("bench.cancelled"), QStringLiteral("The benchmark was cancelled."));
    }
    // Long loops look every kCancelCheckMask + 1 iterations.
    [[nodiscard]] bool stoppedAt(qint64 k) const { return (k & kCancelCheckMask) == kCancelCheckMask && stopped(); }
    // `step` for each session in the shuffled order, until one fails or the run is cancelled. A template, so that
    // the timed loop calls the step directly (no std::function inside the measurement).
    template <typename Step>
    Result<void> forEachInOrder(Step&& step)
    {
        qint64 done = 0;
        for (const qint64 i : m_order) {
            if ((++done & kCancelCheckMask) == 0 && stopped()) {
                return cancelled();
            }
            if (auto ok = step(i); !ok) {
                return ok;
            }
        }
        return {};
    }

    void addRow(const QString& name, qint64 count, double secs, const QString& baseline)
    {
        SessionBenchmark::Row r{name, count, secs, secs > 0 ? static_cast<double>(count) / secs : 0.0, baseline, 0};
        for (const SessionBenchmark::Row& b : std::as_const(m_report.rows)) {
            if (b.name == baseline && b.perSecond > 0) {
                r.ratio = r.perSecond / b.perSecond;
            }
        }
        m_report.rows << r;
    }

    // PostgreSQL: a schema of its own on the server of --db, dropped at the end; the user's tables are not touched.
    Result<void> openPostgres()
    {
        auto url =
            m_schema.create(m_options.postgresUrl, m_options.postgresPassword, QStringLiteral("authscope_bench"));
        if (!url) {
            return std::unexpected(url.error());
        }
        m_path = *url;
        m_report.backend = QStringLiteral("postgresql");
        return {};
    }

    Result<void> open()
    {
        if (!m_options.postgresUrl.isEmpty()) {
            if (auto ok = openPostgres(); !ok) {
                return ok;
            }
            return openDatabase();
        }
        QString folder = m_options.directory;
        if (folder.isEmpty()) {
            if (!m_temp.isValid()) {
                return fail(QStringLiteral("bench.io"),
                            QStringLiteral("Cannot create a temporary folder for the benchmark."));
            }
            folder = m_temp.path();
        }
        m_path = QDir(folder).filePath(QStringLiteral("bench-sessions.db"));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(m_path + suffix);
        }
        return openDatabase();
    }

    Result<void> openDatabase()
    {
        Database::Options withPassword;
        withPassword.password = m_options.postgresPassword;
        auto db = Database::open(m_path, withPassword);
        if (!db) {
            return std::unexpected(db.error());
        }
        m_db = std::move(*db);
        m_audit = std::make_unique<AuditLog>(*m_db, m_clock, QStringLiteral("bench"));
        return {};
    }

    // 1. Seed, and draw the order every lookup phase follows.
    Result<void> seed()
    {
        say(QStringLiteral("seeding %L1 sessions").arg(m_options.sessions));
        SessionSeeder seeder(*m_db, *m_audit, m_clock, m_policy);
        SessionSeeder::Options seedOptions;
        seedOptions.count = m_options.sessions;
        seedOptions.freshLogins = true;
        seedOptions.keepTokens = true;
        seedOptions.batchRows = 0; // the benchmark's own scratch database: one transaction, indexes rebuilt once
        seedOptions.seed = m_rng();
        if (m_options.cancelled) {
            seedOptions.progress = [this](qint64, qint64) { return !stopped(); };
        }
        auto seeded = seeder.run(seedOptions);
        if (!seeded) {
            return stopped() ? cancelled() : std::unexpected(seeded.error());
        }
        m_tokens = seeded->tokens;
        m_firstId = seeded->firstId;
        const qint64 n = m_tokens.size();
        m_report.notes << QStringLiteral("seeded %L1 sessions in %2 s (%L3 rows/s) plus %4 s to %5")
                              .arg(n)
                              .arg(static_cast<double>(seeded->insertMs) / 1000.0, 0, 'f', 2)
                              .arg(static_cast<qint64>(static_cast<double>(n) * 1000.0 /
                                                       std::max<qint64>(1, seeded->insertMs)))
                              .arg(static_cast<double>(seeded->checkpointMs) / 1000.0, 0, 'f', 2)
                              .arg(m_db->isPostgres() ? QStringLiteral("VACUUM ANALYZE the table")
                                                      : QStringLiteral("checkpoint the WAL"));
        // The same random order for every lookup phase: each session once, then again if ops > n.
        const qint64 ops = m_report.operations;
        m_order.resize(static_cast<size_t>(ops));
        std::vector<qint64> perm(static_cast<size_t>(n));
        std::iota(perm.begin(), perm.end(), 0);
        for (qint64 i = 0; i < ops; ++i) {
            if (i % n == 0) {
                std::shuffle(perm.begin(), perm.end(), m_rng);
            }
            m_order[static_cast<size_t>(i)] = perm[static_cast<size_t>(i % n)];
        }
        auto raw = RawSessionBaseline::open(*m_db, m_path, m_options.postgresPassword);
        if (!raw) {
            return std::unexpected(raw.error());
        }
        m_raw = std::move(*raw);
        m_rawLookup = m_raw->lookupName();
        m_rawUpdate = m_raw->updateName();
        return {};
    }

    // 2. The raw baselines, on a connection of their own, through the bare C API.
    Result<void> rawLookups()
    {
        say(QStringLiteral("raw point lookups"));
        const qint64 ops = m_report.operations;
        qint64 found = 0;
        QElapsedTimer t;
        t.start();
        auto looked = forEachInOrder([&](qint64 i) -> Result<void> {
            auto row = m_raw->lookup(m_firstId + i);
            if (!row) {
                return std::unexpected(row.error());
            }
            found += *row ? 1 : 0;
            return {};
        });
        if (!looked) {
            return looked;
        }
        addRow(m_rawLookup, ops, seconds(t), {});
        if (found != ops) {
            m_report.notes << QStringLiteral("raw lookups found only %L1 of %L2 rows").arg(found).arg(ops);
        }
        return stopped() ? cancelled() : Result<void>();
    }

    Result<void> rawUpdates()
    {
        if (!m_options.lookupsOnly) {
            if (auto ok = rawUpdateLoop(); !ok) {
                return ok;
            }
        }
        m_raw.reset();
        return {};
    }

    Result<void> rawUpdateLoop()
    {
        say(QStringLiteral("raw autocommit updates"));
        // What a slide writes, committed on its own: the cost of writing on every request.
        // Each one is a commit: a couple of seconds' worth is enough for a rate.
        const qint64 updates = std::min<qint64>(m_report.operations, 50'000);
        QElapsedTimer t;
        t.start();
        qint64 done = 0;
        const qint64 now = m_clock.nowMs();
        for (qint64 i = 0; i < updates && t.elapsed() < 3000; ++i) {
            if (auto ok = m_raw->slide(now, now + qint64(m_policy.idleTimeoutSecs) * 1000,
                                       m_firstId + m_order[static_cast<size_t>(i)]);
                !ok) {
                return std::unexpected(ok.error());
            }
            ++done;
        }
        addRow(m_rawUpdate, done, seconds(t), {});
        return {};
    }

    // 3. Validation with a warm cache.
    Result<void> warmValidate()
    {
        m_store = std::make_unique<SessionStore>(*m_db, *m_audit, m_clock, m_policy);
        say(QStringLiteral("loading the validation cache"));
        QElapsedTimer warming;
        warming.start();
        auto warmed = m_store->warmCache();
        if (!warmed) {
            return std::unexpected(warmed.error());
        }
        m_report.notes << QStringLiteral("validation cache: %L1 live sessions loaded in %2 s")
                              .arg(*warmed)
                              .arg(seconds(warming), 0, 'f', 2);
        say(QStringLiteral("validating, all hits"));
        const qint64 ops = m_report.operations;
        qint64 valid = 0;
        QElapsedTimer t;
        t.start();
        auto validated = forEachInOrder([&](qint64 i) -> Result<void> {
            auto v = m_store->validate(m_tokens.at(i));
            if (!v) {
                return std::unexpected(v.error());
            }
            valid += v->isValid() ? 1 : 0;
            return {};
        });
        if (!validated) {
            return validated;
        }
        if (auto ok = m_store->flushSlides(); !ok) {
            return ok;
        }
        addRow(kValidate, ops, seconds(t), m_rawLookup);
        if (valid != ops) {
            m_report.notes << QStringLiteral("only %L1 of %L2 validations were valid").arg(valid).arg(ops);
        }
        return stopped() ? cancelled() : Result<void>();
    }

    // 4. The same with 1% revoked in between, by a second connection as another process would.
    Result<void> revokedPhase()
    {
        if (!m_options.lookupsOnly) {
            if (auto ok = revokeWhileValidating(); !ok) {
                return ok;
            }
        }
        const SessionStoreStats s = m_store->stats();
        m_report.notes << QStringLiteral("validation cache: %L1 hits, %L2 misses, %L3 change-feed reads; throttled "
                                         "slides: %L4 rows in %L5 batches")
                              .arg(s.cacheHits)
                              .arg(s.cacheMisses)
                              .arg(s.feedReads)
                              .arg(s.slideWrites)
                              .arg(s.slideBatches);
        return {};
    }

    Result<void> revokeWhileValidating()
    {
        say(QStringLiteral("validating with 1% revoked in between"));
        Database::Options withPassword;
        withPassword.password = m_options.postgresPassword;
        auto adminDb = Database::open(m_path, withPassword);
        if (!adminDb) {
            return std::unexpected(adminDb.error());
        }
        AuditLog adminAudit(**adminDb, m_clock, QStringLiteral("bench-admin"));
        SessionAdmin admin(**adminDb, adminAudit, m_clock);
        const qint64 n = m_tokens.size();
        std::vector<bool> revoked(static_cast<size_t>(n), false);
        qint64 revocations = 0;
        qint64 refusedNext = 0;
        qint64 validations = 0;
        QElapsedTimer validating;
        qint64 validatingNs = 0;
        QElapsedTimer wall;
        wall.start();
        for (qint64 k = 0; k < m_report.operations; ++k) {
            if (stoppedAt(k)) {
                return cancelled();
            }
            qint64 i = m_order[static_cast<size_t>(k)];
            if (k % 100 == 50) {
                while (revoked[static_cast<size_t>(i)]) {
                    i = static_cast<qint64>(m_rng() % static_cast<quint64>(n));
                }
                auto r = admin.revoke(m_firstId + i, QStringLiteral("benchmark"));
                if (!r) {
                    return std::unexpected(r.error());
                }
                revoked[static_cast<size_t>(i)] = true;
                ++revocations;
            }
            validating.start();
            auto v = m_store->validate(m_tokens.at(i));
            validatingNs += validating.nsecsElapsed();
            if (!v) {
                return std::unexpected(v.error());
            }
            ++validations;
            if (k % 100 == 50 && v->verdict == SessionValidation::Verdict::Revoked) {
                ++refusedNext;
            }
        }
        addRow(QStringLiteral("validate: 1% revoked in between"), validations, static_cast<double>(validatingNs) / 1e9,
               m_rawLookup);
        m_report.revocationsInstant = refusedNext == revocations;
        m_report.notes << QStringLiteral("revocations from a second connection: %L1, refused on the very next "
                                         "validation: %L2 (revoking itself, with its audit row: %3 s in all)")
                              .arg(revocations)
                              .arg(refusedNext)
                              .arg(seconds(wall) - static_cast<double>(validatingNs) / 1e9, 0, 'f', 2);
        return {};
    }

    // 5. The first use after the throttle window: every validation queues a slide, written in batches.
    Result<void> slidePhase()
    {
        if (!m_options.lookupsOnly) {
            if (auto ok = slideLoop(); !ok) {
                return ok;
            }
        }
        return stopped() ? cancelled() : Result<void>();
    }

    Result<void> slideLoop()
    {
        say(QStringLiteral("validating with every session due for a slide"));
        m_clock.advanceSecs(m_policy.slideThrottleSecs + 1);
        const SessionStoreStats before = m_store->stats();
        QElapsedTimer t;
        t.start();
        auto validated = forEachInOrder([&](qint64 i) -> Result<void> {
            auto v = m_store->validate(m_tokens.at(i));
            return v ? Result<void>() : std::unexpected(v.error());
        });
        if (!validated) {
            return validated;
        }
        if (auto ok = m_store->flushSlides(); !ok) {
            return ok;
        }
        addRow(QStringLiteral("validate: each one due for a slide (batched writes)"), m_report.operations, seconds(t),
               m_rawUpdate);
        const SessionStoreStats after = m_store->stats();
        m_report.notes << QStringLiteral("slides written in that phase: %L1 rows in %L2 batches of up to %3")
                              .arg(after.slideWrites - before.slideWrites)
                              .arg(after.slideBatches - before.slideBatches)
                              .arg(m_policy.slideBatchSize);
        return {};
    }

    // 6. Without a cache: every validation is a lookup by ID hash in SQLite.
    Result<void> noCachePhase()
    {
        say(QStringLiteral("validating without a cache"));
        SessionPolicy noCache = m_policy;
        noCache.cacheCapacity = 0;
        SessionValidator cold(*m_db, *m_audit, m_clock, noCache);
        const qint64 count = std::max<qint64>(1, m_report.operations / 4);
        QElapsedTimer t;
        t.start();
        for (qint64 k = 0; k < count; ++k) {
            if (stoppedAt(k)) {
                return cancelled();
            }
            auto v = cold.validate(m_tokens.at(m_order[static_cast<size_t>(k)]));
            if (!v) {
                return std::unexpected(v.error());
            }
        }
        if (auto ok = cold.flushSlides(); !ok) {
            return ok;
        }
        addRow(SessionBenchmark::NoCacheRow, count, seconds(t), m_rawLookup);
        return {};
    }

    // 7. Creating sessions: a row and its audit row, one transaction.
    Result<void> createPhase()
    {
        if (m_options.lookupsOnly) {
            return {};
        }
        say(QStringLiteral("creating sessions"));
        auto enabled = UserRepository(*m_db).enabledIds(500);
        if (!enabled) {
            return fail(QStringLiteral("bench.io"), QStringLiteral("Cannot read the seeded users."));
        }
        const QList<qint64> userIds = *enabled;
        if (userIds.isEmpty()) {
            return fail(QStringLiteral("bench.no-users"), QStringLiteral("The seeded database has no users."));
        }
        const qint64 creations = std::min<qint64>(m_report.operations, 20'000);
        qint64 done = 0;
        QElapsedTimer t;
        t.start();
        for (qint64 k = 0; k < creations && t.elapsed() < 5000; ++k) {
            NewSession spec;
            spec.userId = userIds.at(static_cast<qsizetype>(m_rng() % static_cast<quint64>(userIds.size())));
            spec.ip = QStringLiteral("10.9.%1.%2").arg(k / 250 % 250).arg(k % 250 + 1);
            spec.userAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0");
            auto created = m_store->create(spec);
            if (!created) {
                return std::unexpected(created.error());
            }
            ++done;
        }
        addRow(QStringLiteral("create session (row + audit row)"), done, seconds(t), m_rawUpdate);
        return {};
    }

    const Options& m_options;
    Report m_report;
    QTemporaryDir m_temp;
    // PostgreSQL: declared before every member that uses it, so that it is dropped after they are closed.
    PostgresScratchSchema m_schema;
    QString m_path;
    // Session time stands still during the run, so that how long the machine takes for one phase does not decide
    // whether the next one finds its sessions due for a slide; the phase that measures slides moves it on.
    FakeClock m_clock;
    const SessionPolicy m_policy;
    std::mt19937_64 m_rng;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<RawSessionBaseline> m_raw;
    QString m_rawLookup;
    QString m_rawUpdate;
    std::unique_ptr<SessionStore> m_store;
    QList<QByteArray> m_tokens;
    qint64 m_firstId = 0;
    std::vector<qint64> m_order;
};

} // namespace

Result<SessionBenchmark::Report> SessionBenchmark::run(const Options& options)
{
    if (options.sessions < 100 || options.sessions > SessionSeeder::MaxCount) {
        return fail(QStringLiteral("bench.bad-size"),
                    QStringLiteral("The benchmark needs between 100 and %1 sessions.").arg(SessionSeeder::MaxCount));
    }
    return BenchRun(options).run();
}

} // namespace authscope
