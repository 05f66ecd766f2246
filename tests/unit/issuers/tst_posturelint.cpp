// The posture lint on crafted discovery documents and key sets: each rule fires on the document made to break it and
// stays quiet on a clean one.
#include "core/issuers/PostureLint.h"
#include "core/jose/Jwk.h"
#include "tests/support/DataColumns.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace authscope;
using namespace authscope::issuers;

namespace {

QJsonObject cleanDiscovery()
{
    const QString base = QStringLiteral("https://idp.example.com");
    return QJsonObject{
        {QStringLiteral("issuer"), base},
        {QStringLiteral("authorization_endpoint"), QString(base + QStringLiteral("/auth"))},
        {QStringLiteral("token_endpoint"), QString(base + QStringLiteral("/token"))},
        {QStringLiteral("revocation_endpoint"), QString(base + QStringLiteral("/revoke"))},
        {QStringLiteral("jwks_uri"), QString(base + QStringLiteral("/jwks"))},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
        {QStringLiteral("id_token_signing_alg_values_supported"), QJsonArray{QStringLiteral("ES256")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("authorization_response_iss_parameter_supported"), true},
    };
}

QJsonObject publicKey(jose::KeyType type, const QString& kid, int bits = 0)
{
    jose::Jwk::GenerateOptions options;
    options.type = type;
    options.kid = kid;
    options.bits = bits;
    options.alg = type == jose::KeyType::Rsa ? QStringLiteral("RS256") : QStringLiteral("ES256");
    return jose::Jwk::generate(options).value().toJson(false);
}

QByteArray setOf(const QJsonArray& keys)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("keys"), keys}}).toJson(QJsonDocument::Compact);
}

QByteArray cleanKeys()
{
    static const QByteArray keys = setOf({publicKey(jose::KeyType::Ec, QStringLiteral("k1"))});
    return keys;
}

QStringList ids(const QList<LintFinding>& findings)
{
    return test::memberList(findings, &LintFinding::id);
}

} // namespace

class tst_PostureLint final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanConfigurationHasNoFindings();
    void discoveryRules_data();
    void discoveryRules();
    void keyRules_data();
    void keyRules();
    void everyFindingIsComplete();
};

void tst_PostureLint::cleanConfigurationHasNoFindings()
{
    const QList<LintFinding> findings = PostureLint::check(cleanDiscovery(), cleanKeys());
    QVERIFY2(findings.isEmpty(), qPrintable(ids(findings).join(u", ")));
    QVERIFY(!PostureLint::hasSerious(findings));
}

void tst_PostureLint::discoveryRules_data()
{
    authscope::test::addColumns<QString, QJsonValue, QString, bool>("member", "value", "expected", "serious");
    QTest::newRow("implicit grant") << "grant_types_supported"
                                    << QJsonValue(
                                           QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("implicit")})
                                    << "P-GRANT-IMPLICIT" << true;
    QTest::newRow("token response type") << "response_types_supported"
                                         << QJsonValue(
                                                QJsonArray{QStringLiteral("code"), QStringLiteral("id_token token")})
                                         << "P-GRANT-IMPLICIT" << true;
    QTest::newRow("password grant") << "grant_types_supported"
                                    << QJsonValue(
                                           QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("password")})
                                    << "P-GRANT-PASSWORD" << true;
    QTest::newRow("alg none") << "id_token_signing_alg_values_supported"
                              << QJsonValue(QJsonArray{QStringLiteral("RS256"), QStringLiteral("none")}) << "P-ALG-NONE"
                              << true;
    QTest::newRow("HS256 id tokens") << "id_token_signing_alg_values_supported"
                                     << QJsonValue(QJsonArray{QStringLiteral("HS256")}) << "P-ALG-HMAC" << false;
    QTest::newRow("RSA1_5") << "id_token_encryption_alg_values_supported"
                            << QJsonValue(QJsonArray{QStringLiteral("RSA1_5")}) << "P-ALG-RSA1_5" << true;
    QTest::newRow("PKCE plain") << "code_challenge_methods_supported"
                                << QJsonValue(QJsonArray{QStringLiteral("plain"), QStringLiteral("S256")})
                                << "P-PKCE-PLAIN" << false;
    QTest::newRow("no S256") << "code_challenge_methods_supported" << QJsonValue() << "P-PKCE-NO-S256" << true;
    QTest::newRow("plain only") << "code_challenge_methods_supported" << QJsonValue(QJsonArray{QStringLiteral("plain")})
                                << "P-PKCE-PLAIN,P-PKCE-NO-S256" << true;
    QTest::newRow("no iss parameter") << "authorization_response_iss_parameter_supported" << QJsonValue(false)
                                      << "P-NO-ISS-PARAMETER" << false;
    QTest::newRow("http endpoint") << "token_endpoint" << QJsonValue(QStringLiteral("http://idp.example.com/token"))
                                   << "P-HTTP-ENDPOINT" << true;
    QTest::newRow("loopback http endpoint")
        << "token_endpoint" << QJsonValue(QStringLiteral("http://127.0.0.1:8080/token")) << "P-HTTP-ENDPOINT" << false;
    QTest::newRow("metadata missing") << "subject_types_supported" << QJsonValue() << "P-METADATA-MISSING" << false;
    QTest::newRow("no revocation") << "revocation_endpoint" << QJsonValue() << "P-NO-REVOCATION" << false;
}

