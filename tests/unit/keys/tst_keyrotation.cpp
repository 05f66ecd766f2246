#include "tests/unit/keys/KeysTestUtil.h"

#include "core/jose/TokenValidator.h"
#include "core/keys/JwksPublisher.h"
#include "core/keys/RotationScheduler.h"

#include <QSignalSpy>

using namespace authscope;
using namespace authscope::test;

class tst_KeyRotation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void tokensOutliveRotationUntilTheyExpire();
    void scheduledRotationOverWeeks();
    void revokedKeyFailsAtOnce();
    void rotateAndRevoke();
    void rotationWaitsForThePublishedNextKey();
    void lockedStoreStillPromotesNextKey();
    void longestLifetimeIsRemembered();
    void schedulerRunsOnStartAndWhenDue();

private:
    // A token as the test server would issue it: exp = now + the policy's lifetime.
    QByteArray issue(qint64 lifetimeSecs = 3600, const QString& purpose = KeyStore::DefaultPurpose);
    jose::ValidationResult check(const QByteArray& token);
    std::unique_ptr<KeysFixture> m_f;
};

namespace {

constexpr qint64 Day = 86400;

RotationPolicy weekly()
{
    RotationPolicy p;
    p.rotateEveryDays = 7;
    p.tokenLifetimeSecs = 3600;
    p.leewaySecs = 30;
    p.jwksMaxAgeSecs = 600;
    p.preGenerateNext = true;
    return p;
}

} // namespace

void tst_KeyRotation::init()
{
    m_f = std::make_unique<KeysFixture>();
    QVERIFY(m_f->openUnlocked());
}

QByteArray tst_KeyRotation::issue(qint64 lifetimeSecs, const QString& purpose)
{
    const qint64 now = m_f->clock.nowSecs();
    const QJsonObject claims{{QStringLiteral("iss"), QStringLiteral("https://authscope.test")},
                             {QStringLiteral("sub"), QStringLiteral("alice")},
                             {QStringLiteral("iat"), now},
                             {QStringLiteral("exp"), now + lifetimeSecs}};
    auto token = m_f->store->signJwt(claims, purpose);
    if (!token) {
        qWarning("%s", qPrintable(token.error().toString()));
        return {};
    }
    return *token;
}

jose::ValidationResult tst_KeyRotation::check(const QByteArray& token)
{
    // What a relying party does: take the published JWKS and look the token's kid up in it.
    JwksPublisher publisher(*m_f->store);
    jose::ValidationPolicy policy;
    policy.issuer = QStringLiteral("https://authscope.test");
    policy.leewaySecs = 30;
    jose::TokenValidator validator(publisher.document().value().keys, policy, m_f->clock);
    return validator.validate(token);
}

void tst_KeyRotation::tokensOutliveRotationUntilTheyExpire()
{
    QVERIFY(m_f->store->setPolicy(weekly()));
    const KeyRecord first = m_f->store->generate({}).value();
    QVERIFY(m_f->scheduler->runMaintenance()); // pre-generates the next key
    m_f->clock.advanceSecs(7 * Day - 600);
    const QByteArray before = issue(); // signed ten minutes before the rotation
    QVERIFY(check(before).valid);
    QCOMPARE(check(before).keyId, first.kid);

    m_f->clock.advanceSecs(600);
    const MaintenanceReport report = m_f->scheduler->runMaintenance().value();
    QCOMPARE(report.rotatedFrom, QStringList{first.kid});
    QCOMPARE(m_f->store->find(first.kid).value()->state, KeyState::Retiring);
    const QByteArray after = issue();
    QVERIFY(check(after).valid);
    QVERIFY(check(after).keyId != first.kid);

    // The old token keeps verifying until it expires (leeway included) ...
    m_f->clock.advanceSecs(3000 + 20);
    QVERIFY2(check(before).valid, qPrintable(check(before).codes().join(u' ')));
    // ... and then it fails; once the key retires (retire-after = rotation + lifetime + leeway), even its kid is
    // unknown.
    m_f->clock.advanceSecs(620);
    QVERIFY(!check(before).valid);
    QCOMPARE(m_f->store->find(first.kid).value()->state, KeyState::Retired);
    QVERIFY(check(before).has(jose::JoseErrc::KidUnknown));
    QVERIFY(check(issue()).valid);
}

