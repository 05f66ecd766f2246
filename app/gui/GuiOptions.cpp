#include "app/gui/GuiOptions.h"

#include "app/gui/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace authscope {

GuiOptions parseGuiOptions(const QStringList& arguments)
{
    GuiOptions o;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "GuiOptions", "AuthScope: see and revoke sessions, inspect and verify JWTs, rotate signing keys."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("GuiOptions", "Show this help."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("GuiOptions", "Show the versions in use."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("GuiOptions", "Open the database at PATH (a file or postgresql://USER@HOST/DB)."),
        QStringLiteral("PATH"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("GuiOptions", "Open the connection profile NAME (File > Connect…)."),
        QStringLiteral("NAME"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("GuiOptions", "Use language CODE (en, de, fr, es) instead of the system's."),
        QStringLiteral("CODE"));
    parser.addOptions({help, version, db, profile, lang});
    if (!parser.parse(arguments)) {
        o.error = parser.errorText();
        return o;
    }
    if (!parser.positionalArguments().isEmpty()) {
        o.error = QCoreApplication::translate("GuiOptions", "Unexpected argument '%1'.")
                      .arg(parser.positionalArguments().constFirst());
        return o;
    }
    o.showHelp = parser.isSet(help);
    o.showVersion = parser.isSet(version);
    o.helpText = parser.helpText();
    o.databasePath = parser.value(db);
    o.profile = parser.value(profile);
    o.language = parser.value(lang);
    if (parser.isSet(db) && o.databasePath.isEmpty()) {
        o.error = QCoreApplication::translate("GuiOptions", "--db needs a path.");
    }
    if (parser.isSet(db) && parser.isSet(profile)) {
        o.error = QCoreApplication::translate("GuiOptions", "--db and --profile name two databases: give one.");
    }
    if (parser.isSet(lang) && (o.language.isEmpty() || !isSupportedLanguage(o.language))) {
        o.error = QCoreApplication::translate("GuiOptions", "Unknown language '%1' (use one of: %2).")
                      .arg(o.language, supportedLanguages().join(QStringLiteral(", ")));
    }
    return o;
}

bool missingDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
           qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return false;
#endif
}

} // namespace authscope
