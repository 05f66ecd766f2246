#include "tests/gui/tokens/TokensPageWorld.h"

#include "ui/mainwindow/AppContext.h"

#include <QApplication>

namespace authscope::test {

TokensPageWorld::~TokensPageWorld()
{
    page.reset();
    close();
    clock.reset();
}

bool TokensPageWorld::open(const QString& name, qint64 nowMs)
{
    clock = std::make_unique<FakeClock>(nowMs);
    return ConsoleWorld::open(name, {}, QStringLiteral("tester"), *clock);
}

TokensPage* TokensPageWorld::makePage(KeyVault* keyVault, KeyStore* keyStore)
{
    page = std::make_unique<TokensPage>(AppContext{*db, *audit, *settings, *clock, keyVault, keyStore});
    page->resize(1200, 800);
    page->show();
    QApplication::setActiveWindow(page.get());
    return page.get();
}

} // namespace authscope::test
