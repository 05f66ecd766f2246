#include "app/cli/KeyOutput.h"

#include "app/cli/CliFormat.h"

#include "core/common/DisplayText.h"
#include "core/common/TimeFormat.h"
#include "core/keys/KeyStore.h"

namespace authscope::cli {

namespace {

using namespace Qt::StringLiterals;

// What an encryption key does in its state (K-ENC-PURPOSE): it is encrypted to and decrypts, never signs.
QString encryptionRole(const KeyRecord& r, qint64 now)
{
    switch (r.state) {
    case KeyState::Active:
        return u"encrypted to; decrypts"_s;
    case KeyState::Next:
        return u"published; decrypts"_s;
    case KeyState::Retiring:
        return u"decrypts only; retires in %1"_s.arg(TimeFormat::durationToMinute(r.retireAfterMs - now));
    default:
        return {};
    }
}

QString whatNext(const KeyRecord& r, qint64 now, const RotationPolicy& policy, qint64 nextRotation)
{
    if (const QString role = r.isEncryption() ? encryptionRole(r, now) : QString(); !role.isEmpty()) {
        return role;
    }
    switch (r.state) {
    case KeyState::Active:
        if (nextRotation > 0) {
            return nextRotation > now ? u"rotates in %1"_s.arg(TimeFormat::durationToMinute(nextRotation - now))
                                      : u"rotation due now"_s;
        }
        return u"signs; rotation by hand"_s;
    case KeyState::Next:
        if (policy.isScheduled() && nextRotation > 0 && r.purpose == policy.purpose) {
            return u"signs from the rotation in %1"_s.arg(
                TimeFormat::durationToMinute(std::max<qint64>(0, nextRotation - now)));
        }
        return u"published; signs from the next rotation"_s;
    case KeyState::Retiring:
        return u"retires in %1"_s.arg(TimeFormat::durationToMinute(r.retireAfterMs - now));
    case KeyState::Retired:
        return u"retired %1 ago"_s.arg(TimeFormat::durationToMinute(now - r.retiredMs));
    case KeyState::Revoked:
        return u"revoked %1 ago: %2"_s.arg(TimeFormat::durationToMinute(now - r.revokedMs), r.revokeReason);
    }
    return {};
}

} // namespace

QString keyTable(const QList<KeyRecord>& rows, const KeyStore& store, qint64 nowMs)
{
    QList<QStringList> table;
    for (const KeyRecord& r : rows) {
        auto policy = store.policy(r.purpose);
        auto rotation = store.nextRotationMs(r.purpose);
        table << QStringList{r.kid,
                             KeyStates::name(r.state),
                             r.alg,
                             r.kty == u"RSA"_s   ? u"RSA-%1"_s.arg(r.bits)
                             : r.curve.isEmpty() ? u"%1-bit secret"_s.arg(r.bits)
                                                 : r.curve,
                             r.purpose,
                             TimeFormat::durationToMinute(nowMs - r.createdMs),
                             whatNext(r, nowMs, policy ? *policy : RotationPolicy{}, rotation ? *rotation : 0)};
    }
    return formatTable({u"KID"_s, u"STATE"_s, u"ALG"_s, u"KEY"_s, u"PURPOSE"_s, u"AGE"_s, u"NEXT"_s}, table);
}

QString policyText(const RotationPolicy& policy, qint64 nextRotationMs)
{
    // D-DISPLAY: the purpose and alg were typed by someone
    return u"purpose:           "_s + DisplayText::escape(policy.purpose) + u'\n' + u"rotate every:      "_s +
           (policy.isScheduled() ? u"%1 day(s)"_s.arg(policy.rotateEveryDays) : u"by hand only"_s) + u'\n' +
           u"next rotation:     "_s + (nextRotationMs > 0 ? TimeFormat::utcMs(nextRotationMs) : u"not scheduled"_s) +
           u'\n' + u"pre-generate next: "_s + (policy.preGenerateNext ? u"yes"_s : u"no"_s) + u'\n' +
           u"token lifetime:    %1 s\n"_s.arg(policy.tokenLifetimeSecs) +
           u"leeway:            %1 s\n"_s.arg(policy.leewaySecs) +
           u"JWKS cache time:   %1 s\n"_s.arg(policy.jwksMaxAgeSecs) + u"new keys:          "_s +
           DisplayText::escape(policy.alg) + u'\n';
}

} // namespace authscope::cli
