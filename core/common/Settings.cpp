#include "core/common/Settings.h"

#include <QStandardPaths>

namespace authscope {

namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kLastDatabase = QStringLiteral("storage/lastDatabase");
const QString kRecentDatabases = QStringLiteral("storage/recentDatabases");
const QString kProfiles = QStringLiteral("profiles");
const QString kLastProfile = QStringLiteral("storage/lastProfile");
const QString kGeometry = QStringLiteral("ui/mainWindowGeometry");
const QString kState = QStringLiteral("ui/mainWindowState");
const QString kLastPage = QStringLiteral("ui/lastPage");
const QString kColorScheme = QStringLiteral("ui/colorScheme");
const QString kAuditPageSize = QStringLiteral("audit/pageSize");
const QString kServerAddress = QStringLiteral("server/address");
const QString kServerPort = QStringLiteral("server/port");
const QString kServerTokenLifetime = QStringLiteral("server/tokenLifetime");
const QString kServerDenyList = QStringLiteral("server/denyList");
const QString kServerCorsOrigin = QStringLiteral("server/corsOrigin");
const QString kLabQuick = QStringLiteral("lab/quick");
const QString kLabExperiments = QStringLiteral("lab/experiments");
const QString kRefreshInterval = QStringLiteral("ui/refreshIntervalSecs");
constexpr int kMaxRecent = 8;

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& iniPath) : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

Settings::~Settings() = default;

QString Settings::consoleFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/AuthScope/AuthScope.conf");
}

QString Settings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void Settings::setLanguage(const QString& code)
{
    m_settings->setValue(kLanguage, code);
}

QString Settings::lastDatabase() const
{
    return m_settings->value(kLastDatabase).toString();
}

void Settings::setLastDatabase(const QString& path)
{
    m_settings->setValue(kLastDatabase, path);
}

QStringList Settings::profileNames() const
{
    m_settings->beginGroup(kProfiles);
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    names.sort();
    return names;
}

QString Settings::profileLocation(const QString& name) const
{
    return m_settings->value(kProfiles + u'/' + name + QStringLiteral("/location")).toString();
}

void Settings::setProfile(const QString& name, const QString& location)
{
    m_settings->setValue(kProfiles + u'/' + name + QStringLiteral("/location"), location);
}

void Settings::removeProfile(const QString& name)
{
    m_settings->remove(kProfiles + u'/' + name);
    if (lastProfile() == name) {
        m_settings->remove(kLastProfile);
    }
}

QString Settings::lastProfile() const
{
    return m_settings->value(kLastProfile).toString();
}

void Settings::setLastProfile(const QString& name)
{
    m_settings->setValue(kLastProfile, name);
}

QStringList Settings::recentDatabases() const
{
    return m_settings->value(kRecentDatabases).toStringList();
}

void Settings::addRecentDatabase(const QString& path)
{
    QStringList list = recentDatabases();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent) {
        list.removeLast();
    }
    m_settings->setValue(kRecentDatabases, list);
}

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings->value(kState).toByteArray();
}

void Settings::setMainWindowState(const QByteArray& state)
{
    m_settings->setValue(kState, state);
}

QString Settings::lastPage() const
{
    return m_settings->value(kLastPage).toString();
}

void Settings::setLastPage(const QString& pageId)
{
    m_settings->setValue(kLastPage, pageId);
}

Settings::ColorScheme Settings::colorScheme() const
{
    const QString v = m_settings->value(kColorScheme).toString();
    if (v == QStringLiteral("light")) {
        return ColorScheme::Light;
    }
    if (v == QStringLiteral("dark")) {
        return ColorScheme::Dark;
    }
    return ColorScheme::System;
}

void Settings::setColorScheme(ColorScheme scheme)
{
    const QString v = scheme == ColorScheme::Light  ? QStringLiteral("light")
                      : scheme == ColorScheme::Dark ? QStringLiteral("dark")
                                                    : QStringLiteral("system");
    m_settings->setValue(kColorScheme, v);
}

int Settings::refreshIntervalSecs() const
{
    return std::clamp(m_settings->value(kRefreshInterval, 5).toInt(), MinRefreshSecs, MaxRefreshSecs);
}

void Settings::setRefreshIntervalSecs(int seconds)
{
    m_settings->setValue(kRefreshInterval, std::clamp(seconds, MinRefreshSecs, MaxRefreshSecs));
}

int Settings::auditPageSize() const
{
    return std::clamp(m_settings->value(kAuditPageSize, 200).toInt(), 50, 5000);
}

void Settings::setAuditPageSize(int rows)
{
    m_settings->setValue(kAuditPageSize, std::clamp(rows, 50, 5000));
}

QString Settings::serverAddress() const
{
    return m_settings->value(kServerAddress, QStringLiteral("127.0.0.1")).toString();
}

void Settings::setServerAddress(const QString& address)
{
    m_settings->setValue(kServerAddress, address);
}

int Settings::serverPort() const
{
    bool ok = false;
    const int port = m_settings->value(kServerPort, 8080).toInt(&ok);
    return ok && port >= 0 && port <= 65535 ? port : 8080;
}

void Settings::setServerPort(int port)
{
    m_settings->setValue(kServerPort, std::clamp(port, 0, 65535));
}

int Settings::serverTokenLifetime() const
{
    return std::clamp(m_settings->value(kServerTokenLifetime, 900).toInt(), 10, 7 * 24 * 3600);
}

void Settings::setServerTokenLifetime(int seconds)
{
    m_settings->setValue(kServerTokenLifetime, std::clamp(seconds, 10, 7 * 24 * 3600));
}

bool Settings::serverDenyList() const
{
    return m_settings->value(kServerDenyList, true).toBool();
}

void Settings::setServerDenyList(bool enabled)
{
    m_settings->setValue(kServerDenyList, enabled);
}

QString Settings::serverCorsOrigin() const
{
    return m_settings->value(kServerCorsOrigin).toString();
}

void Settings::setServerCorsOrigin(const QString& origin)
{
    m_settings->setValue(kServerCorsOrigin, origin);
}

bool Settings::labQuick() const
{
    return m_settings->value(kLabQuick, true).toBool();
}

void Settings::setLabQuick(bool quick)
{
    m_settings->setValue(kLabQuick, quick);
}

QStringList Settings::labExperiments() const
{
    const QStringList all{QStringLiteral("cost"), QStringLiteral("revocation"), QStringLiteral("bytes"),
                          QStringLiteral("scale")};
    if (!m_settings->contains(kLabExperiments)) {
        return all;
    }
    // Only known ids survive a hand-edited or older settings file.
    QStringList ids;
    for (const QString& id : m_settings->value(kLabExperiments).toStringList()) {
        if (all.contains(id) && !ids.contains(id)) {
            ids.append(id);
        }
    }
    return ids;
}

void Settings::setLabExperiments(const QStringList& ids)
{
    m_settings->setValue(kLabExperiments, ids);
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace authscope
