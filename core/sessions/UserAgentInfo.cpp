#include "core/sessions/UserAgentInfo.h"

#include <QRegularExpression>

namespace authscope {

namespace {

// "121.0.6167.85" -> "121"; "8.4.0" -> "8.4" for tools, whose minor version matters more.
QString shortVersion(const QString& version, bool keepMinor)
{
    const QStringList parts = version.split(u'.');
    if (keepMinor && parts.size() >= 2) {
        return parts.at(0) + u'.' + parts.at(1);
    }
    return parts.value(0);
}

QString captured(const QString& text, const QRegularExpression& re)
{
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

struct BrowserRule
{
    QRegularExpression pattern;
    QString name;
    bool keepMinor;
};

const QList<BrowserRule>& browserRules()
{
    // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
    static const QList<BrowserRule> rules = [] {
        const struct
        {
            const char* pattern;
            const char* name;
            bool keepMinor;
        } table[] = {
            {"Edg(?:e|A|iOS)?/([\\d.]+)", "Edge", false},
            {"OPR/([\\d.]+)", "Opera", false},
            {"SamsungBrowser/([\\d.]+)", "Samsung Internet", false},
            {"FxiOS/([\\d.]+)", "Firefox", false},
            {"Firefox/([\\d.]+)", "Firefox", false},
            {"CriOS/([\\d.]+)", "Chrome", false},
            {"Chrome/([\\d.]+)", "Chrome", false},
            {"Version/([\\d.]+).*Safari/", "Safari", false},
            {"^curl/([\\d.]+)", "curl", true},
            {"^python-requests/([\\d.]+)", "python-requests", true},
            {"^okhttp/([\\d.]+)", "OkHttp", true},
            {"^PostmanRuntime/([\\d.]+)", "Postman", true},
            {"^Go-http-client/([\\d.]+)", "Go http client", true},
            {"^Wget/([\\d.]+)", "Wget", true},
            {"^axios/([\\d.]+)", "axios", true},
        };
        QList<BrowserRule> list;
        for (const auto& row : table) {
            list.append(
                {QRegularExpression(QString::fromLatin1(row.pattern)), QString::fromLatin1(row.name), row.keepMinor});
        }
        return list;
    }();
    return rules;
}

QString browserOf(const QString& ua)
{
    for (const BrowserRule& rule : browserRules()) {
        const QString version = captured(ua, rule.pattern);
        if (!version.isEmpty()) {
            return rule.name + u' ' + shortVersion(version, rule.keepMinor);
        }
    }
    return {};
}

QString osOf(const QString& ua)
{
    static const QRegularExpression iphone(QStringLiteral("iPhone OS (\\d+)"));
    static const QRegularExpression ipad(QStringLiteral("iPad.*OS (\\d+)"));
    static const QRegularExpression android(QStringLiteral("Android (\\d+)"));
    static const QRegularExpression mac(QStringLiteral("Mac OS X"));
    if (const QString v = captured(ua, ipad); !v.isEmpty()) {
        return QStringLiteral("iPadOS ") + v;
    }
    if (const QString v = captured(ua, iphone); !v.isEmpty()) {
        return QStringLiteral("iOS ") + v;
    }
    if (const QString v = captured(ua, android); !v.isEmpty()) {
        return QStringLiteral("Android ") + v;
    }
    if (ua.contains(QStringLiteral("Windows"))) {
        return QStringLiteral("Windows");
    }
    if (ua.contains(QStringLiteral("CrOS"))) {
        return QStringLiteral("ChromeOS");
    }
    if (mac.match(ua).hasMatch() || ua.contains(QStringLiteral("Macintosh"))) {
        return QStringLiteral("macOS");
    }
    if (ua.contains(QStringLiteral("Linux"))) {
        return QStringLiteral("Linux");
    }
    return {};
}

} // namespace

UserAgentInfo UserAgentInfo::parse(const QString& userAgent)
{
    UserAgentInfo info;
    const QString ua = userAgent.trimmed();
    if (ua.isEmpty()) {
        return info;
    }
    info.m_browser = browserOf(ua);
    info.m_os = osOf(ua);
    if (info.m_browser.isEmpty() && info.m_os.isEmpty()) {
        // Something we do not know: its product token ("MyApp/1.2 (...)" -> "MyApp 1.2").
        static const QRegularExpression product(QStringLiteral("^([A-Za-z][\\w.-]{0,40})(?:/([\\d.]+))?"));
        const auto m = product.match(ua);
        if (m.hasMatch()) {
            info.m_browser = m.captured(1);
            if (!m.captured(2).isEmpty()) {
                info.m_browser += u' ' + shortVersion(m.captured(2), true);
            }
        }
    }
    return info;
}

QString UserAgentInfo::label() const
{
    if (m_browser.isEmpty() && m_os.isEmpty()) {
        return QStringLiteral("Unknown");
    }
    if (m_os.isEmpty()) {
        return m_browser;
    }
    if (m_browser.isEmpty()) {
        return m_os;
    }
    return m_browser + QStringLiteral(" · ") + m_os;
}

} // namespace authscope
