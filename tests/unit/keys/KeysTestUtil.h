#pragma once

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/keys/KeyStore.h"
#include "core/keys/KeyVault.h"
#include "core/keys/RotationScheduler.h"
#include "core/storage/Database.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace authscope::test {

// A key generation request of `kty`; an empty alg or curve, 0 bits, the state and the kid are left to the store.
inline KeyGenerateRequest generateRequest(const QString& kty, const QString& alg = {}, const QString& curve = {},
                                          int bits = 0, const QString& purpose = KeyRecord::DefaultPurpose)
{
    return KeyGenerateRequest{
        .kty = kty, .alg = alg, .curve = curve, .bits = bits, .state = std::nullopt, .purpose = purpose, .kid = {}};
}

inline AuditFilter actionFilter(const QString& action)
{
    AuditFilter filter;
    filter.action = action;
    return filter;
}

// A real SQLite file in a temporary folder, a fake clock, the audit log, a vault, a key store and its (stopped)
// rotation scheduler. The vault uses
// cheap scrypt parameters so that the suite stays fast under the sanitizers; the production default is
// exercised by the CLI tests.
struct KeysFixture
{
    static constexpr qint64 StartMs = 1'800'000'000'000; // 2027-01-15
    static constexpr crypto::KeyDerivation::ScryptParameters FastKdf{10, 8, 1};

    QTemporaryDir dir;
    QString location = test::testDatabase(dir, QStringLiteral("keys.db")); // a file, or a fresh PostgreSQL database
    FakeClock clock{StartMs};
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<KeyVault> vault;
    std::unique_ptr<KeyStore> store;
    std::unique_ptr<RotationScheduler> scheduler;

    [[nodiscard]] QString path() const { return location; }

    bool open()
    {
        auto opened = Database::open(path());
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().toString()));
            return false;
        }
        db = std::move(*opened);
        audit = std::make_unique<AuditLog>(*db, clock, QStringLiteral("tester"));
        vault = std::make_unique<KeyVault>(*db, *audit, clock);
        store = std::make_unique<KeyStore>(*db, *audit, *vault, clock);
        scheduler = std::make_unique<RotationScheduler>(*store);
        return true;
    }

    bool openUnlocked(const QString& passphrase = QStringLiteral("correct horse battery staple"))
    {
        return open() && vault->initialise(passphrase, FastKdf).has_value();
    }

    void close()
    {
        scheduler.reset();
        store.reset();
        vault.reset();
        audit.reset();
        db.reset();
    }

    // The database file and its WAL, as bytes on disk. On PostgreSQL there is no file of ours to read: every value
    // of every table in the test's schema, as the server stores it (text as UTF-8, bytea as its raw bytes).
    [[nodiscard]] QByteArray rawFiles() const
    {
        QByteArray all;
        if (testUsesPostgres()) {
            auto opened = Database::open(path()); // the fixture may have closed its own
            if (!opened) {
                qFatal("cannot reopen the test database: %s", qPrintable(opened.error().toString()));
            }
            Database& pg = **opened;
            QSqlQuery tables(pg.connection());
            tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                       "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"));
            QStringList names;
            while (tables.next()) {
                names << tables.value(0).toString();
            }
            for (const QString& table : std::as_const(names)) {
                QSqlQuery rows(pg.connection());
                rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
                while (rows.next()) {
                    for (int c = 0; c < rows.record().count(); ++c) {
                        all += rows.value(c).toByteArray();
                        all += '\x1f';
                    }
                }
            }
            return all;
        }
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
            QFile f(path() + suffix);
            if (f.open(QIODevice::ReadOnly)) {
                all += f.readAll();
            }
        }
        return all;
    }

    [[nodiscard]] QStringList auditActions() const
    {
        QStringList out;
        AuditFilter filter;
        filter.newestFirst = false;
        for (const AuditEntry& e : audit->list(filter).value_or(QList<AuditEntry>{})) {
            out << e.action;
        }
        return out;
    }

    // Every row of a table, for "nothing changed" comparisons.
    [[nodiscard]] QStringList dump(const QString& table) const
    {
        QStringList rows;
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1"));
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i) {
                cols << QString::fromLatin1(q.value(i).toByteArray().toHex());
            }
            rows << cols.join(u'|');
        }
        return rows;
    }
};

} // namespace authscope::test
