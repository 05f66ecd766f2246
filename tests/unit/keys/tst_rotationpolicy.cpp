#include "tests/support/DataColumns.h"
#include "tests/unit/keys/KeysTestUtil.h"

using namespace authscope;
using namespace authscope::test;

class tst_RotationPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void retireAfter();
    void storedPerPurposeAndAudited();
    void nextRotation();
};

void tst_RotationPolicy::validate_data()
{
    addColumns<QString, int, qint64, int, int, QString, bool>("purpose", "days", "lifetime", "leeway", "maxAge", "alg",
                                                              "valid");
    QTest::newRow("defaults") << "default" << 0 << qint64(3600) << 30 << 3600 << "ES256" << true;
    QTest::newRow("monthly") << "default" << 30 << qint64(3600) << 30 << 86400 << "RS256" << true;
    QTest::newRow("negative days") << "default" << -1 << qint64(3600) << 30 << 3600 << "ES256" << false;
    QTest::newRow("ten years and a day") << "default" << 3651 << qint64(3600) << 30 << 3600 << "ES256" << false;
    QTest::newRow("zero lifetime") << "default" << 0 << qint64(0) << 30 << 3600 << "ES256" << false;
    QTest::newRow("leeway over 300 s") << "default" << 0 << qint64(3600) << 301 << 3600 << "ES256" << false;
    QTest::newRow("cache longer than the period") << "default" << 1 << qint64(3600) << 30 << 86400 << "ES256" << false;
    QTest::newRow("alg none") << "default" << 0 << qint64(3600) << 30 << 3600 << "none" << false;
    QTest::newRow("purpose with a space") << "id token" << 0 << qint64(3600) << 30 << 3600 << "ES256" << false;
    QTest::newRow("empty purpose") << "" << 0 << qint64(3600) << 30 << 3600 << "ES256" << false;
}

void tst_RotationPolicy::validate()
{
    QFETCH(QString, purpose);
    QFETCH(int, days);
    QFETCH(qint64, lifetime);
    QFETCH(int, leeway);
    QFETCH(int, maxAge);
    QFETCH(QString, alg);
    QFETCH(bool, valid);
    RotationPolicy p;
    p.purpose = purpose;
    p.rotateEveryDays = days;
    p.tokenLifetimeSecs = lifetime;
    p.leewaySecs = leeway;
    p.jwksMaxAgeSecs = maxAge;
    p.alg = alg;
    const auto result = p.validate();
    QCOMPARE(result.has_value(), valid);
    if (!result) {
        QCOMPARE(result.error().code, QStringLiteral("keys.policy"));
    }
}

void tst_RotationPolicy::retireAfter()
{
    RotationPolicy p;
    p.tokenLifetimeSecs = 900;
    p.leewaySecs = 60;
    // rotation time + longest token lifetime + leeway
    QCOMPARE(p.retireAfterMs(1000, 0), 1000 + (900 + 60) * 1000);
    QCOMPARE(p.retireAfterMs(1000, 3600), 1000 + (3600 + 60) * 1000);
    QCOMPARE(p.graceMs(), 960 * 1000);
    p.rotateEveryDays = 30;
    QCOMPARE(p.rotationPeriodMs(), 30LL * 86400 * 1000);
}

void tst_RotationPolicy::storedPerPurposeAndAudited()
{
    KeysFixture f;
    QVERIFY(f.open());
    QCOMPARE(f.store->policy().value(), RotationPolicy{});
    RotationPolicy p;
    p.rotateEveryDays = 30;
    p.tokenLifetimeSecs = 600;
    p.alg = QStringLiteral("EdDSA");
    QVERIFY(f.store->setPolicy(p));
    QCOMPARE(f.store->policy().value(), p);
    QVERIFY(f.store->setPolicy(p)); // unchanged: no second row
    RotationPolicy other;
    other.purpose = QStringLiteral("id-token");
    other.leewaySecs = 0;
    QVERIFY(f.store->setPolicy(other));
    QCOMPARE(f.store->policy(QStringLiteral("id-token")).value().leewaySecs, 0);
    QCOMPARE(f.store->policy().value().tokenLifetimeSecs, 600);
    QCOMPARE(f.store->purposes().value(), (QStringList{QStringLiteral("default"), QStringLiteral("id-token")}));
    RotationPolicy bad = p;
    bad.leewaySecs = 1000;
    QCOMPARE(f.store->setPolicy(bad).error().code, QStringLiteral("keys.policy"));
    const auto rows = f.audit->list(actionFilter(QStringLiteral("key.policy"))).value();
    QCOMPARE(rows.size(), 2);
    const QJsonObject details = rows.constLast().details; // oldest row last (newest first)
    QCOMPARE(details.value(QStringLiteral("new")).toObject().value(QStringLiteral("rotate_every_days")).toInt(), 30);
    QCOMPARE(details.value(QStringLiteral("old")).toObject().value(QStringLiteral("rotate_every_days")).toInt(), 0);
}

void tst_RotationPolicy::nextRotation()
{
    KeysFixture f;
    QVERIFY(f.openUnlocked());
    QCOMPARE(f.store->nextRotationMs().value(), 0);
    QVERIFY(f.store->generate({}));
    QCOMPARE(f.store->nextRotationMs().value(), 0); // by hand only
    RotationPolicy p;
    p.rotateEveryDays = 10;
    QVERIFY(f.store->setPolicy(p));
    QCOMPARE(f.store->nextRotationMs().value(), KeysFixture::StartMs + 10LL * 86400 * 1000);
    f.clock.advanceSecs(10LL * 86400 - 60);
    QVERIFY(f.store->generate({})); // a next key published only a minute before: the rotation waits for caches
    QCOMPARE(f.store->nextRotationMs().value(), f.clock.nowMs() + 3600 * 1000);
}

QTEST_GUILESS_MAIN(tst_RotationPolicy)
#include "tst_rotationpolicy.moc"
