#pragma once

#include <QString>

#include <expected>

namespace authscope {

// A failure that a person can act on: a stable machine code ("storage.newer-version") that scripts and tests
// match, and a sentence that says what is wrong and what to check.
struct Error
{
    QString code;
    QString message;

    [[nodiscard]] QString toString() const { return code + QStringLiteral(": ") + message; }
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString code, QString message)
{
    return std::unexpected<Error>(Error{std::move(code), std::move(message)});
}

} // namespace authscope
