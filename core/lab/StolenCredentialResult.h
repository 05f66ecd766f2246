#pragma once

// The stolen-credential experiment's result (plain data, like the results in LabExperiments.h): a victim signs in
// to the scratch test server, a thief replays a copy of each of the victim's credentials from another client
// (another connection, another user agent), and the replays go on after the victim's logout, once without and once
// with back-channel logout to a relying party. Each case says whether the copy was accepted, why it was refused
// (the server's own error), and how long it kept working after the logout.

#include "core/lab/LabExperiments.h"

namespace authscope::lab {

// What happened to the thief's replays in one phase of one case.
struct StolenOutcome
{
    int status = 0;     // HTTP status of the phase's first replay (0: no answer)
    QString reason;     // the server's error and description for a refusal, or empty
    qint64 replays = 0; // replays sent in this phase
    qint64 accepted = 0;
    // After a logout: from the logout to the first refusal (0: the first replay after it was refused); -1: still
    // accepted when the watching ended. Unused (0) for the replay before the logout.
    qint64 acceptedForMs = 0;

    [[nodiscard]] bool firstAccepted() const { return status == 200; }
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static StolenOutcome fromJson(const QJsonObject& o);
};

// Case ids: "cookie" (the provider's session cookie), "bearer" (a bearer JWT, at the provider, which checks the
// deny-list), "bearer-api" (the same kind of JWT at an API that verifies signatures only), "dpop-as-bearer" (a
// DPoP-bound JWT sent as Bearer, without the key), "dpop-thief-key" (the bound JWT with a proof of the thief's own
// key), "dpop-replayed-proof" (the bound JWT with the victim's proof, copied off the wire), "rp-cookie" (the session
// cookie of a relying party that signed the victim in through the provider).
struct StolenRow
{
    QString caseId;
    QString label;
    QString where;                        // "provider", "api" or "relying party"
    StolenOutcome stolen;                 // replayed while the victim is still signed in
    StolenOutcome afterLogout;            // after the victim's logout, no back-channel logout
    StolenOutcome afterLogoutBackchannel; // after the victim's logout, with back-channel logout to the relying party
};

// One replay after a logout, for the timeline. round: "plain" (no back-channel logout) or "backchannel".
struct StolenSample
{
    QString caseId;
    QString round;
    qint64 atMs = 0; // since the logout
    int status = 0;
};

struct StolenCredentialResult
{
    QList<StolenRow> rows;
    QList<StolenSample> samples;
    qint64 observeMs = 0;              // how long replays were watched after each logout
    qint64 tokenLifetimeMs = 0;        // lifetime of the stolen JWTs
    qint64 backchannelDeliveryMs = -1; // logout to the relying party's 200 for the logout token; -1: none seen
    QString summary;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static StolenCredentialResult fromJson(const QJsonObject& o);
    [[nodiscard]] LabTable toTable() const;
    [[nodiscard]] const StolenRow* row(const QString& caseId) const;
};

} // namespace authscope::lab