void tst_KeyRotation::scheduledRotationOverWeeks()
{
    QVERIFY(m_f->store->setPolicy(weekly()));
    QVERIFY(m_f->store->generate({}));
    QSignalSpy rotated(m_f->store.get(), &KeyStore::keyRotated);
    QStringList actives;
    for (int week = 0; week < 6; ++week) {
        for (int day = 0; day < 7; ++day) {
            const MaintenanceReport r = m_f->scheduler->runMaintenance().value();
            Q_UNUSED(r)
            const QList<KeyRecord> keys = m_f->store->list().value();
            int active = 0;
            int next = 0;
            for (const KeyRecord& k : keys) {
                active += k.state == KeyState::Active ? 1 : 0;
                next += k.state == KeyState::Next ? 1 : 0;
            }
            QCOMPARE(active, 1);
            QCOMPARE(next, 1);
            m_f->clock.advanceSecs(Day);
        }
        actives << m_f->store->activeKey().value()->kid;
    }
    QVERIFY(m_f->scheduler->runMaintenance());
    m_f->clock.advanceSecs(7200); // past the last rotated-out key's grace period
    QVERIFY(m_f->scheduler->runMaintenance());
    QCOMPARE(rotated.count(), 6);
    QCOMPARE(QSet<QString>(actives.begin(), actives.end()).size(), 6);
    // Six weeks later: active + next published, every rotated-out key retired and gone from the JWKS.
    const QList<KeyRecord> keys = m_f->store->list().value();
    QCOMPARE(keys.size(), 8);
    int retired = 0;
    for (const KeyRecord& k : keys) {
        retired += k.state == KeyState::Retired ? 1 : 0;
    }
    QCOMPARE(retired, 6);
    QCOMPARE(m_f->store->publishedKeys().value().size(), 2);
    QCOMPARE(m_f->auditActions().count(QStringLiteral("key.rotate")), 6);
    QCOMPARE(m_f->auditActions().count(QStringLiteral("key.retire")), 6);
}

void tst_KeyRotation::revokedKeyFailsAtOnce()
{
    QVERIFY(m_f->store->generate({}));
    KeyStore::RotateOptions plain;
    plain.preGenerateNext = false;
    const QByteArray old = issue();
    const QString oldKid = m_f->store->activeKey().value()->kid;
    QVERIFY(m_f->store->rotate(plain));
    m_f->clock.advanceSecs(60);
    QVERIFY(check(old).valid); // retiring: still verifies
    QVERIFY(m_f->store->revoke(oldKid, QStringLiteral("key file found on a public share")));
    const jose::ValidationResult r = check(old);
    QVERIFY(!r.valid);
    QVERIFY(r.has(jose::JoseErrc::KidUnknown));
    QVERIFY(!r.has(jose::JoseErrc::Expired)); // not expired: refused because the key is revoked
}

void tst_KeyRotation::rotateAndRevoke()
{
    QVERIFY(m_f->store->generate({}));
    QVERIFY(m_f->store->generate({}));
    const QString compromised = m_f->store->activeKey().value()->kid;
    const QString next = m_f->store->nextKey().value()->kid;
    const QByteArray stolen = issue();
    KeyStore::RotateOptions options;
    options.revokeOld = true;
    QCOMPARE(m_f->store->planRotate(options).error().code, QStringLiteral("keys.reason-required"));
    options.reason = QStringLiteral("private key leaked");
    const KeyChangePlan plan = m_f->store->planRotate(options).value();
    QVERIFY(plan.breaksValidTokens());
    QCOMPARE(plan.newActiveKid(), next);
    QVERIFY(plan.unpublished.contains(compromised));
    QVERIFY(m_f->store->apply(plan));
    QCOMPARE(m_f->store->find(compromised).value()->state, KeyState::Revoked);
    QCOMPARE(m_f->store->find(compromised).value()->rotatedOutMs, KeysFixture::StartMs);
    QCOMPARE(m_f->store->activeKey().value()->kid, next);
    QVERIFY(!check(stolen).valid);
    QVERIFY(check(issue()).valid);
    QVERIFY(!JwksPublisher(*m_f->store).document().value().kids.contains(compromised));
}

