#pragma once

#include "core/storage/Transaction.h"

#include <QSqlDatabase>

namespace authscope {

// A Transaction over the QtSql connection on which the caller opened it (Database::writeTransaction hands it out).
class QtSqlTransaction final : public Transaction
{
public:
    explicit QtSqlTransaction(QSqlDatabase& connection) : m_connection(connection) {}

    Result<std::optional<QVariantList>> queryRow(const QString& sql, const QVariantList& bindings = {}) override;
    Result<qint64> exec(const QString& sql, const QVariantList& bindings = {}) override;

private:
    QSqlDatabase& m_connection;
};

} // namespace authscope
