#pragma once

#include <QString>
#include <QStringList>

namespace authscope {

// The GUI's command line, parsed before any window exists.
struct GuiOptions
{
    QString databasePath; // empty: the profile, else the last profile used, else the default location
    QString profile;      // a connection profile's name (File > Connect…)
    QString language;     // empty: settings, then the system locale
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;
    QString error; // non-empty: the command line was wrong
};

// Parses the arguments with QCommandLineParser; needs a Q(Core)Application to exist.
GuiOptions parseGuiOptions(const QStringList& arguments);

// True when Qt would find no display to open a window on (Unix without DISPLAY or WAYLAND_DISPLAY and no
// QT_QPA_PLATFORM override). Checked before QApplication exists, which would abort without one.
bool missingDisplay();

} // namespace authscope
