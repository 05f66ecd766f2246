#pragma once

#include "core/common/Error.h"
#include "core/http/HttpClientResponse.h"
#include "core/lab/AttackRunner.h"

#include <QString>

#include <optional>

namespace authscope::lab {

// Turns what the target answered into an attack's result (see AttackResult for what counts as refused), and says
// what it answered without ever repeating a token, cookie or secret.
class AttackJudge final
{
public:
    AttackJudge() = delete;

    // "401 invalid_token: The signature does not verify."
    [[nodiscard]] static QString describe(const http::HttpClientResponse& response);
    // The decisive request of an attack. `sizeLimit`: 413, 431 and a closed connection refuse it too.
    [[nodiscard]] static AttackResult judge(const AttackSpec& attack, const Result<http::HttpClientResponse>& response,
                                            bool sizeLimit = false);
    // A result decided without the decisive request.
    [[nodiscard]] static AttackResult finish(const AttackSpec& attack, AttackResult::Outcome outcome,
                                             const QString& got, const QString& detail);
    // The attack could not be made or judged (got "-").
    [[nodiscard]] static AttackResult error(const AttackSpec& attack, const QString& detail);
    // The attack's precondition is not met (got "-").
    [[nodiscard]] static AttackResult skipped(const AttackSpec& attack, const QString& detail);
    // A control request (one the target must accept for the attack to prove anything) that was not answered 200:
    // the Error result with what it got and `detail`; nothing when it was accepted.
    [[nodiscard]] static std::optional<AttackResult>
    controlRefused(const AttackSpec& attack, const Result<http::HttpClientResponse>& response, const QString& detail);
    // Appends a sentence to a result's detail.
    static void addNote(QString& detail, const QString& note);
};

} // namespace authscope::lab
