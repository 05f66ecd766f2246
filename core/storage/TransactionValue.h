#pragma once

#include "core/common/Error.h"

#include <expected>
#include <optional>
#include <type_traits>
#include <utility>

class QSqlDatabase;

namespace authscope {

// What `work` (QSqlDatabase& -> Result<T>) returned, once `transaction` committed it, or the error of either.
// `transaction` runs a Result<void>(QSqlDatabase&) function in one transaction (Database::writeTransaction,
// RevocationRetry::writeTransaction); this spares each caller a variable captured out of it and the checks after.
template <typename Transaction, typename Work>
auto transactionValue(Transaction&& transaction, Work&& work) -> std::invoke_result_t<Work&, QSqlDatabase&>
{
    std::optional<typename std::invoke_result_t<Work&, QSqlDatabase&>::value_type> value;
    const Result<void> done = transaction([&](QSqlDatabase& db) -> Result<void> {
        auto r = work(db);
        if (!r) {
            return std::unexpected(r.error());
        }
        value = std::move(*r);
        return {};
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return std::move(*value);
}

// transactionValue() in `database`'s writeTransaction().
template <typename Database, typename Work>
auto writeTransactionValue(Database& database, Work&& work)
{
    return transactionValue([&database](const auto& body) { return database.writeTransaction(body); },
                            std::forward<Work>(work));
}

} // namespace authscope
