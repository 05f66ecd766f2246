#pragma once

#include "core/common/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace authscope {

// `authscope-cli bench sessions`: the validation hot path against the raw SQLite C API on the same table, in
// the same run, so the result is a ratio rather than a number that depends on the machine. It seeds a private
// database (fresh logins, as a busy server has), then measures a primary-key point lookup and an autocommit
// UPDATE (what a slide writes) with the bare C API, and beside them validation with a warm cache; with 1% of
// sessions revoked from a second connection in between (each revoked session must be refused on its very next
// validation); with every session due for a slide (the first use after the throttle window); without a cache;
// and session creation (row plus audit row). Session time is a fake clock that stands still except where a
// phase moves it, so the machine's speed cannot change which work a phase does.
class SessionBenchmark final
{
public:
    struct Options
    {
        qint64 sessions = 1'000'000;
        qint64 operations = 0; // validations per phase; 0: as many as sessions, at most 1,000,000
        QString directory;     // where the database goes; empty: a temporary folder, removed afterwards
        // A postgresql:// URL: run on that server instead, in a schema of its own that is dropped afterwards.
        QString postgresUrl;
        QString postgresPassword; // empty: libpq's own sources (PGPASSWORD, ~/.pgpass)
        quint64 seed = 0;
        std::function<void(const QString& phase)> progress;
        // Only the raw point lookup and validation with a warm cache and without one (the Lab's scale experiment).
        bool lookupsOnly = false;
        // Polled while seeding and between phases; true stops the run with the error bench.cancelled.
        std::function<bool()> cancelled;
    };

    // Names of the rows the Lab reads back.
    static inline const QString RawLookupRow = QStringLiteral("raw SQLite: point lookup by primary key");
    static inline const QString ValidateRow = QStringLiteral("validate: all hits, random order");
    static inline const QString NoCacheRow = QStringLiteral("validate: no cache (lookup by ID hash)");

    struct Row
    {
        QString name;
        qint64 operations = 0;
        double seconds = 0;
        double perSecond = 0;
        QString baseline; // the row this one is compared with; empty for baselines
        double ratio = 0; // perSecond / the baseline's perSecond
    };

    struct Report
    {
        qint64 sessions = 0;
        qint64 operations = 0;
        QList<Row> rows;
        QStringList notes;
        QString backend = QStringLiteral("sqlite");
        bool revocationsInstant = true; // every revoked session was refused on its next validation

        [[nodiscard]] QJsonObject toJson() const;
    };

    static Result<Report> run(const Options& options);
};

} // namespace authscope
