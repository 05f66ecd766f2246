#pragma once

#include "core/issuers/IssuerVerifier.h"

#include <QByteArray>
#include <QString>
#include <QTest>

namespace authscope::test {

// `times` verifications of `token` are all refused while the issuer's key set may not be fetched again yet (the
// refetch cooldown), each with a first issue that says `says`.
inline void expectRefusedInCooldown(issuers::IssuerVerifier& verifier, const QByteArray& token, int times,
                                    const QString& says)
{
    for (int i = 0; i < times; ++i) {
        auto verdict = verifier.verify(token);
        QVERIFY(verdict.has_value());
        QVERIFY(!verdict->valid);
        QVERIFY2(verdict->issues.first().message.contains(says), qPrintable(verdict->issues.first().message));
    }
}

} // namespace authscope::test
