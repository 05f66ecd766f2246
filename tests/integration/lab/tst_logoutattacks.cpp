// The self-attack rows of back-channel logout against the real test server as relying party: refused by the
// built-in /backchannel-logout (B-RP-VALIDATE, B-RP-REPLAY), accepted by a relying party that takes any logout token
// (so the rows do detect the weakness), skipped by a target without the endpoint, and skipped without the key.
#include "core/http/HttpRouter.h"
#include "core/lab/AttackRunner.h"
#include "core/server/RouteGroup.h"
#include "tests/support/LabSupport.h"

#include <QTest>

using namespace authscope;
using namespace authscope::lab;

namespace {

const QStringList kLogoutRows{QStringLiteral("logout-token-nonce"), QStringLiteral("logout-token-replay"),
                              QStringLiteral("logout-token-wrong-aud"), QStringLiteral("logout-token-no-events")};

// A relying party that ends "sessions" for any logout token at all; or one that has no such endpoint (404).
class CarelessLogout final : public RouteGroup
{
public:
    explicit CarelessLogout(bool missing) : m_missing(missing) {}
    void registerRoutes(http::HttpRouter& router) override
    {
        const bool missing = m_missing;
        router.add(
            QByteArrayLiteral("POST"), QStringLiteral("/backchannel-logout"), [missing](const http::HttpRequest&) {
                return missing ? http::HttpResponse::error(404, QStringLiteral("not_found"),
                                                           QStringLiteral("No such path."))
                               : http::HttpResponse::json(200, QJsonObject{{QStringLiteral("sessions_ended"), 0}});
            });
    }

private:
    bool m_missing;
};

SelfAttackEnvironment::Options cheap(std::optional<bool> careless)
{
    SelfAttackEnvironment::Options options = test::cheapAttackOptions();
    if (careless) {
        options.extraRoutes = [missing = !*careless](const ServerContext&, KeyStore*) {
            std::vector<std::unique_ptr<RouteGroup>> groups;
            groups.push_back(std::make_unique<CarelessLogout>(missing));
            return groups;
        };
    }
    return options;
}

} // namespace

class tst_LogoutAttacks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInRelyingPartyRefusesThem();
    void carelessRelyingPartyFails();
    void targetWithoutEndpointIsSkipped();
    void withoutTheKeyTheyAreSkipped();
};

void tst_LogoutAttacks::builtInRelyingPartyRefusesThem()
{
    SelfAttackEnvironment environment;
    auto target = environment.start(cheap(std::nullopt));
    QVERIFY2(target.has_value(), target ? "" : qPrintable(target.error().toString()));
    const QList<AttackResult> results = test::runAttackRows(*target, kLogoutRows);
    QCOMPARE(results.size(), kLogoutRows.size());
    for (const AttackResult& r : results) {
        QVERIFY2(r.outcome == AttackResult::Outcome::Refused,
                 qPrintable(r.spec.id + QStringLiteral(": ") + r.got + QStringLiteral(" ") + r.detail));
        QCOMPARE(r.status, 400);
    }
}

void tst_LogoutAttacks::carelessRelyingPartyFails()
{
    SelfAttackEnvironment environment;
    auto target = environment.start(cheap(true));
    QVERIFY(target.has_value());
    const QList<AttackResult> results = test::runAttackRows(*target, kLogoutRows);
    QCOMPARE(results.size(), kLogoutRows.size());
    for (const AttackResult& r : results) {
        QVERIFY2(r.outcome == AttackResult::Outcome::Accepted, qPrintable(r.spec.id + QStringLiteral(": ") + r.got));
    }
    QVERIFY(AttackRunner::formatTable(results).contains(QStringLiteral("FAIL")));
}

void tst_LogoutAttacks::targetWithoutEndpointIsSkipped()
{
    SelfAttackEnvironment environment;
    auto target = environment.start(cheap(false));
    QVERIFY(target.has_value());
    for (const AttackResult& r : test::runAttackRows(*target, kLogoutRows)) {
        QVERIFY2(r.outcome == AttackResult::Outcome::Skipped, qPrintable(r.spec.id + QStringLiteral(": ") + r.got));
        QVERIFY(r.detail.contains(QStringLiteral("/backchannel-logout")));
    }
}

void tst_LogoutAttacks::withoutTheKeyTheyAreSkipped()
{
    SelfAttackEnvironment environment;
    auto target = environment.start(cheap(std::nullopt));
    QVERIFY(target.has_value());
    AttackTarget noKey = *target;
    noKey.signingKey.reset();
    noKey.rotateAndRevoke = {};
    for (const AttackResult& r : test::runAttackRows(noKey, kLogoutRows)) {
        QCOMPARE(r.outcome, AttackResult::Outcome::Skipped);
    }
}

QTEST_GUILESS_MAIN(tst_LogoutAttacks)
#include "tst_logoutattacks.moc"
