#pragma once

#include "core/common/Clock.h"
#include "tests/support/ConsoleWorld.h"
#include "ui/tokens/TokensPage.h"

#include <memory>

namespace authscope {
class KeyStore;
} // namespace authscope

namespace authscope::test {

// What the Tokens page tests build before each test: the console's world (no vault) on a fake clock, and the page
// itself once a test asks for it.
struct TokensPageWorld final : ConsoleWorld
{
    std::unique_ptr<FakeClock> clock;
    std::unique_ptr<TokensPage> page;

    ~TokensPageWorld(); // the page first, the clock last

    // Opens the database `name` with the clock at `nowMs`; false with a warning when it cannot.
    [[nodiscard]] bool open(const QString& name, qint64 nowMs);
    // A new Tokens page (on `keyVault` and `keyStore` when given), 1200x800, shown and made the active window.
    TokensPage* makePage(KeyVault* keyVault = nullptr, KeyStore* keyStore = nullptr);
};

} // namespace authscope::test
