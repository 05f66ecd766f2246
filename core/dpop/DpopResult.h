#pragma once

#include "core/common/Error.h"
#include "core/dpop/DpopError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace authscope::dpop {

// The verdict on one proof and the diagnosis: `valid` only when `issues` is empty; every failed rule is listed.
struct DpopResult
{
    bool valid = false;
    QList<Error> issues;
    QJsonObject header;
    QJsonObject claims;
    QString jkt; // RFC 7638 thumbprint (SHA-256, base64url) of the proof's jwk, when it could be imported

    [[nodiscard]] bool has(DpopErrc errc) const;
    [[nodiscard]] QStringList codes() const;
    // True when every issue is a nonce problem: the server answers those with use_dpop_nonce and a fresh nonce.
    [[nodiscard]] bool onlyNonceIssues() const;
};

} // namespace authscope::dpop
