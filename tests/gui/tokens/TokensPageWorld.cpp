#include "tests/gui/tokens/TokensPageWorld.h"

#include "ui/mainwindow/AppContext.h"

#include <QApplication>

namespace authscope::test {

TokensPageWorld::~TokensPageWorld()
{
    page.reset();
    settings.reset();
    audit.reset();
    db.reset();
    clock.reset();
}

bool TokensPageWorld::open(const QString& name, qint64 nowMs)
{
    if (!dir.isValid()) {
        qWarning("no temporary directory");
        return false;
    }
    auto opened = Database::open(dir.filePath(name));
    if (!opened) {
        qWarning("cannot open %s: %s", qPrintable(name), qPrintable(opened.error().toString()));
        return false;
    }
    db = std::move(*opened);
    clock = std::make_unique<FakeClock>(nowMs);
    audit = std::make_unique<AuditLog>(*db, *clock, QStringLiteral("tester"));
    settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
    return true;
}

TokensPage* TokensPageWorld::makePage(KeyVault* vault, KeyStore* store)
{
    page = std::make_unique<TokensPage>(AppContext{*db, *audit, *settings, *clock, vault, store});
    page->resize(1200, 800);
    page->show();
    QApplication::setActiveWindow(page.get());
    return page.get();
}

} // namespace authscope::test
