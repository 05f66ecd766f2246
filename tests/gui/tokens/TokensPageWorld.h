#pragma once

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/Settings.h"
#include "core/storage/Database.h"
#include "ui/tokens/TokensPage.h"

#include <QTemporaryDir>

#include <memory>

namespace authscope {
class KeyStore;
class KeyVault;
} // namespace authscope

namespace authscope::test {

// What the Tokens page tests build before each test: a database and a settings file in a fresh temporary
// directory, a fake clock, the audit log, and the page itself once a test asks for it.
struct TokensPageWorld
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<FakeClock> clock;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<TokensPage> page;

    ~TokensPageWorld(); // the page first, the clock last

    // Opens the database `name` with the clock at `nowMs`; false with a warning when it cannot.
    [[nodiscard]] bool open(const QString& name, qint64 nowMs);
    // A new Tokens page (on `vault` and `store` when given), 1200x800, shown and made the active window.
    TokensPage* makePage(KeyVault* vault = nullptr, KeyStore* store = nullptr);
};

} // namespace authscope::test