void tst_PostureLint::discoveryRules()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QFETCH(bool, serious);
    QJsonObject discovery = cleanDiscovery();
    if (value.isNull()) {
        discovery.remove(member);
    } else {
        discovery.insert(member, value);
    }
    const QList<LintFinding> findings = PostureLint::check(discovery, cleanKeys());
    QStringList found = ids(findings);
    QStringList wanted = expected.split(u',');
    found.sort();
    wanted.sort();
    QCOMPARE(found, wanted);
    QCOMPARE(PostureLint::hasSerious(findings), serious);
}

void tst_PostureLint::keyRules_data()
{
    authscope::test::addColumns<QByteArray, QString>("jwks", "expected");
    QJsonObject noKid = publicKey(jose::KeyType::Ec, QStringLiteral("x"));
    noKid.remove(QStringLiteral("kid"));
    QJsonObject unbound = publicKey(jose::KeyType::Ec, QStringLiteral("u"));
    unbound.remove(QStringLiteral("alg"));
    unbound.remove(QStringLiteral("use"));
    jose::Jwk::GenerateOptions options;
    options.kid = QStringLiteral("leaky");
    options.alg = QStringLiteral("ES256");
    const QJsonObject leaky = jose::Jwk::generate(options).value().toJson(true);
    // A 1024-bit RSA key cannot be generated here (K-SIZE), so its members are written by hand: n of 128 bytes.
    QJsonObject smallRsa{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("kid"), QStringLiteral("small")},
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("use"), QStringLiteral("sig")},
        {QStringLiteral("n"),
         QString::fromLatin1(
             QByteArray(128, '\xc5').toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))},
        {QStringLiteral("e"), QStringLiteral("AQAB")}};
    QTest::newRow("no kid") << setOf({noKid}) << "P-KID-MISSING";
    QTest::newRow("duplicate kid") << setOf({publicKey(jose::KeyType::Ec, QStringLiteral("same")),
                                             publicKey(jose::KeyType::Ec, QStringLiteral("same"))})
                                   << "P-KID-DUPLICATE";
    QTest::newRow("private members") << setOf({leaky}) << "P-JWKS-PRIVATE";
    QTest::newRow("small RSA") << setOf({smallRsa}) << "P-RSA-SMALL";
    QTest::newRow("unbound key") << setOf({unbound}) << "P-KEY-UNBOUND";
    QTest::newRow("empty set") << setOf({}) << "P-JWKS-EMPTY";
}

void tst_PostureLint::keyRules()
{
    QFETCH(QByteArray, jwks);
    QFETCH(QString, expected);
    const QList<LintFinding> findings = PostureLint::check(cleanDiscovery(), jwks);
    QCOMPARE(ids(findings), QStringList{expected});
}

void tst_PostureLint::everyFindingIsComplete()
{
    QJsonObject bad = cleanDiscovery();
    bad.insert(QStringLiteral("grant_types_supported"),
               QJsonArray{QStringLiteral("implicit"), QStringLiteral("password")});
    bad.insert(QStringLiteral("id_token_signing_alg_values_supported"),
               QJsonArray{QStringLiteral("none"), QStringLiteral("HS256")});
    bad.remove(QStringLiteral("code_challenge_methods_supported"));
    const QList<LintFinding> findings = PostureLint::check(bad, setOf({}));
    QVERIFY(findings.size() >= 5);
    for (const LintFinding& f : findings) {
        QVERIFY(f.id.startsWith(u"P-"));
        QVERIFY(f.reference.contains(u"RFC") || f.reference.contains(u"OpenID"));
        QVERIFY(!f.message.isEmpty());
        QVERIFY(!f.fix.isEmpty() && !f.fix.contains(u'\n'));
    }
    QCOMPARE(findings.first().severity, LintFinding::Severity::Critical); // worst first
}

QTEST_GUILESS_MAIN(tst_PostureLint)
#include "tst_posturelint.moc"
