#include "app/cli/KeyOutput.h"

#include "app/cli/CliFormat.h"

#include "core/common/DisplayText.h"
#include "core/keys/KeyStore.h"

namespace authscope::cli {

namespace {

using namespace Qt::StringLiterals;

// "45 s", "3 h 20 min", "12 d 4 h".
QString age(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60) {
        return u"%1 s"_s.arg(s);
    }
    const qint64 d = s / 86400;
    const qint64 h = (s % 86400) / 3600;
    const qint64 m = (s % 3600) / 60;
    if (d > 0) {
        return h > 0 ? u"%1 d %2 h"_s.arg(d).arg(h) : u"%1 d"_s.arg(d);
    }
    if (h > 0) {
        return m > 0 ? u"%1 h %2 min"_s.arg(h).arg(m) : u"%1 h"_s.arg(h);
    }
    return u"%1 min"_s.arg(m);
}

QString whatNext(const KeyRecord& r, qint64 now, const RotationPolicy& policy, qint64 nextRotation)
{
    switch (r.state) {
    case KeyState::Active:
        if (nextRotation > 0) {
            return nextRotation > now ? u"rotates in %1"_s.arg(age(nextRotation - now)) : u"rotation due now"_s;
        }
        return u"signs; rotation by hand"_s;
    case KeyState::Next:
        if (policy.isScheduled() && nextRotation > 0 && r.purpose == policy.purpose) {
            return u"signs from the rotation in %1"_s.arg(age(std::max<qint64>(0, nextRotation - now)));
        }
        return u"published; signs from the next rotation"_s;
    case KeyState::Retiring:
        return u"retires in %1"_s.arg(age(r.retireAfterMs - now));
    case KeyState::Retired:
        return u"retired %1 ago"_s.arg(age(now - r.retiredMs));
    case KeyState::Revoked:
        return u"revoked %1 ago: %2"_s.arg(age(now - r.revokedMs), r.revokeReason);
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
                             age(nowMs - r.createdMs),
                             whatNext(r, nowMs, policy ? *policy : RotationPolicy{}, rotation ? *rotation : 0)};
    }
    return formatTable({u"KID"_s, u"STATE"_s, u"ALG"_s, u"KEY"_s, u"PURPOSE"_s, u"AGE"_s, u"NEXT"_s}, table);
}

QString policyText(const RotationPolicy& policy, qint64 nextRotationMs)
{
    // D-DISPLAY: the purpose and alg were typed by someone
    return u"purpose:           "_s + DisplayText::escape(policy.purpose) + u'\n' + u"rotate every:      "_s +
           (policy.isScheduled() ? u"%1 day(s)"_s.arg(policy.rotateEveryDays) : u"by hand only"_s) + u'\n' +
           u"next rotation:     "_s + (nextRotationMs > 0 ? formatUtc(nextRotationMs) : u"not scheduled"_s) + u'\n' +
           u"pre-generate next: "_s + (policy.preGenerateNext ? u"yes"_s : u"no"_s) + u'\n' +
           u"token lifetime:    %1 s\n"_s.arg(policy.tokenLifetimeSecs) +
           u"leeway:            %1 s\n"_s.arg(policy.leewaySecs) +
           u"JWKS cache time:   %1 s\n"_s.arg(policy.jwksMaxAgeSecs) + u"new keys:          "_s +
           DisplayText::escape(policy.alg) + u'\n';
}

} // namespace authscope::cli
