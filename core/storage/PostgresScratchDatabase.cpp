#include "core/storage/PostgresScratchDatabase.h"

#include "core/storage/PostgresBackend.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace authscope {

QString PostgresScratchDatabase::uniqueName(const QString& prefix)
{
    return QStringLiteral("%1_%2_%3")
        .arg(prefix)
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
}

PostgresScratchDatabase::~PostgresScratchDatabase()
{
    if (m_name.isEmpty()) {
        return;
    }
    const QString connection = QStringLiteral("authscope-scratch-drop-") + m_name;
    {
        auto admin = PostgresBackend::connect(connection, m_server, m_password);
        if (admin) {
            QSqlQuery q(*admin);
            // Our own name (see uniqueName); DROP DATABASE takes no bound parameters.
            if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name))) {
                qWarning("authscope: could not drop the scratch database %s: %s", qPrintable(m_name),
                         qPrintable(q.lastError().text()));
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

Result<QString> PostgresScratchDatabase::create(const QString& serverUrl, const QString& password,
                                                const QString& prefix)
{
    auto url = PostgresUrl::parse(serverUrl);
    if (!url) {
        return std::unexpected(url.error());
    }
    m_server = *url;
    m_password = password;
    const QString name = uniqueName(prefix);
    const QString connection = QStringLiteral("authscope-scratch-create-") + name;
    Result<void> made;
    {
        auto admin = PostgresBackend::connect(connection, m_server, m_password);
        if (!admin) {
            made = std::unexpected(admin.error());
        } else if (QSqlQuery q(*admin); !q.exec(QStringLiteral("CREATE DATABASE ") + name)) {
            made = fail(QStringLiteral("storage.postgres"),
                        QStringLiteral("cannot create a scratch database on %1 (the role needs CREATEDB): %2")
                            .arg(m_server.toString(), q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!made) {
        return std::unexpected(made.error());
    }
    m_name = name;
    return m_server.withDatabase(name).toString();
}

} // namespace authscope
