#include "core/storage/SqliteStatement.h"

#include <sqlite3.h>

#include <utility>

namespace authscope {

Error sqliteError(sqlite3* db, int resultCode, const QString& doing)
{
    const QString detail =
        db != nullptr ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(resultCode));
    switch (resultCode & 0xff) {
    case SQLITE_FULL:
        return {QStringLiteral("storage.disk-full"),
                QStringLiteral("%1 failed: the disk (or the database size limit) is full. Free some space and try "
                               "again; nothing was written.")
                    .arg(doing)};
    case SQLITE_READONLY:
        return {QStringLiteral("storage.read-only"),
                QStringLiteral("%1 failed: the database is read-only (%2). Check the file and folder permissions.")
                    .arg(doing, detail)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {
            QStringLiteral("storage.busy"),
            QStringLiteral("%1 failed: another program keeps the database locked (%2). Try again.").arg(doing, detail)};
    case SQLITE_NOTADB:
        return {QStringLiteral("storage.not-a-database"),
                QStringLiteral("%1 failed: the file is not an SQLite database.").arg(doing)};
    case SQLITE_CORRUPT:
        return {QStringLiteral("storage.corrupt"),
                QStringLiteral("%1 failed: the database file is damaged (%2).").arg(doing, detail)};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return {QStringLiteral("storage.io"), QStringLiteral("%1 failed: %2.").arg(doing, detail)};
    default:
        return {QStringLiteral("storage.sql"), QStringLiteral("%1 failed: %2.").arg(doing, detail)};
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept : m_stmt(std::exchange(other.m_stmt, nullptr)) {}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Result<SqliteStatement> SqliteStatement::prepare(sqlite3* db, const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return std::unexpected(sqliteError(db, rc, QStringLiteral("Preparing a statement")));
    }
    return SqliteStatement(stmt);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindBlob(int index, QByteArrayView value)
{
    sqlite3_bind_blob64(m_stmt, index, value.data() != nullptr ? value.data() : "",
                        static_cast<sqlite3_uint64>(value.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindStaticBlob(int index, QByteArrayView value)
{
    sqlite3_bind_blob64(m_stmt, index, value.data(), static_cast<sqlite3_uint64>(value.size()), SQLITE_STATIC);
}

void SqliteStatement::bindText(int index, const QString& value)
{
    bindText(index, QByteArrayView(value.toUtf8()));
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    // A null pointer would bind SQL NULL; empty text is still text.
    sqlite3_bind_text64(m_stmt, index, utf8.data() != nullptr ? utf8.data() : "",
                        static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bindValue(int index, const QVariant& value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        bindBlob(index, value.toByteArray());
        return;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        bind(index, value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        return;
    default:
        bindText(index, value.toString());
        return;
    }
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    sqlite3* db = sqlite3_db_handle(m_stmt);
    Error e = sqliteError(db, rc, QStringLiteral("A database statement"));
    sqlite3_reset(m_stmt);
    return std::unexpected(std::move(e));
}

Result<void> SqliteStatement::run()
{
    auto done = step();
    reset();
    if (!done) {
        return std::unexpected(done.error());
    }
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArrayView SqliteStatement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return {static_cast<const char*>(data), size};
}

QString SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return QString::fromUtf8(data, size);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(int64(column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB:
        return QVariant(blob(column).toByteArray());
    default:
        return QVariant();
    }
}

} // namespace authscope
