#include "core/sessions/SessionBenchmark.h"

#include "core/audit/AuditLog.h"
#include "core/sessions/SessionSeeder.h"
#include "core/sessions/SessionStore.h"
#include "core/storage/SqliteConnection.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <numeric>
#include <random>

namespace authscope {

namespace {

const QString kRawLookup = SessionBenchmark::RawLookupRow;
const QString kRawUpdate = QStringLiteral("raw SQLite: autocommit UPDATE by primary key");
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
                       {QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion())},
                       {QStringLiteral("revocations_instant"), revocationsInstant},
                       {QStringLiteral("rows"), rowArray},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

Result<SessionBenchmark::Report> SessionBenchmark::run(const Options& options)
{
    if (options.sessions < 100 || options.sessions > SessionSeeder::MaxCount) {
        return fail(QStringLiteral("bench.bad-size"),
                    QStringLiteral("The benchmark needs between 100 and %1 sessions.").arg(SessionSeeder::MaxCount));
    }
    auto say = [&options](const QString& phase) {
        if (options.progress) {
            options.progress(phase);
        }
    };
    auto stopped = [&options] { return options.cancelled && options.cancelled(); };
    const auto cancelledError = [] {
        return fail(QStringLiteral("bench.cancelled"), QStringLiteral("The benchmark was cancelled."));
    };
    Report report;
    report.sessions = options.sessions;
    report.operations = options.operations > 0 ? options.operations : std::min<qint64>(options.sessions, 1'000'000);
    const qint64 ops = report.operations;

    QTemporaryDir temp;
    QString folder = options.directory;
    if (folder.isEmpty()) {
        if (!temp.isValid()) {
            return fail(QStringLiteral("bench.io"),
                        QStringLiteral("Cannot create a temporary folder for the benchmark."));
        }
        folder = temp.path();
    }
    const QString path = QDir(folder).filePath(QStringLiteral("bench-sessions.db"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
    auto db = Database::open(path);
    if (!db) {
        return std::unexpected(db.error());
    }
    // Session time stands still during the run, so that how long the machine takes for one phase does not decide
    // whether the next one finds its sessions due for a slide; the phase that measures slides moves it on.
    FakeClock clock(QDateTime::currentMSecsSinceEpoch());
    AuditLog audit(**db, clock, QStringLiteral("bench"));
    const SessionPolicy policy;
    std::mt19937_64 rng(options.seed != 0 ? options.seed : QRandomGenerator::system()->generate64());

    // 1. Seed.
    say(QStringLiteral("seeding %L1 sessions").arg(options.sessions));
    SessionSeeder seeder(**db, audit, clock, policy);
    SessionSeeder::Options seedOptions;
    seedOptions.count = options.sessions;
    seedOptions.freshLogins = true;
    seedOptions.keepTokens = true;
    seedOptions.seed = rng();
    if (options.cancelled) {
        seedOptions.progress = [&stopped](qint64, qint64) { return !stopped(); };
    }
    auto seeded = seeder.run(seedOptions);
    if (!seeded) {
        return stopped() ? cancelledError() : std::unexpected(seeded.error());
    }
    const QList<QByteArray>& tokens = seeded->tokens;
    const qint64 firstId = seeded->firstId;
    const qint64 n = tokens.size();
    report.notes << QStringLiteral("seeded %L1 sessions in %2 s (%L3 rows/s) plus %4 s to checkpoint the WAL")
                        .arg(n)
                        .arg(static_cast<double>(seeded->insertMs) / 1000.0, 0, 'f', 2)
                        .arg(static_cast<qint64>(static_cast<double>(n) * 1000.0 /
                                                 std::max<qint64>(1, seeded->insertMs)))
                        .arg(static_cast<double>(seeded->checkpointMs) / 1000.0, 0, 'f', 2);

    // The same random order for every lookup phase: each session once, then again if ops > n.
    std::vector<qint64> order(static_cast<size_t>(ops));
    {
        std::vector<qint64> perm(static_cast<size_t>(n));
        std::iota(perm.begin(), perm.end(), 0);
        for (qint64 i = 0; i < ops; ++i) {
            if (i % n == 0) {
                std::shuffle(perm.begin(), perm.end(), rng);
            }
            order[static_cast<size_t>(i)] = perm[static_cast<size_t>(i % n)];
        }
    }
    auto addRow = [&report](const QString& name, qint64 count, double secs, const QString& baseline) {
        Row r{name, count, secs, secs > 0 ? static_cast<double>(count) / secs : 0.0, baseline, 0};
        for (const Row& b : std::as_const(report.rows)) {
            if (b.name == baseline && b.perSecond > 0) {
                r.ratio = r.perSecond / b.perSecond;
            }
        }
        report.rows << r;
    };

    // 2. The raw baselines, on a connection of their own, through the bare C API.
    auto raw = SqliteConnection::open(**db);
    if (!raw) {
        return std::unexpected(raw.error());
    }
    {
        say(QStringLiteral("raw point lookups"));
        auto stmt = (*raw)->prepare("SELECT id, user_id, last_seen_ms, idle_timeout_s, idle_expires_ms, "
                                    "absolute_expires_ms, auth_method, revoked_ms FROM sessions WHERE id = ?");
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        qint64 found = 0;
        QElapsedTimer t;
        t.start();
        qint64 done = 0;
        for (const qint64 i : order) {
            if ((++done & kCancelCheckMask) == 0 && stopped()) {
                return cancelledError();
            }
            stmt->bind(1, firstId + i);
            auto row = stmt->step();
            if (row && *row) {
                found += stmt->int64(3) > 0 ? 1 : 0;
            }
            stmt->reset();
        }
        addRow(kRawLookup, ops, seconds(t), {});
        if (found != ops) {
            report.notes << QStringLiteral("raw lookups found only %L1 of %L2 rows").arg(found).arg(ops);
        }
    }
    if (stopped()) {
        return cancelledError();
    }
    if (!options.lookupsOnly) {
        say(QStringLiteral("raw autocommit updates"));
        // What a slide writes, committed on its own: the cost of writing on every request.
        auto stmt = (*raw)->prepare("UPDATE sessions SET last_seen_ms = ?, idle_expires_ms = ? WHERE id = ?");
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        // Each one is a commit: a couple of seconds' worth is enough for a rate.
        const qint64 updates = std::min<qint64>(ops, 50'000);
        QElapsedTimer t;
        t.start();
        qint64 done = 0;
        const qint64 now = clock.nowMs();
        for (qint64 i = 0; i < updates && t.elapsed() < 3000; ++i) {
            stmt->bind(1, now);
            stmt->bind(2, now + qint64(policy.idleTimeoutSecs) * 1000);
            stmt->bind(3, firstId + order[static_cast<size_t>(i)]);
            if (auto ok = stmt->run(); !ok) {
                return std::unexpected(ok.error());
            }
            ++done;
        }
        addRow(kRawUpdate, done, seconds(t), {});
    }
    raw->reset();

    // 3. Validation with a warm cache.
    SessionStore store(**db, audit, clock, policy);
    {
        say(QStringLiteral("loading the validation cache"));
        QElapsedTimer t;
        t.start();
        auto warmed = store.warmCache();
        if (!warmed) {
            return std::unexpected(warmed.error());
        }
        report.notes << QStringLiteral("validation cache: %L1 live sessions loaded in %2 s")
                            .arg(*warmed)
                            .arg(seconds(t), 0, 'f', 2);
    }
    {
        say(QStringLiteral("validating, all hits"));
        qint64 valid = 0;
        QElapsedTimer t;
        t.start();
        qint64 done = 0;
        for (const qint64 i : order) {
            if ((++done & kCancelCheckMask) == 0 && stopped()) {
                return cancelledError();
            }
            auto v = store.validate(tokens.at(i));
            if (!v) {
                return std::unexpected(v.error());
            }
            valid += v->isValid() ? 1 : 0;
        }
        if (auto ok = store.flushSlides(); !ok) {
            return std::unexpected(ok.error());
        }
        addRow(kValidate, ops, seconds(t), kRawLookup);
        if (valid != ops) {
            report.notes << QStringLiteral("only %L1 of %L2 validations were valid").arg(valid).arg(ops);
        }
    }

    if (stopped()) {
        return cancelledError();
    }
    // 4. The same with 1% revoked in between, by a second connection as another process would.
    if (!options.lookupsOnly) {
        say(QStringLiteral("validating with 1% revoked in between"));
        auto adminDb = Database::open(path);
        if (!adminDb) {
            return std::unexpected(adminDb.error());
        }
        AuditLog adminAudit(**adminDb, clock, QStringLiteral("bench-admin"));
        SessionStore admin(**adminDb, adminAudit, clock, policy);
        std::vector<bool> revoked(static_cast<size_t>(n), false);
        qint64 revocations = 0;
        qint64 refusedNext = 0;
        qint64 validations = 0;
        QElapsedTimer validating;
        qint64 validatingNs = 0;
        QElapsedTimer wall;
        wall.start();
        for (qint64 k = 0; k < ops; ++k) {
            if ((k & kCancelCheckMask) == kCancelCheckMask && stopped()) {
                return cancelledError();
            }
            qint64 i = order[static_cast<size_t>(k)];
            if (k % 100 == 50) {
                while (revoked[static_cast<size_t>(i)]) {
                    i = static_cast<qint64>(rng() % static_cast<quint64>(n));
                }
                auto r = admin.revoke(firstId + i, QStringLiteral("benchmark"));
                if (!r) {
                    return std::unexpected(r.error());
                }
                revoked[static_cast<size_t>(i)] = true;
                ++revocations;
            }
            validating.start();
            auto v = store.validate(tokens.at(i));
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
               kRawLookup);
        report.revocationsInstant = refusedNext == revocations;
        report.notes << QStringLiteral("revocations from a second connection: %L1, refused on the very next "
                                       "validation: %L2 (revoking itself, with its audit row: %3 s in all)")
                            .arg(revocations)
                            .arg(refusedNext)
                            .arg(seconds(wall) - static_cast<double>(validatingNs) / 1e9, 0, 'f', 2);
    }
    {
        const SessionStoreStats s = store.stats();
        report.notes << QStringLiteral("validation cache: %L1 hits, %L2 misses, %L3 change-feed reads; throttled "
                                       "slides: %L4 rows in %L5 batches")
                            .arg(s.cacheHits)
                            .arg(s.cacheMisses)
                            .arg(s.feedReads)
                            .arg(s.slideWrites)
                            .arg(s.slideBatches);
    }

    // 5. The first use after the throttle window: every validation queues a slide, written in batches.
    if (!options.lookupsOnly) {
        say(QStringLiteral("validating with every session due for a slide"));
        clock.advanceSecs(policy.slideThrottleSecs + 1);
        const SessionStoreStats before = store.stats();
        QElapsedTimer t;
        t.start();
        qint64 done = 0;
        for (const qint64 i : order) {
            if ((++done & kCancelCheckMask) == 0 && stopped()) {
                return cancelledError();
            }
            auto v = store.validate(tokens.at(i));
            if (!v) {
                return std::unexpected(v.error());
            }
        }
        if (auto ok = store.flushSlides(); !ok) {
            return std::unexpected(ok.error());
        }
        addRow(QStringLiteral("validate: each one due for a slide (batched writes)"), ops, seconds(t), kRawUpdate);
        const SessionStoreStats after = store.stats();
        report.notes << QStringLiteral("slides written in that phase: %L1 rows in %L2 batches of up to %3")
                            .arg(after.slideWrites - before.slideWrites)
                            .arg(after.slideBatches - before.slideBatches)
                            .arg(policy.slideBatchSize);
    }

    if (stopped()) {
        return cancelledError();
    }
    // 6. Without a cache: every validation is a lookup by ID hash in SQLite.
    {
        say(QStringLiteral("validating without a cache"));
        SessionPolicy noCache = policy;
        noCache.cacheCapacity = 0;
        SessionStore cold(**db, audit, clock, noCache);
        const qint64 count = std::max<qint64>(1, ops / 4);
        QElapsedTimer t;
        t.start();
        for (qint64 k = 0; k < count; ++k) {
            if ((k & kCancelCheckMask) == kCancelCheckMask && stopped()) {
                return cancelledError();
            }
            auto v = cold.validate(tokens.at(order[static_cast<size_t>(k)]));
            if (!v) {
                return std::unexpected(v.error());
            }
        }
        if (auto ok = cold.flushSlides(); !ok) {
            return std::unexpected(ok.error());
        }
        addRow(SessionBenchmark::NoCacheRow, count, seconds(t), kRawLookup);
    }

    // 7. Creating sessions: a row and an audit row, two commits.
    if (!options.lookupsOnly) {
        say(QStringLiteral("creating sessions"));
        QList<qint64> userIds;
        {
            auto stmt = SqliteConnection::open(**db);
            if (!stmt) {
                return std::unexpected(stmt.error());
            }
            auto q = (*stmt)->prepare("SELECT id FROM users WHERE disabled = 0 LIMIT 500");
            if (!q) {
                return std::unexpected(q.error());
            }
            while (true) {
                auto row = q->step();
                if (!row || !*row) {
                    break;
                }
                userIds << q->int64(0);
            }
            q->reset();
        }
        if (userIds.isEmpty()) {
            return fail(QStringLiteral("bench.no-users"), QStringLiteral("The seeded database has no users."));
        }
        const qint64 creations = std::min<qint64>(ops, 20'000);
        qint64 done = 0;
        QElapsedTimer t;
        t.start();
        for (qint64 k = 0; k < creations && t.elapsed() < 5000; ++k) {
            NewSession spec;
            spec.userId = userIds.at(static_cast<qsizetype>(rng() % static_cast<quint64>(userIds.size())));
            spec.ip = QStringLiteral("10.9.%1.%2").arg(k / 250 % 250).arg(k % 250 + 1);
            spec.userAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0");
            auto created = store.create(spec);
            if (!created) {
                return std::unexpected(created.error());
            }
            ++done;
        }
        addRow(QStringLiteral("create session (row + audit row)"), done, seconds(t), kRawUpdate);
    }
    say(QStringLiteral("done"));
    return report;
}

} // namespace authscope
