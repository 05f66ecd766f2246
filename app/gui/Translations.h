#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QCoreApplication;
class QTranslator;

namespace authscope {

// The languages the console ships a translation for, as --lang accepts them ("en", "de", "fr", "es").
QStringList supportedLanguages();

// True when CODE is empty (follow the system) or names a supported language, with or without a territory
// ("de", "de_AT", "es-MX").
bool isSupportedLanguage(const QString& code);

// The locale for --lang CODE or the saved setting; the system locale when CODE is empty.
QLocale localeForLanguage(const QString& code);

// Makes LOCALE the default (so numbers and dates follow it) and installs Qt's and AuthScope's translators for it.
// The .qm files are embedded under QM_DIRECTORY (":/i18n" in the application). Returns false when AuthScope's
// own translation for the locale could not be loaded.
bool installTranslations(QCoreApplication& app, const QLocale& locale, std::vector<std::unique_ptr<QTranslator>>& keep,
                         const QString& qmDirectory = QStringLiteral(":/i18n"));

} // namespace authscope
