#include "core/storage/SqlError.h"

#include "core/storage/PostgresBackend.h"
#include "core/storage/PostgresSqlRewriter.h"

#include <QSqlDriver>

namespace authscope {

Error sqlError(const QSqlError& error, const QString& doing)
{
    // PostgreSQL reports a five-character SQLSTATE (SQLite's codes have at most four digits), or none at all when
    // the connection itself went away.
    if (PostgresBackend::isPostgresError(error)) {
        return PostgresBackend::statementError(error, doing);
    }
    // SQLite's primary result code is the low byte of the extended one that the Qt driver reports.
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    const int primary = ok ? (native & 0xff) : -1;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (primary) {
    case 13: // SQLITE_FULL
        return {QStringLiteral("storage.disk-full"),
                QStringLiteral("%1 failed: the disk (or the database size limit) is full. Free some space and try "
                               "again; nothing was written.")
                    .arg(doing)};
    case 8: // SQLITE_READONLY
        return {QStringLiteral("storage.read-only"),
                QStringLiteral("%1 failed: the database is read-only (%2). Check the file and folder permissions.")
                    .arg(doing, detail)};
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {
            QStringLiteral("storage.busy"),
            QStringLiteral("%1 failed: another program keeps the database locked (%2). Try again.").arg(doing, detail)};
    case 26: // SQLITE_NOTADB
        return {QStringLiteral("storage.not-a-database"),
                QStringLiteral("%1 failed: the file is not an SQLite database.").arg(doing)};
    case 11: // SQLITE_CORRUPT
        return {QStringLiteral("storage.corrupt"),
                QStringLiteral("%1 failed: the database file is damaged (%2).").arg(doing, detail)};
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return {QStringLiteral("storage.io"), QStringLiteral("%1 failed: %2.").arg(doing, detail)};
    default:
        return {QStringLiteral("storage.sql"), QStringLiteral("%1 failed: %2.").arg(doing, detail)};
    }
}

Result<void> execSql(QSqlQuery& query, const QString& sql, const QVariantList& bindings)
{
    const bool postgres = query.driver() != nullptr && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    if (!query.prepare(postgres ? PostgresSqlRewriter::rewrite(sql) : sql)) {
        return std::unexpected(sqlError(query.lastError(), QStringLiteral("Preparing a statement")));
    }
    for (const QVariant& value : bindings) {
        // SQLite stores a bool as 0/1; PostgreSQL's INTEGER flag columns want the number too.
        query.addBindValue(postgres && value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0) : value);
    }
    if (!query.exec()) {
        return std::unexpected(sqlError(query.lastError(), QStringLiteral("A database statement")));
    }
    return {};
}

} // namespace authscope
