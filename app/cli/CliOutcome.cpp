#include "app/cli/CliOutcome.h"

#include <QSet>

namespace authscope::cli {

int exitCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return 0;
    case Outcome::Refused:
        return 1;
    case Outcome::Usage:
        return 2;
    }
    return 2;
}

Outcome outcomeOf(const Error& error, Outcome otherwise)
{
    // A well-formed request the engine says no to.
    static const QSet<QString> refused{
        QStringLiteral("keys.illegal-transition"),
        QStringLiteral("keys.active-exists"),
        QStringLiteral("keys.next-exists"),
        QStringLiteral("keys.tokens-still-valid"),
        QStringLiteral("keys.active-needs-replacement"),
        QStringLiteral("keys.wrong-passphrase"),
        QStringLiteral("keys.changed"),
        QStringLiteral("keys.duplicate"),
        QStringLiteral("keys.no-active"),
        QStringLiteral("keys.public-only"),
        QStringLiteral("keys.no-public"),
        QStringLiteral("keys.vault-exists"),
        QStringLiteral("keys.locked"),
        QStringLiteral("sessions.not-found"),
    };
    // Input that cannot be used as given.
    static const QSet<QString> usage{
        QStringLiteral("users.weak-password"),
        QStringLiteral("sessions.bad-filter"),
        QStringLiteral("sessions.bad-cursor"),
    };
    if (refused.contains(error.code)) {
        return Outcome::Refused;
    }
    if (usage.contains(error.code) || error.code.startsWith(QStringLiteral("users.bad")) ||
        error.code.startsWith(QStringLiteral("cli."))) {
        return Outcome::Usage;
    }
    return otherwise;
}

} // namespace authscope::cli
