#include "Settings.h"

namespace authscope {

namespace {

const QString kLanguage = QStringLiteral("ui/language");
const QString kLastDatabase = QStringLiteral("storage/lastDatabase");
const QString kRecentDatabases = QStringLiteral("storage/recentDatabases");
const QString kGeometry = QStringLiteral("ui/mainWindowGeometry");
const QString kState = QStringLiteral("ui/mainWindowState");
const QString kLastPage = QStringLiteral("ui/lastPage");
const QString kColorScheme = QStringLiteral("ui/colorScheme");
const QString kAuditPageSize = QStringLiteral("audit/pageSize");
constexpr int kMaxRecent = 8;

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& iniPath) : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat)) {}

Settings::~Settings() = default;

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

int Settings::auditPageSize() const
{
    return std::clamp(m_settings->value(kAuditPageSize, 200).toInt(), 50, 5000);
}

void Settings::setAuditPageSize(int rows)
{
    m_settings->setValue(kAuditPageSize, std::clamp(rows, 50, 5000));
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
