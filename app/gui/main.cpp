// authscope: the desktop console.
#include "app/gui/GuiOptions.h"
#include "app/gui/Translations.h"

#include "core/common/DisplayText.h"
#include "core/common/Settings.h"
#include "core/common/Version.h"
#include "core/services/Services.h"
#include "core/storage/Database.h"
#include "core/storage/PostgresUrl.h"
#include "core/storage/ProfilePasswords.h"
#include "ui/mainwindow/DatabaseProblemDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/ColorScheme.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace authscope;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AuthScope"));
    QCoreApplication::setApplicationName(QStringLiteral("AuthScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTHSCOPE_VERSION));
}

bool wantsTextOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "-h" || a == "--help" || a == "-v" || a == "--version") {
            return true;
        }
    }
    return false;
}

// --help and --version print and leave without a display; so do command-line errors.
int runTextOnly(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    GuiOptions o = parseGuiOptions(QCoreApplication::arguments());
    std::vector<std::unique_ptr<QTranslator>> translators;
    // Again in the chosen language, for the help text and the errors (the system's when --lang itself is wrong).
    if (installTranslations(app, localeForLanguage(isSupportedLanguage(o.language) ? o.language : QString()),
                            translators)) {
        o = parseGuiOptions(QCoreApplication::arguments());
    }
    if (!o.error.isEmpty()) {
        std::fprintf(stderr, "authscope: %s (see --help)\n", qPrintable(o.error));
        return 2;
    }
    if (o.showVersion) {
        std::fputs(qPrintable(versionInfo().toText()), stdout);
        return 0;
    }
    std::fputs(qPrintable(o.helpText), stdout);
    return 0;
}

// Which database the window opens: --db, else --profile, else the profile used last (File > Connect…), else the
// default file. A PostgreSQL profile's password comes from the keychain, else libpq's own sources, else a prompt.
Services::Options databaseChoice(const GuiOptions& options, Settings& settings)
{
    Services::Options chosen{.databasePath = options.databasePath};
    QString profile = options.profile;
    if (chosen.databasePath.isEmpty() && profile.isEmpty()) {
        profile = settings.lastProfile();
    }
    if (chosen.databasePath.isEmpty() && !profile.isEmpty()) {
        chosen.databasePath = settings.profileLocation(profile);
        if (chosen.databasePath.isEmpty()) {
            std::fprintf(stderr, "authscope: no connection profile named %s; opening the default database\n",
                         qPrintable(DisplayText::escape(profile)));
        } else {
            settings.setLastProfile(profile);
            if (PostgresUrl::isPostgresUrl(chosen.databasePath)) {
                auto password = ProfilePasswords::read(profile);
                if (password && *password) {
                    chosen.databasePassword = **password;
                } else if (!password) {
                    std::fprintf(stderr, "authscope: note: %s\n", qPrintable(password.error().message));
                }
            }
        }
    }
    chosen.askDatabasePassword = [](const QString& where) -> Result<QString> {
        bool ok = false;
        const QString password = QInputDialog::getText(
            nullptr, QCoreApplication::translate("main", "PostgreSQL password"),
            QCoreApplication::translate("main", "Password for %1:").arg(DisplayText::escape(where)),
            QLineEdit::Password, QString(), &ok);
        if (!ok) {
            return fail(QStringLiteral("storage.password-needed"),
                        QCoreApplication::translate("main", "No password was given for %1.").arg(where));
        }
        return password;
    };
    return chosen;
}

} // namespace

int main(int argc, char** argv)
{
    if (wantsTextOnly(argc, argv)) {
        return runTextOnly(argc, argv);
    }
    if (missingDisplay()) {
        // Report a wrong command line first: it is the more useful message.
        QCoreApplication probe(argc, argv);
        setIdentity();
        const GuiOptions o = parseGuiOptions(QCoreApplication::arguments());
        if (!o.error.isEmpty()) {
            std::fprintf(stderr, "authscope: %s (see --help)\n", qPrintable(o.error));
            return 2;
        }
        std::fputs("authscope: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "On a machine without a screen, start a virtual one first:\n"
                   "    Xvfb :99 -screen 0 1600x1000x24 &\n"
                   "    DISPLAY=:99 authscope\n"
                   "or use authscope-cli, which needs no display.\n",
                   stderr);
        return 2;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/authscope.svg")));
    // Lets Wayland compositors match the window to the launcher (and its icon).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.authscope.AuthScope"));

    const GuiOptions options = parseGuiOptions(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "authscope: %s (see --help)\n", qPrintable(options.error));
        return 2;
    }

    Settings settings;
    std::vector<std::unique_ptr<QTranslator>> translators;
    installTranslations(app, localeForLanguage(options.language.isEmpty() ? settings.language() : options.language),
                        translators);
    applyColorScheme(settings.colorScheme());

    // The engine's parts, built once for the whole window: one key vault, one key store.
    auto services = std::make_unique<Services>(databaseChoice(options, settings));
    auto db = services->database();
    if (!db && options.databasePath.isEmpty() && options.profile.isEmpty() && !settings.lastProfile().isEmpty()) {
        // The profile used last is not reachable (a server down, a password refused): say so and open the default
        // database rather than no window at all; File > Connect… tries again.
        QMessageBox::warning(nullptr, QCoreApplication::translate("main", "AuthScope cannot open its database"),
                             QCoreApplication::translate("main", "The profile %1 could not be opened: %2\n\nAuthScope "
                                                                 "opens the default database instead.")
                                 .arg(DisplayText::escape(settings.lastProfile()), db.error().message));
        settings.setLastProfile(QString());
        services = std::make_unique<Services>(Services::Options{});
        db = services->database();
    }
    // A database that cannot be opened: say why and offer another file or a new one, until one opens or the user
    // quits. The refused file is left as it is.
    while (!db) {
        const QString location = services->databasePath();
        std::fprintf(stderr, "authscope: %s [%s]\n", qPrintable(db.error().message), qPrintable(db.error().code));
        DatabaseProblemDialog problem(location.isEmpty() ? Database::defaultPath() : location, db.error().message);
        if (problem.exec() != QDialog::Accepted) {
            return 2;
        }
        services = std::make_unique<Services>(Services::Options{.databasePath = problem.chosenPath()});
        db = services->database();
    }
    settings.setLastDatabase((*db)->path());
    settings.addRecentDatabase((*db)->path());

    auto keys = services->keyStore(); // on the open database, with its audit log and key vault
    if (!keys) {
        std::fprintf(stderr, "authscope: %s [%s]\n", qPrintable(keys.error().message), qPrintable(keys.error().code));
        return 2;
    }
    const AppContext context{**db, **services->audit(), settings, services->clock(), *services->keyVault(), *keys};
    MainWindow window(context);
    window.show();
    return app.exec();
}
