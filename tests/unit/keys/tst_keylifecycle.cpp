#include "core/keys/KeyLifecycle.h"
#include "tests/support/DataColumns.h"

#include <QTest>

using namespace authscope;

Q_DECLARE_METATYPE(authscope::KeyState)

class tst_KeyLifecycle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data();
    void transitions();
    void initialStates_data();
    void initialStates();
    void stateNames();
    void publishedStates();
};

namespace {

// The whole table: every pair of states, legal or not.
bool legal(KeyState from, KeyState to)
{
    using S = KeyState;
    if (from == to || from == S::Revoked) {
        return false;
    }
    if (to == S::Revoked) {
        return true;
    }
    return (from == S::Next && (to == S::Active || to == S::Retired)) || (from == S::Active && to == S::Retiring) ||
           (from == S::Retiring && to == S::Retired);
}

} // namespace

void tst_KeyLifecycle::transitions_data()
{
    test::addColumns<KeyState, KeyState, bool>("from", "to", "allowed");
    int legalCount = 0;
    for (KeyState from : KeyStates::all()) {
        for (KeyState to : KeyStates::all()) {
            const bool ok = legal(from, to);
            legalCount += ok ? 1 : 0;
            const QByteArray name = (KeyStates::name(from) + QStringLiteral(" -> ") + KeyStates::name(to)).toLatin1();
            QTest::newRow(name.constData()) << from << to << ok;
        }
    }
    // next->active, next->retired, active->retiring, retiring->retired, and four ways into revoked.
    QCOMPARE(legalCount, 8);
}

void tst_KeyLifecycle::transitions()
{
    QFETCH(KeyState, from);
    QFETCH(KeyState, to);
    QFETCH(bool, allowed);
    QCOMPARE(KeyLifecycle::isAllowed(from, to), allowed);
    const auto result = KeyLifecycle::check(from, to);
    QCOMPARE(result.has_value(), allowed);
    if (!allowed) {
        QCOMPARE(result.error().code, QStringLiteral("keys.illegal-transition"));
        // The reason names both states and says why.
        QVERIFY(result.error().message.contains(KeyStates::name(from)));
        QVERIFY(result.error().message.contains(KeyStates::name(to)));
        QVERIFY2(result.error().message.size() > 40, qPrintable(result.error().message));
    }
}

void tst_KeyLifecycle::initialStates_data()
{
    test::addColumns<KeyState, bool, QString>("state", "hasPrivate", "expectedError");
    QTest::newRow("next with private") << KeyState::Next << true << QString();
    QTest::newRow("active with private") << KeyState::Active << true << QString();
    QTest::newRow("retiring with private") << KeyState::Retiring << true << QString();
    QTest::newRow("retiring public (verify only)") << KeyState::Retiring << false << QString();
    QTest::newRow("next public") << KeyState::Next << false << QStringLiteral("keys.public-only");
    QTest::newRow("active public") << KeyState::Active << false << QStringLiteral("keys.public-only");
    QTest::newRow("retired") << KeyState::Retired << true << QStringLiteral("keys.illegal-transition");
    QTest::newRow("revoked") << KeyState::Revoked << true << QStringLiteral("keys.illegal-transition");
}

void tst_KeyLifecycle::initialStates()
{
    QFETCH(KeyState, state);
    QFETCH(bool, hasPrivate);
    QFETCH(QString, expectedError);
    const auto result = KeyLifecycle::checkInitial(state, hasPrivate);
    QCOMPARE(result.has_value(), expectedError.isEmpty());
    if (!result) {
        QCOMPARE(result.error().code, expectedError);
    }
}

void tst_KeyLifecycle::stateNames()
{
    QStringList names;
    for (KeyState s : KeyStates::all()) {
        names << KeyStates::name(s);
        QCOMPARE(KeyStates::fromName(KeyStates::name(s)), std::optional<KeyState>(s));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("next"), QStringLiteral("active"), QStringLiteral("retiring"),
                                 QStringLiteral("retired"), QStringLiteral("revoked")}));
    QVERIFY(!KeyStates::fromName(u"Active"));
    QVERIFY(!KeyStates::fromName(u""));
}

void tst_KeyLifecycle::publishedStates()
{
    QVERIFY(KeyStates::isPublished(KeyState::Next));
    QVERIFY(KeyStates::isPublished(KeyState::Active));
    QVERIFY(KeyStates::isPublished(KeyState::Retiring));
    QVERIFY(!KeyStates::isPublished(KeyState::Retired));
    QVERIFY(!KeyStates::isPublished(KeyState::Revoked));
}

QTEST_GUILESS_MAIN(tst_KeyLifecycle)
#include "tst_keylifecycle.moc"
