#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace authscope {

// The one typed front of QSettings: every persisted preference has a getter, a setter and a default here,
// so no key string is spelled twice and no caller guesses a type.
class Settings final
{
public:
    enum class ColorScheme
    {
        System,
        Light,
        Dark
    };

    // The per-user settings (QSettings with the application's organisation and name).
    Settings();
    // Settings kept in an explicit INI file (tests, portable installs).
    explicit Settings(const QString& iniPath);
    // The console's settings file, which the CLI reads for the connection profiles the console saved (and writes
    // when it saves one): <config>/AuthScope/AuthScope.conf.
    [[nodiscard]] static QString consoleFile();
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    [[nodiscard]] QString language() const; // "" = follow the system locale
    void setLanguage(const QString& code);

    [[nodiscard]] QString lastDatabase() const;
    void setLastDatabase(const QString& path);

    [[nodiscard]] QStringList recentDatabases() const; // newest first, at most 8
    void addRecentDatabase(const QString& path);

    [[nodiscard]] QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    [[nodiscard]] QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);

    [[nodiscard]] QString lastPage() const;
    void setLastPage(const QString& pageId);

    [[nodiscard]] ColorScheme colorScheme() const;
    void setColorScheme(ColorScheme scheme);

    // How often the Sessions and Audit log pages re-read their rows while shown, in seconds (2..600, default 5).
    static constexpr int MinRefreshSecs = 2;
    static constexpr int MaxRefreshSecs = 600;
    [[nodiscard]] int refreshIntervalSecs() const;
    void setRefreshIntervalSecs(int seconds);

    [[nodiscard]] int auditPageSize() const; // rows fetched at a time by the audit table, 50..5000
    void setAuditPageSize(int rows);

    // The local test server's last settings.
    [[nodiscard]] QString serverAddress() const; // default 127.0.0.1
    void setServerAddress(const QString& address);
    [[nodiscard]] int serverPort() const; // default 8080; 0 = any free port
    void setServerPort(int port);
    [[nodiscard]] int serverTokenLifetime() const; // seconds, default 900
    void setServerTokenLifetime(int seconds);
    [[nodiscard]] bool serverDenyList() const; // default true
    void setServerDenyList(bool enabled);
    [[nodiscard]] QString serverCorsOrigin() const;
    void setServerCorsOrigin(const QString& origin);

    // The Lab page: the length of a run and the experiments ticked (ids "cost", "revocation", "bytes", "scale").
    [[nodiscard]] bool labQuick() const; // default true
    void setLabQuick(bool quick);
    [[nodiscard]] QStringList labExperiments() const; // default: all four
    void setLabExperiments(const QStringList& ids);

    // Connection profiles: a name for a database location (an SQLite file or a postgresql:// URI without any
    // password; passwords live only in the OS keychain, see storage/ProfilePasswords).
    [[nodiscard]] QStringList profileNames() const;                   // sorted
    [[nodiscard]] QString profileLocation(const QString& name) const; // "" when there is no such profile
    void setProfile(const QString& name, const QString& location);
    void removeProfile(const QString& name);
    [[nodiscard]] QString lastProfile() const;
    void setLastProfile(const QString& name);

    void sync();
    [[nodiscard]] QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace authscope