void tst_KeyRotation::rotationWaitsForThePublishedNextKey()
{
    RotationPolicy p = weekly();
    p.preGenerateNext = false;
    p.jwksMaxAgeSecs = 3600;
    QVERIFY(m_f->store->setPolicy(p));
    const QString first = m_f->store->generate({}).value().kid;
    // Nothing to do for most of the week: no next key yet.
    MaintenanceReport r = m_f->scheduler->runMaintenance().value();
    QVERIFY(r.generated.isEmpty());
    // One cache time before the rotation is due, the next key is generated and published.
    m_f->clock.advanceSecs(7 * Day - 3600);
    r = m_f->scheduler->runMaintenance().value();
    QCOMPARE(r.generated.size(), 1);
    QVERIFY(r.rotatedTo.isEmpty());
    m_f->clock.advanceSecs(1800);
    QVERIFY(m_f->scheduler->runMaintenance().value().rotatedTo.isEmpty());
    m_f->clock.advanceSecs(1800);
    r = m_f->scheduler->runMaintenance().value();
    QCOMPARE(r.rotatedFrom, QStringList{first});

    // A next key generated late (here by hand, just before the due time) postpones the rotation.
    m_f->clock.advanceSecs(7 * Day - 60);
    KeyStore::GenerateRequest late;
    late.state = KeyState::Next;
    const QString lateKid = m_f->store->generate(late).value().kid;
    m_f->clock.advanceSecs(120);
    r = m_f->scheduler->runMaintenance().value();
    QVERIFY(r.rotatedTo.isEmpty());
    QCOMPARE(r.notes.size(), 1);
    QVERIFY(r.notes.constFirst().contains(QStringLiteral("postponed")));
    QCOMPARE(m_f->store->nextRotationMs().value(), m_f->store->nextKey().value()->createdMs + 3600 * 1000);
    m_f->clock.advanceSecs(3600);
    r = m_f->scheduler->runMaintenance().value();
    QCOMPARE(r.rotatedTo, QStringList{lateKid});
}

void tst_KeyRotation::lockedStoreStillPromotesNextKey()
{
    QVERIFY(m_f->store->setPolicy(weekly()));
    QVERIFY(m_f->store->generate({}));
    QVERIFY(m_f->scheduler->runMaintenance());
    const QString next = m_f->store->nextKey().value()->kid;
    m_f->vault->lock();
    m_f->clock.advanceSecs(7 * Day);
    const MaintenanceReport r = m_f->scheduler->runMaintenance().value();
    QCOMPARE(r.rotatedTo, QStringList{next});
    QVERIFY(r.generated.isEmpty());
    QVERIFY(r.notes.join(u' ').contains(QStringLiteral("locked")));
    QVERIFY(!m_f->store->nextKey().value().has_value());
    // Signing needs the private key, hence the passphrase.
    QCOMPARE(m_f->store->signingKey().error().code, QStringLiteral("keys.locked"));
    QVERIFY(m_f->vault->unlock(QStringLiteral("correct horse battery staple")));
    QCOMPARE(m_f->scheduler->runMaintenance().value().generated.size(), 1);
}

void tst_KeyRotation::longestLifetimeIsRemembered()
{
    RotationPolicy p;
    p.tokenLifetimeSecs = 7200;
    QVERIFY(m_f->store->setPolicy(p));
    const QString first = m_f->store->generate({}).value().kid;
    const QByteArray longToken = issue(7200);
    // The lifetime is shortened later; tokens already out keep their two hours.
    p.tokenLifetimeSecs = 600;
    QVERIFY(m_f->store->setPolicy(p));
    QCOMPARE(m_f->store->find(first).value()->maxTokenLifetimeSecs, 7200);
    m_f->clock.advanceSecs(60);
    KeyStore::RotateOptions options;
    options.preGenerateNext = false;
    QVERIFY(m_f->store->rotate(options));
    const KeyRecord old = m_f->store->find(first).value().value();
    QCOMPARE(old.retireAfterMs, KeysFixture::StartMs + 60000 + (7200 + 30) * 1000);
    m_f->clock.advanceSecs(7000);
    QVERIFY(check(longToken).valid);
    // The new key's tokens live ten minutes: it will retire ten minutes (plus leeway) after its rotation.
    QCOMPARE(m_f->store->activeKey().value()->maxTokenLifetimeSecs, 600);
}

void tst_KeyRotation::schedulerRunsOnStartAndWhenDue()
{
    RotationPolicy p = weekly();
    QVERIFY(m_f->store->setPolicy(p));
    QVERIFY(m_f->store->generate({}));
    RotationScheduler scheduler(*m_f->store);
    QSignalSpy ran(&scheduler, &RotationScheduler::maintenanceRan);
    scheduler.start(3600 * 1000);
    QCOMPARE(ran.count(), 1); // checked at start: the next key was pre-generated
    QCOMPARE(scheduler.lastReport().generated.size(), 1);
    QVERIFY(scheduler.lastReport().nextCheckMs > m_f->clock.nowMs());
    m_f->clock.advanceSecs(8 * Day);
    QVERIFY(scheduler.checkNow());
    QCOMPARE(scheduler.lastReport().rotatedTo.size(), 1);
    // Unlocking runs a check at once (a next key may be waiting to be generated).
    m_f->vault->lock();
    QVERIFY(m_f->vault->unlock(QStringLiteral("correct horse battery staple")));
    QCOMPARE(ran.count(), 3);
    scheduler.stop();
    QVERIFY(!scheduler.isRunning());
}

QTEST_GUILESS_MAIN(tst_KeyRotation)
#include "tst_keyrotation.moc"
