#include "app/gui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace authscope {

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

bool isSupportedLanguage(const QString& code)
{
    if (code.isEmpty()) {
        return true;
    }
    const QString language = code.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    return supportedLanguages().contains(language);
}

QLocale localeForLanguage(const QString& code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool installTranslations(QCoreApplication& app, const QLocale& locale, std::vector<std::unique_ptr<QTranslator>>& keep,
                         const QString& qmDirectory)
{
    // QLocale() is what every page formats numbers and dates with.
    QLocale::setDefault(locale);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt.get());
        keep.push_back(std::move(qt));
    }
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(locale, QStringLiteral("authscope"), QStringLiteral("_"), qmDirectory)) {
        return false;
    }
    app.installTranslator(ours.get());
    keep.push_back(std::move(ours));
    return true;
}

} // namespace authscope
