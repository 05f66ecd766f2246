// The "access token (RFC 9068)" validation profile: typ at+jwt, the seven required claims, and their types.
#include "core/common/Clock.h"
#include "core/jose/Jwk.h"
#include "core/jose/JwkSet.h"
#include "core/jose/Jws.h"
#include "core/jose/TokenValidator.h"

#include <QJsonDocument>
#include <QTest>

using namespace authscope;
using namespace authscope::jose;

namespace {

constexpr qint64 kNow = 1'800'000'000;

QJsonObject goodClaims()
{
    return QJsonObject{{QStringLiteral("iss"), QStringLiteral("https://issuer.example")},
                       {QStringLiteral("sub"), QStringLiteral("alice")},
                       {QStringLiteral("aud"), QStringLiteral("api")},
                       {QStringLiteral("client_id"), QStringLiteral("client-1")},
                       {QStringLiteral("iat"), kNow},
                       {QStringLiteral("exp"), kNow + 600},
                       {QStringLiteral("jti"), QStringLiteral("j-1")}};
}

} // namespace

class tst_Rfc9068 final : public QObject
{
    Q_OBJECT

private:
    Jwk m_key = [] {
        Jwk::GenerateOptions o;
        return Jwk::generate(o).value();
    }();
    FakeClock m_clock{kNow * 1000};

    QByteArray sign(const QJsonObject& claims, const QString& typ = QStringLiteral("at+jwt"))
    {
        QJsonObject header{{QStringLiteral("alg"), QStringLiteral("ES256")}};
        if (!typ.isEmpty()) {
            header.insert(QStringLiteral("typ"), typ);
        }
        return Jws::sign(header, QJsonDocument(claims).toJson(QJsonDocument::Compact), m_key).value();
    }
    ValidationResult check(const QByteArray& token)
    {
        return TokenValidator(JwkSet({m_key.publicKey().value()}),
                              ValidationPolicy::accessTokenRfc9068(QStringLiteral("https://issuer.example"),
                                                                   QStringLiteral("api")),
                              m_clock)
            .validate(token);
    }

private slots:
    void goodToken()
    {
        const ValidationResult r = check(sign(goodClaims()));
        QVERIFY2(r.valid, qPrintable(r.codes().join(u' ')));
        QVERIFY(check(sign(goodClaims(), QStringLiteral("application/at+jwt"))).valid);
        QVERIFY(check(sign(goodClaims(), QStringLiteral("AT+JWT"))).valid);
    }
    void typRequired()
    {
        QCOMPARE(check(sign(goodClaims(), QStringLiteral("JWT"))).codes(),
                 QStringList{QStringLiteral("jose.typ-mismatch")});
        QCOMPARE(check(sign(goodClaims(), QString())).codes(), QStringList{QStringLiteral("jose.typ-mismatch")});
    }
    void everyClaimRequired_data()
    {
        QTest::addColumn<QString>("claim");
        for (const char* c : {"iss", "exp", "aud", "sub", "client_id", "iat", "jti"}) {
            QTest::newRow(c) << QString::fromLatin1(c);
        }
    }
    void everyClaimRequired()
    {
        QFETCH(QString, claim);
        QJsonObject claims = goodClaims();
        claims.remove(claim);
        const ValidationResult r = check(sign(claims));
        QVERIFY(!r.valid);
        QVERIFY(r.codes().contains(QStringLiteral("jose.claim-missing")));
        QVERIFY(std::any_of(r.issues.cbegin(), r.issues.cend(),
                            [&](const Error& e) { return e.message.contains(u'\'' + claim + u'\''); }));
    }
    void claimTypes()
    {
        QJsonObject claims = goodClaims();
        claims.insert(QStringLiteral("client_id"), QString());
        claims.insert(QStringLiteral("sub"), 42);
        const ValidationResult r = check(sign(claims));
        QCOMPARE(r.codes().count(QStringLiteral("jose.claim-type")), 2);
    }
    void genericPolicyUnchanged()
    {
        // Without the profile, a token without client_id and typ still verifies as before.
        QJsonObject claims = goodClaims();
        claims.remove(QStringLiteral("client_id"));
        ValidationPolicy policy;
        policy.audience = QStringLiteral("api");
        const ValidationResult r =
            TokenValidator(JwkSet({m_key.publicKey().value()}), policy, m_clock).validate(sign(claims, QString()));
        QVERIFY2(r.valid, qPrintable(r.codes().join(u' ')));
    }
};

QTEST_GUILESS_MAIN(tst_Rfc9068)
#include "tst_rfc9068.moc"
