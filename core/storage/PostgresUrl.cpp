#include "core/storage/PostgresUrl.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace authscope {

namespace {

constexpr int kDefaultConnectTimeoutSecs = 5;

// The parameters a URL may carry. Anything else (host lists, service files, passwords) is refused, so what the
// user typed is exactly what libpq gets.
const QStringList& allowedParameters()
{
    static const QStringList list{QStringLiteral("sslmode"),
                                  QStringLiteral("connect_timeout"),
                                  QStringLiteral("application_name"),
                                  QStringLiteral("sslrootcert"),
                                  QStringLiteral("sslcert"),
                                  QStringLiteral("sslkey"),
                                  QStringLiteral("target_session_attrs"),
                                  QStringLiteral("options")};
    return list;
}

Error urlError(const QString& why)
{
    return {QStringLiteral("storage.bad-url"), QStringLiteral("Not a usable PostgreSQL address: %1. Give one like "
                                                              "postgresql://USER@HOST:5432/DBNAME?sslmode=require.")
                                                   .arg(why)};
}

} // namespace

bool PostgresUrl::isPostgresUrl(const QString& text)
{
    return text.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
}

Result<PostgresUrl> PostgresUrl::parse(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return std::unexpected(urlError(url.errorString()));
    }
    if (!url.password().isEmpty()) {
        return fail(QStringLiteral("storage.password-in-url"),
                    QStringLiteral("The PostgreSQL address carries a password. Passwords never go on the command line "
                                   "or into settings: put it in PGPASSWORD, in ~/.pgpass (or PGPASSFILE), in the "
                                   "connection profile's keychain entry, or type it when asked."));
    }
    PostgresUrl out;
    out.user = url.userName(QUrl::FullyDecoded);
    out.host = url.host(QUrl::FullyDecoded);
    if (out.host.isEmpty()) {
        return std::unexpected(urlError(QStringLiteral("no host")));
    }
    if (out.user.isEmpty()) {
        return std::unexpected(urlError(QStringLiteral("no user name (USER@HOST)")));
    }
    out.port = url.port(5432);
    if (out.port <= 0 || out.port > 65535) {
        return std::unexpected(urlError(QStringLiteral("the port is out of range")));
    }
    out.database = url.path(QUrl::FullyDecoded);
    if (out.database.startsWith(u'/')) {
        out.database.remove(0, 1);
    }
    if (out.database.isEmpty() || out.database.contains(u'/')) {
        return std::unexpected(urlError(QStringLiteral("no database name (HOST/DBNAME)")));
    }
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedParameters().contains(key)) {
            return std::unexpected(urlError(QStringLiteral("the parameter '%1' is not supported").arg(key)));
        }
        if (value.isEmpty() || value.contains(u' ') || value.contains(u';') || value.contains(u'\'') ||
            value.contains(u'\\')) {
            return std::unexpected(urlError(QStringLiteral("the value of '%1' is not usable").arg(key)));
        }
        // Server options only to pick a schema (several AuthScope databases in one PostgreSQL database).
        static const QRegularExpression schemaOption(QStringLiteral("^-csearch_path=[a-z_][a-z0-9_]{0,62}$"));
        if (key == QStringLiteral("options") && !schemaOption.match(value).hasMatch()) {
            return std::unexpected(urlError(QStringLiteral("options may only be -csearch_path=SCHEMA")));
        }
        out.parameters.insert(key, value);
    }
    if (const QString t = out.parameters.value(QStringLiteral("connect_timeout")); !t.isEmpty()) {
        bool ok = false;
        const int secs = t.toInt(&ok);
        if (!ok || secs < 1 || secs > 600) {
            return std::unexpected(urlError(QStringLiteral("connect_timeout must be 1 to 600 seconds")));
        }
    }
    return out;
}

QString PostgresUrl::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    if (!parameters.isEmpty()) {
        QUrlQuery query;
        for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
            query.addQueryItem(it.key(), it.value());
        }
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

PostgresUrl PostgresUrl::withDatabase(const QString& name) const
{
    PostgresUrl copy = *this;
    copy.database = name;
    return copy;
}

QString PostgresUrl::connectOptions() const
{
    QMap<QString, QString> options = parameters;
    // A server that does not answer must not hang the console or a node: libpq gives up after this.
    if (!options.contains(QStringLiteral("connect_timeout"))) {
        options.insert(QStringLiteral("connect_timeout"), QString::number(kDefaultConnectTimeoutSecs));
    }
    if (!options.contains(QStringLiteral("application_name"))) {
        options.insert(QStringLiteral("application_name"), QStringLiteral("authscope"));
    }
    // Keepalives notice a server that vanished without closing the socket (a dropped node, a failover).
    options.insert(QStringLiteral("keepalives"), QStringLiteral("1"));
    options.insert(QStringLiteral("keepalives_idle"), QStringLiteral("10"));
    options.insert(QStringLiteral("keepalives_interval"), QStringLiteral("5"));
    options.insert(QStringLiteral("keepalives_count"), QStringLiteral("2"));
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        parts << it.key() + u'=' + it.value();
    }
    return parts.join(u';');
}

} // namespace authscope
